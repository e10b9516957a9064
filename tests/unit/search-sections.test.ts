import { describe, expect, it } from 'vitest';
import { assembleSiteContent, type Collections, type SiteContent } from '../../src/lib/content/site-content';
import { siteSchema } from '../../src/schemas/site';
import { edition, message, paper, person, symposium } from './series-entries';
import { editionRecord, messageRecord, paperRecord, personRecord, sectionPages, symposiumRecord } from '../../src/lib/search/search-record';
import { SITE_SECTION, symposiumSection } from '../../src/lib/search/sections';

/**
 * Which section of the search index each page goes to (src/lib/search/sections.ts), as its search record names it,
 * on a series assembled from entries made through the collections' own schemas.
 */

const now = new Date('2031-05-01T12:00:00Z');
const held = (id: string) => symposium(id, { status: 'held', held: '2031-03-14' });
const ofSymposia = (id: string, symposia: string[]) => edition(id, { date: '2031-09', symposia });

function series({ people = [], editions = [] }: { people?: ReturnType<typeof person>[]; editions?: ReturnType<typeof edition>[] }): SiteContent {
	const collections = {
		site: [{ id: 'site', collection: 'site', data: siteSchema.parse({ title: 'Fixture symposia' }) }],
		symposia: [held('s2029'), held('s2031')],
		editions,
		people,
		sessions: [],
		papers: [paper('first', { symposium: 's2029' }), paper('second', { symposium: 's2031' })],
		messages: [message('partner', { symposium: 's2031', order: 1 })],
		commentary: [],
		corrections: [],
		synonyms: [],
	};
	return assembleSiteContent(collections as unknown as Collections, { preview: false, now });
}

describe('the sections of the search index', () => {
	it("puts each page of one symposium in that symposium's section", () => {
		const site = series({ editions: [ofSymposia('of-2031', ['s2031'])] });
		const byId = <T extends { id: string }>(entries: readonly T[], id: string) => entries.find((candidate) => candidate.id === id)!;
		expect(paperRecord(byId(site.papers, 'first'), site).section).toBe('s2029');
		expect(paperRecord(byId(site.papers, 'second'), site).section).toBe('s2031');
		expect(messageRecord(byId(site.messages, 'partner'), site).section).toBe('s2031');
		expect(symposiumRecord(byId(site.symposia, 's2029')).section).toBe('s2029');
		expect(editionRecord(byId(site.editions, 'of-2031'), site).section).toBe('s2031');
	});

	it("puts people, and an edition of several symposia, in the site's section", () => {
		const site = series({ people: [person('priya-raman', 'Priya Raman')], editions: [ofSymposia('of-both', ['s2029', 's2031'])] });
		expect(personRecord(site.people[0]!).section).toBeUndefined();
		expect(editionRecord(site.editions[0]!, site).section).toBeUndefined();
	});

	it("has a site section only when some page falls outside every symposium's, as Pagefind cannot load an empty index", () => {
		const hasSiteSection = (site: SiteContent) => SITE_SECTION in sectionPages(site);
		expect(hasSiteSection(series({ editions: [ofSymposia('of-2031', ['s2031'])] }))).toBe(false);
		expect(hasSiteSection(series({ people: [person('priya-raman', 'Priya Raman')] }))).toBe(true);
		expect(hasSiteSection(series({ editions: [ofSymposia('of-both', ['s2029', 's2031'])] }))).toBe(true);
	});

	it('counts the pages of each section, for the search page to choose where Pagefind runs', () => {
		const site = series({ people: [person('priya-raman', 'Priya Raman')], editions: [ofSymposia('of-both', ['s2029', 's2031'])] });
		expect(sectionPages(site)).toEqual({
			// A paper and the symposium's own page; a paper, a key message and the symposium's page; a person and the edition.
			[symposiumSection('s2029')]: 2,
			[symposiumSection('s2031')]: 3,
			[SITE_SECTION]: 2,
		});
	});
});
