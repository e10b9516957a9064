import { describe, expect, it } from 'vitest';
import { scholarlyMeta, type MetaTag } from '../../src/lib/scholarly/meta-tags';
import { scholarlyRecord } from '../../src/lib/scholarly/record';
import { galleysPlanned } from '../../src/lib/build/galley-plan';
import { readCollection, type RawEntry } from '../content';
import { SITES } from '../sites';
import { siteContentOf } from '../site-content';

/** Each site's content as the site's own query layer makes it. */
const SITE_CONTENT = new Map(await Promise.all(Object.values(SITES).map(async ({ contentDir }) => [contentDir, await siteContentOf(contentDir)] as const)));

const base = new URL('https://symposium.example/');

/** The tags every paper page must carry at most once. */
const SINGLE = [
	'citation_title',
	'citation_publication_date',
	'citation_journal_title',
	'citation_conference_title',
	'citation_issn',
	'citation_volume',
	'citation_issue',
	'citation_firstpage',
	'citation_lastpage',
	'citation_doi',
	'citation_pmid',
	'citation_abstract_html_url',
	'citation_language',
	'DC.title',
	'DC.date',
];

const valuesOf = (tags: MetaTag[], name: string) => tags.filter(([tagName]) => tagName === name).map(([, content]) => content);

/** "2006-09" as the editor wrote it (YAML may have read 2006 as a number). */
const asWritten = (value: unknown) => (value === undefined ? undefined : String(value));

for (const [siteName, { contentDir }] of Object.entries(SITES)) {
	describe(`citation tags for every paper of the ${siteName} site`, () => {
		const site = SITE_CONTENT.get(contentDir)!;
		const raw = new Map(readCollection(contentDir, 'papers').map((entry) => [entry.id, entry.data]));
		const people = new Map(readCollection(contentDir, 'people').map((entry): [string, RawEntry['data']] => [entry.id, entry.data]));
		const symposia = new Map(readCollection(contentDir, 'symposia').map((entry) => [entry.id, entry.data]));
		// The editions the site shows, as its query layer decides: a paper names one by its file name.
		const shownEditions = new Set(site.editions.map((edition) => edition.id));
		const editions = new Map(
			readCollection(contentDir, 'editions')
				.filter(({ id }) => shownEditions.has(id))
				.map((entry) => [entry.id, entry.data]),
		);

		for (const paper of site.papers) {
			const front = raw.get(paper.id)!;
			const journal = front.journal as Record<string, string> | undefined;
			const dates = (front.dates ?? {}) as Record<string, unknown>;
			const tags = scholarlyMeta(scholarlyRecord(paper, site, base));
			const value = (name: string) => valuesOf(tags, name)[0];

			it(`${paper.id}: single tags appear at most once, and none is empty`, () => {
				for (const name of SINGLE) expect(valuesOf(tags, name).length, name).toBeLessThanOrEqual(1);
				for (const [name, content] of tags) expect(content.trim(), name).not.toBe('');
				expect(valuesOf(tags, 'citation_title')).toEqual([front.title]);
				expect(value('DC.title')).toBe(front.title);
				expect(value('citation_abstract_html_url')).toBe(new URL(`/papers/${paper.id}/`, base).href);
				// A paper whose text the site holds has its PDF galley wherever the build can print one; a record has none.
				const galley = site.hasText(paper) && galleysPlanned() ? new URL(`/papers/${paper.id}/${paper.id}.pdf`, base).href : undefined;
				expect(value('citation_pdf_url')).toBe(galley);
			});

			it(`${paper.id}: one author tag per author, in order, each followed by what is known of them`, () => {
				const authorTags = tags.filter(([name]) => name.startsWith('citation_author'));
				if (front.authors === 'not-known') {
					expect(authorTags).toEqual([]);
					expect(valuesOf(tags, 'DC.creator')).toEqual([]);
					return;
				}
				const ids = front.authors as string[];
				const year = Number(String(dates.published ?? dates.accepted ?? dates.presented).slice(0, 4));
				const expected = ids.flatMap((id) => {
					const person = people.get(id)!;
					const name = person.name as string;
					const family = (person.familyName as string | undefined) ?? name.split(' ').at(-1)!;
					const given = name.replace(family, '').trim();
					const affiliations = (person.affiliations ?? []) as { name: string; when: number | string }[];
					const institutions = affiliations.filter(({ when }) => {
						const [from, to = from] = String(when).split('-').map(Number);
						return from! <= year && year <= to!;
					});
					return [
						['citation_author', given ? `${family}, ${given}` : family],
						...institutions.map(({ name: institution }) => ['citation_author_institution', institution]),
						...(person.orcid ? [['citation_author_orcid', `https://orcid.org/${person.orcid}`]] : []),
					];
				});
				expect(authorTags).toEqual(expected);
				expect(valuesOf(tags, 'DC.creator')).toEqual(expected.filter(([name]) => name === 'citation_author').map(([, author]) => author));
			});

			it(`${paper.id}: journal, dates and identifiers as the front matter gives them, and no tag for what it leaves out`, () => {
				const [firstPage, lastPage] = journal?.pages?.split(/[-–]/) ?? [];
				expect(value('citation_journal_title')).toBe(journal?.title);
				expect(value('citation_volume')).toBe(asWritten(journal?.volume));
				expect(value('citation_issue')).toBe(asWritten(journal?.issue));
				expect(value('citation_firstpage')).toBe(firstPage);
				expect(value('citation_lastpage')).toBe(lastPage);
				expect(value('citation_doi')).toBe(front.doi);
				expect(value('citation_pmid')).toBe(asWritten(front.pmid));
				expect(value('citation_language')).toBe(front.language);
				// Themes are the site's subject terms, not the authors' keywords: Dublin Core's subject only.
				expect(value('citation_keywords')).toBeUndefined();
				expect(valuesOf(tags, 'DC.subject')).toEqual((front.themes ?? []) as string[]);
				// A presentation's date is when it was given; a journal paper's, when it was published.
				const issued = asWritten(journal || front.status !== 'presented' ? dates.published : dates.presented);
				expect(value('citation_publication_date')).toBe(issued?.replaceAll('-', '/'));
				expect(value('DC.date')).toBe(issued);
			});

			it(`${paper.id}: its edition's ISSN only for a paper confirmed in that edition, and only where the record gives one`, () => {
				const edition = front.edition === undefined ? undefined : editions.get(String(front.edition));
				const editionJournal = edition?.journal as Record<string, unknown> | undefined;
				const confirmed = front.inEdition === 'confirmed' && editionJournal !== undefined && journal?.title === editionJournal.title;
				expect(value('citation_issn')).toBe(confirmed ? asWritten(editionJournal.issn) : undefined);
			});

			it(`${paper.id}: names its own symposium as the conference only when it was given there and not published in a journal`, () => {
				const presentation = !journal && front.status === 'presented';
				const symposium = symposia.get(String(front.symposium))!;
				expect(value('citation_conference_title')).toBe(presentation ? symposium.title : undefined);
				expect(value('DC.relation.ispartof')).toBe(journal?.title ?? (presentation ? symposium.title : undefined));
			});
		}
	});
}

