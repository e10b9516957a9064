import { describe, expect, it } from 'vitest';
import { CITATION_FILES, CITATION_STYLES, citationHtml } from '../../src/lib/scholarly/citation-formats';
import { cslItemOf, materialCsl, type CslItem } from '../../src/lib/scholarly/csl';
import { everyMaterial } from '../../src/lib/scholarly/material-record';
import type { Commentary, Correction, Paper } from '../../src/lib/content/site-content';
import { CITATION_PARSERS, type CitedFacts } from '../citation-files';
import { readCollection, type RawEntry } from '../content';
import { SITES } from '../sites';
import { siteContentOf } from '../site-content';

/** Each site's content as the site's own query layer makes it. */
const SITE_CONTENT = new Map(await Promise.all(Object.values(SITES).map(async ({ contentDir }) => [contentDir, await siteContentOf(contentDir)] as const)));

const base = new URL('https://symposium.example/');

/** The reference as a reader sees it: tags dropped, entities decoded. */
const textOf = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
		.replace(/&amp;/g, '&');

const yearOf = (value: unknown) => (value === undefined ? undefined : Number(String(value).slice(0, 4)));
/** The month of "2006-09" or a YAML date, when the value has one. */
const monthOf = (value: unknown) => {
	const month = value instanceof Date ? value.getUTCMonth() + 1 : /^\d{4}-(\d{2})/.exec(String(value ?? ''))?.[1];
	return month === undefined ? undefined : Number(month);
};

/** What the files must say, from the front matter as the editor wrote it. */
function expectedFacts(front: RawEntry['data'], people: Map<string, RawEntry['data']>, collection: string): CitedFacts {
	const family = (id: string) => {
		const person = people.get(id)!;
		return (person.familyName as string | undefined) ?? (person.name as string).split(' ').at(-1)!;
	};
	// A correction is unsigned, and a paper may say its authors are not known.
	const authors = Array.isArray(front.authors) ? (front.authors as string[]) : [];
	const dates = (front.dates ?? {}) as Record<string, unknown>;
	const source = front.source as Record<string, unknown> | undefined;
	const issued = collection === 'papers' ? (front.journal || front.status !== 'presented' ? dates.published : dates.presented) : (source?.date ?? front.date);
	const pages = (front.journal as Record<string, unknown> | undefined)?.pages;
	return {
		title: front.title as string,
		families: authors.map(family),
		year: yearOf(issued),
		month: monthOf(issued),
		pages: pages === undefined ? undefined : String(pages).replace('–', '-'),
		doi: front.doi as string | undefined,
	};
}

for (const [siteName, { contentDir }] of Object.entries(SITES)) {
	// The first reference a style formats loads citeproc and parses the style: seconds on a busy machine.
	describe(`references of the ${siteName} site`, { timeout: 30_000 }, () => {
		const site = SITE_CONTENT.get(contentDir)!;
		const people = new Map(readCollection(contentDir, 'people').map((entry): [string, RawEntry['data']] => [entry.id, entry.data]));
		const entries: (Paper | Commentary | Correction)[] = [...site.papers, ...site.commentary, ...site.corrections];
		const fronts = new Map(
			(['papers', 'commentary', 'corrections'] as const).flatMap((collection) =>
				readCollection(contentDir, collection).map((entry): [string, RawEntry['data']] => [`${collection}/${entry.id}`, entry.data]),
			),
		);
		// The published ones, as the site's query layer decides: a draft correction is named in no paper's note.
		const corrections = readCollection(contentDir, 'corrections').filter(({ id }) => site.corrections.some((correction) => correction.id === id));

		for (const entry of entries) {
			const item = cslItemOf(entry, site, base);
			const expected = expectedFacts(fronts.get(`${entry.collection}/${entry.id}`)!, people, entry.collection);

			// A paper's note names each of its published corrections by title and address: the journal's notice, or its page here.
			const correctedBy = corrections.filter(({ data }) => entry.collection === 'papers' && data.paper === entry.id);
			for (const format of Object.keys(CITATION_FILES) as (keyof typeof CITATION_FILES)[]) {
				it(`${entry.collection}/${entry.id}: the .${format} file parses and gives back title, authors, year, month, pages, DOI and its corrections`, () => {
					const [{ note, ...facts } = { note: undefined }, ...rest] = CITATION_PARSERS[format](CITATION_FILES[format].write([item]));
					expect([facts, ...rest]).toEqual([expected]);
					if (correctedBy.length === 0) expect(note).toBeUndefined();
					for (const { id, data } of correctedBy) {
						expect(note).toContain(`See ${data.kind}: ${data.title}`);
						expect(note).toContain(data.doi ? `https://doi.org/${data.doi}` : new URL(`/corrections/${id}/`, base).href);
					}
				});
			}

			it(`${entry.collection}/${entry.id}: each style leads with the authors, or with the title when they are not known`, () => {
				const texts = Object.fromEntries(CITATION_STYLES.map((style) => [style.id, textOf(citationHtml(item, style))]));
				const [first] = expected.families;
				if (first) {
					for (const text of Object.values(texts)) expect(text.startsWith(first)).toBe(true);
				} else if (entry.collection === 'corrections') {
					// An unsigned notice. Vancouver starts a page of a website with the site, as Citing Medicine does a
					// part of a homepage; Cite Them Right puts a journal's notice under the journal, as it does an article.
					const leads = (text: string, lead: string) => expect(text.replace("'", '’').startsWith(lead.replace("'", '’')), text).toBe(true);
					leads(texts.apa!, expected.title);
					leads(texts.vancouver!, item.type === 'webpage' ? item['container-title']! : expected.title);
					leads(texts.harvard!, item.type === 'article-journal' ? item['container-title']! : expected.title);
				} else {
					expect(texts.apa!.startsWith(expected.title.replace("'", '’'))).toBe(true);
					expect(texts.vancouver!.startsWith(expected.title.replace("'", '’'))).toBe(true);
					// Cite Them Right puts a journal article's journal where the authors would go, and other works' titles.
					const lead = entry.collection === 'papers' && (entry as Paper).data.journal ? (entry as Paper).data.journal!.title : `‘${expected.title}`;
					expect(texts.harvard!.replace("'", '’').startsWith(lead.replace("'", '’'))).toBe(true);
				}
				for (const text of Object.values(texts)) {
					expect(text).not.toContain('undefined');
					expect(text).not.toContain('[Preprint]');
					if (expected.doi) expect(text).toContain(expected.doi);
				}
			});
		}
	});
}

