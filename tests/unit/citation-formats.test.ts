import { describe, expect, it } from 'vitest';
import { CITATION_FILES, CITATION_STYLES, citationHtml } from '../../src/lib/citation-formats';
import { cslItemOf } from '../../src/lib/csl';
import type { Commentary, Paper, SiteContent } from '../../src/lib/site-content';
import { CITATION_PARSERS, type CitedFacts } from '../citation-files';
import { readCollection, type RawEntry } from '../content';
import { SITES } from '../sites';
import { loadScholarlySite } from './scholarly-content';

const base = new URL('https://symposium.example/');

/** The reference as a reader sees it: tags dropped, entities decoded. */
const textOf = (html: string) =>
	html.replace(/<[^>]+>/g, '').replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))).replace(/&amp;/g, '&');

const yearOf = (value: unknown) => (value === undefined ? undefined : Number(String(value).slice(0, 4)));

/** What the files must say, from the front matter as the editor wrote it. */
function expectedFacts(front: RawEntry['data'], people: Map<string, RawEntry['data']>, collection: string): CitedFacts {
	const family = (id: string) => {
		const person = people.get(id)!;
		return (person.familyName as string | undefined) ?? (person.name as string).split(' ').at(-1)!;
	};
	const authors = front.authors === 'not-known' ? [] : (front.authors as string[]);
	const dates = (front.dates ?? {}) as Record<string, unknown>;
	const source = front.source as Record<string, unknown> | undefined;
	const issued =
		collection === 'commentary' ? (source?.date ?? front.date) : front.journal || front.status !== 'presented' ? dates.published : dates.presented;
	return { title: front.title as string, families: authors.map(family), year: yearOf(issued), doi: front.doi as string | undefined };
}

for (const [siteName, { contentDir }] of Object.entries(SITES)) {
	// The first reference a style formats loads citeproc and parses the style: seconds on a busy machine.
	describe(`references of the ${siteName} site`, { timeout: 30_000 }, () => {
		const site = loadScholarlySite(contentDir) as unknown as SiteContent;
		const people = new Map(readCollection(contentDir, 'people').map((entry): [string, RawEntry['data']] => [entry.id, entry.data]));
		const entries: (Paper | Commentary)[] = [...site.papers, ...site.commentary];
		const fronts = new Map(
			(['papers', 'commentary'] as const).flatMap((collection) => readCollection(contentDir, collection).map((entry): [string, RawEntry['data']] => [`${collection}/${entry.id}`, entry.data])),
		);

		for (const entry of entries) {
			const item = cslItemOf(entry, site, base);
			const expected = expectedFacts(fronts.get(`${entry.collection}/${entry.id}`)!, people, entry.collection);

			for (const format of Object.keys(CITATION_FILES) as (keyof typeof CITATION_FILES)[]) {
				it(`${entry.collection}/${entry.id}: the .${format} file parses and gives back title, authors, year and DOI`, () => {
					const parsed = CITATION_PARSERS[format](CITATION_FILES[format].write([item]));
					expect(parsed).toEqual([expected]);
				});
			}

			it(`${entry.collection}/${entry.id}: each style leads with the authors, or with the title when they are not known`, () => {
				const texts = Object.fromEntries(CITATION_STYLES.map((style) => [style.id, textOf(citationHtml(item, style))]));
				const [first] = expected.families;
				if (first) {
					for (const text of Object.values(texts)) expect(text.startsWith(first)).toBe(true);
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
		const item = { id: 'fixture', type: 'article-journal', title: 'A fixture title', author: [{ family: 'Doe', given: 'Jane' }], 'container-title': 'Journal of Fixtures' } as const;
		expect(textOf(citationHtml(item, harvard))).toContain('‘A fixture title’, Journal of Fixtures');
	});
});

describe('reference lists', () => {
	it('write one entry per item, each parsed back', () => {
		const site = loadScholarlySite(SITES.fixtures.contentDir) as unknown as SiteContent;
		const items = site.papers.map((paper) => cslItemOf(paper, site, base));
		for (const format of Object.keys(CITATION_FILES) as (keyof typeof CITATION_FILES)[]) {
			expect(CITATION_PARSERS[format](CITATION_FILES[format].write(items)).map((facts) => facts.title)).toEqual(
				site.papers.map((paper) => paper.data.title),
			);
		}
	});
});