describe('the fixtures exercise every case', () => {
	it('has a paper with unknown authors, one with an ORCID iD, one in and one out of an edition with an ISSN known, one in an edition without', () => {
		const site = SITE_CONTENT.get(SITES.fixtures.contentDir)!;
		const all = site.papers.flatMap((paper) => scholarlyMeta(scholarlyRecord(paper, site, base)));
		expect(site.papers.some((paper) => paper.data.authors === 'not-known')).toBe(true);
		expect(valuesOf(all, 'citation_author_orcid').length).toBeGreaterThan(0);
		expect(valuesOf(all, 'citation_issn').length).toBeGreaterThan(0);
		expect(valuesOf(all, 'citation_conference_title').length).toBeGreaterThan(0);
		expect(valuesOf(all, 'citation_language').length).toBeGreaterThan(0);
		expect(site.papers.some((paper) => paper.data.inEdition !== 'confirmed' && paper.data.journal)).toBe(true);
		// A paper confirmed in an edition whose journal's ISSN is not known: it gets no ISSN, not another edition's.
		expect(
			site.papers.some((paper) => {
				const edition = site.editionOf(paper);
				return paper.data.inEdition === 'confirmed' && paper.data.journal?.title === edition?.data.journal.title && edition?.data.journal.issn === undefined;
			}),
		).toBe(true);
		// Presentations of more than one symposium, each naming its own.
		expect(new Set(valuesOf(all, 'citation_conference_title')).size).toBeGreaterThan(1);
	});
});
