import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { assembleSiteContent, type Collections, type SiteContent } from '../../src/lib/content/site-content';
import { editionSchema } from '../../src/schemas/edition';
import { messageSchema } from '../../src/schemas/message';
import { paperSchema } from '../../src/schemas/paper';
import { personSchema } from '../../src/schemas/person';
import { siteSchema } from '../../src/schemas/site';
import { symposiumSchema } from '../../src/schemas/symposium';
import { editionRecord, hasSiteSection, messageRecord, paperRecord, personRecord, symposiumRecord } from '../../src/lib/search/search-record';

/**
 * Which section of the search index each page goes to (src/lib/search/sections.ts), as its search record names it,
 * on a series assembled from entries made through the collections' own schemas.
 */

const now = new Date('2031-05-01T12:00:00Z');
const entry =
	<T>(collection: string, schema: { parse: (data: unknown) => T }) =>
	(id: string, data: Record<string, unknown>) => ({ id, collection, data: schema.parse(data) });

const symposium = (id: string) =>
	entry('symposia', symposiumSchema)(id, {
		title: `The ${id} symposium`,
		shortTitle: id,
		question: 'What works?',
		summary: 'A meeting.',
		host: { name: 'Fixture Institute' },
		participants: ['researchers'],
		status: 'held',
		held: '2031-03-14',
	});
const edition = (id: string, symposia: string[]) =>
	entry('editions', editionSchema)(id, {
		kind: 'special-issue',
		title: `The ${id} edition`,
		journal: { title: 'Fixture Journal', issn: '1234-5679' },
		status: 'published',
		date: '2031-09',
		symposia,
	});
const paper = (id: string, of: string) =>
	entry('papers', paperSchema)(id, { title: `Paper ${id}`, authors: 'not-known', status: 'accepted', plainSummary: 'A paper for tests.', symposium: of });
const message = (id: string, of: string) =>
	entry('messages', messageSchema)(id, { title: `Message ${id}`, summary: 'S.', plainSummary: 'P.', lastReviewed: '2031-04-01', symposium: of, order: 1 });
const person = (id: string) => entry('people', personSchema({ image: () => z.string() } as never))(id, { name: 'Priya Raman' });

function series({ people = [], editions = [] }: { people?: ReturnType<typeof person>[]; editions?: ReturnType<typeof edition>[] }): SiteContent {
	const collections = {
		site: [{ id: 'site', collection: 'site', data: siteSchema.parse({ title: 'Fixture symposia' }) }],
		symposia: [symposium('s2029'), symposium('s2031')],
		editions,
		people,
		sessions: [],
		papers: [paper('first', 's2029'), paper('second', 's2031')],
		messages: [message('partner', 's2031')],
		commentary: [],
		corrections: [],
		synonyms: [],
	};
	return assembleSiteContent(collections as unknown as Collections, { preview: false, now });
}

describe('the sections of the search index', () => {
	it("puts each page of one symposium in that symposium's section", () => {
		const site = series({ editions: [edition('of-2031', ['s2031'])] });
		const byId = <T extends { id: string }>(entries: readonly T[], id: string) => entries.find((candidate) => candidate.id === id)!;
		expect(paperRecord(byId(site.papers, 'first'), site).section).toBe('s2029');
		expect(paperRecord(byId(site.papers, 'second'), site).section).toBe('s2031');
		expect(messageRecord(byId(site.messages, 'partner'), site).section).toBe('s2031');
		expect(symposiumRecord(byId(site.symposia, 's2029')).section).toBe('s2029');
		expect(editionRecord(byId(site.editions, 'of-2031'), site).section).toBe('s2031');
	});

	it("puts people, and an edition of several symposia, in the site's section", () => {
		const site = series({ people: [person('priya-raman')], editions: [edition('of-both', ['s2029', 's2031'])] });
		expect(personRecord(site.people[0]!).section).toBeUndefined();
		expect(editionRecord(site.editions[0]!, site).section).toBeUndefined();
	});

	it("has a site section only when some page falls outside every symposium's, as Pagefind cannot load an empty index", () => {
		expect(hasSiteSection(series({ editions: [edition('of-2031', ['s2031'])] }))).toBe(false);
		expect(hasSiteSection(series({ people: [person('priya-raman')] }))).toBe(true);
		expect(hasSiteSection(series({ editions: [edition('of-both', ['s2029', 's2031'])] }))).toBe(true);
	});
});