describe('Harvard (Cite Them Right)', () => {
	it('is printed in British English: single quotation marks, with the comma outside them', () => {
		const harvard = CITATION_STYLES.find((style) => style.id === 'harvard')!;
		const item: CslItem = {
			id: 'fixture',
			type: 'article-journal',
			title: 'A fixture title',
			author: [{ family: 'Doe', given: 'Jane' }],
			'container-title': 'Journal of Fixtures',
		};
		expect(textOf(citationHtml(item, harvard))).toContain('‘A fixture title’, Journal of Fixtures');
	});
});

describe('RIS', () => {
	it("gives a page range as start page (SP) and end page (EP), and no keywords: themes are the site's subjects, not the authors'", () => {
		const ris = CITATION_FILES.ris.write([
			{ id: 'a', type: 'article-journal', title: 'T', page: '375-383' },
			{ id: 'b', type: 'article-journal', title: 'U', page: '12' },
		]);
		expect(ris).toMatch(/^SP {2}- 375\r\nEP {2}- 383\r$/m);
		expect(ris).toMatch(/^SP {2}- 12\r$/m);
		const site = SITE_CONTENT.get(SITES.fixtures.contentDir)!;
		expect(CITATION_FILES.ris.write(site.papers.map((paper) => cslItemOf(paper, site, base)))).not.toMatch(/^KW /m);
	});
});

describe('reference lists', () => {
	it('write one entry per item, each parsed back', () => {
		const site = SITE_CONTENT.get(SITES.fixtures.contentDir)!;
		const items = site.papers.map((paper) => cslItemOf(paper, site, base));
		for (const format of Object.keys(CITATION_FILES) as (keyof typeof CITATION_FILES)[]) {
			expect(CITATION_PARSERS[format](CITATION_FILES[format].write(items)).map((facts) => facts.title)).toEqual(site.papers.map((paper) => paper.data.title));
		}
	});
});

describe('talk materials', () => {
	const site = SITE_CONTENT.get(SITES.fixtures.contentDir)!;
	const materials = everyMaterial(site, base);

	// citeproc takes a while for its first references on a busy machine.
	it('are what reference managers call a presentation (slides, a poster) or a video, under the talk’s authors, with their genre', { timeout: 60_000 }, () => {
		expect(materials.length).toBeGreaterThan(0);
		for (const material of materials) {
			const ris = CITATION_FILES.ris.write([materialCsl(material)]);
			expect(ris, material.id).toMatch(new RegExp(`^TY  - ${material.kind === 'video' ? 'VIDEO' : 'SLIDE'}\\r\\n`));
			expect(ris.match(/^AU {2}- /gm) ?? [], material.id).toHaveLength(material.authors.length);
			expect(textOf(citationHtml(materialCsl(material), CITATION_STYLES[0])), material.id).toContain(`[${material.label}]`);
		}
	});
});
