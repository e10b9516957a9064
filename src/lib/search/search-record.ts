import type { Commentary, Correction, Edition, Message, Paper, Person, SiteContent, Symposium } from '../content/site-content';
import { formatPartialDate, partialDateToIso } from '../dates';
import type { Facet } from './facets';
import { formatList } from '../format';
import { affiliationLine } from '../content/periods';
import type { RESULT_TYPE_LABELS, SUMMARY_LABELS } from '../labels';
import type { PartialDate } from '../../schemas/partial-date';
import { ENTRY_COLLECTIONS, type EntryCollection } from '../content/collections';
import { inEdition } from '../content/paper-relations';
import { SITE_SECTION, symposiumSection } from './sections';

export type ResultType = keyof typeof RESULT_TYPE_LABELS;

/** What the search index holds about a page beyond its text: facets, result metadata, sort keys. */
export interface SearchRecord {
	type: ResultType;
	/** Every facet but the type, which is its own field. */
	filters: Partial<Record<Exclude<Facet, 'type'>, string[]>>;
	meta: Record<string, string>;
	sort: Record<string, string>;
	/** The symposium whose search section holds the page (sections.ts): set when the page belongs to one symposium alone. */
	section?: string | undefined;
}

/** The summary filter's value for a page with a plain-language summary. */
function summaries(entry: Paper | Message): string[] {
	return entry.data.plainSummary ? ['plain' satisfies keyof typeof SUMMARY_LABELS] : [];
}

/**
 * A dated page's year filter, its sort key, and its date twice in its result's metadata: as the site writes it, which
 * the result shows (so the search page needs no code to format dates), and as ISO, by which the build lists the dates
 * that order results across sections.
 */
function dated(date: PartialDate | undefined): { year: string[]; sort: Record<string, string>; meta: Record<string, string> } {
	if (!date) return { year: [], sort: {}, meta: {} };
	const iso = partialDateToIso(date);
	return { year: [String(date.year)], sort: { date: iso }, meta: { date: iso, shownDate: formatPartialDate(date) } };
}

export function paperRecord(paper: Paper, site: SiteContent): SearchRecord {
	const authors = site.authorsOf(paper);
	const names = authors === 'not-known' ? [] : authors.map((author) => author.data.name);
	const { dates, themes, status } = paper.data;
	const date = dated(dates.published ?? dates.accepted ?? dates.presented);
	const edition = site.editionOf(paper);
	return {
		type: 'paper',
		filters: {
			symposium: [site.symposiumOf(paper).data.shortTitle],
			edition: edition && inEdition(paper) ? [edition.data.title] : [],
			theme: themes,
			author: names,
			session: [site.sessionOf(paper)?.data.title].filter((title) => title !== undefined),
			status: [status],
			year: date.year,
			summary: summaries(paper),
		},
		meta: { ...date.meta, authors: names.length > 0 ? formatList(names) : 'Authors not yet known' },
		sort: date.sort,
		section: site.symposiumOf(paper).id,
	};
}

/** A key message has no date of its own to show: lastReviewed is an editor's check, not publication. */
export function messageRecord(message: Message, site: SiteContent): SearchRecord {
	const themes = new Set(site.evidenceFor(message).flatMap((group) => group.papers.flatMap((paper) => paper.data.themes)));
	return {
		type: 'key-message',
		filters: { symposium: [site.symposiumOf(message).data.shortTitle], theme: [...themes], summary: summaries(message) },
		meta: {},
		sort: {},
		section: site.symposiumOf(message).id,
	};
}

export function commentaryRecord(piece: Commentary, site: SiteContent): SearchRecord {
	const names = site.writersOf(piece).map((author) => author.data.name);
	const date = dated(piece.data.date);
	return {
		type: 'commentary',
		filters: { symposium: [site.symposiumOf(piece).data.shortTitle], author: names, year: date.year },
		meta: { ...date.meta, authors: formatList(names) },
		sort: date.sort,
		section: site.symposiumOf(piece).id,
	};
}

/** A correction is found with the paper it corrects: by that paper's themes and authors. */
export function correctionRecord(correction: Correction, site: SiteContent): SearchRecord {
	const paper = paperRecord(site.correctedPaper(correction), site);
	const { symposium = [], theme = [], author = [] } = paper.filters;
	const date = dated(correction.data.date);
	return {
		type: 'correction',
		filters: { symposium, theme, author, year: date.year },
		meta: date.meta,
		sort: date.sort,
		section: paper.section,
	};
}

/** A person's result names their affiliations with the years the record shows each for, as their page does. */
export function personRecord(person: Person): SearchRecord {
	const { affiliations } = person.data;
	return { type: 'person', filters: {}, meta: affiliations.length > 0 ? { authors: affiliationLine(affiliations) } : {}, sort: {} };
}

export function programmeRecord(site: SiteContent, symposium: Symposium): SearchRecord {
	const year = dated(symposium.data.held);
	const { sessions } = site.partsOf(symposium);
	return {
		type: 'session',
		filters: { symposium: [symposium.data.shortTitle], session: sessions.map((s) => s.data.title), year: year.year },
		meta: year.meta,
		sort: year.sort,
		section: symposium.id,
	};
}

/** A symposium's page: found by its year. */
export function symposiumRecord(symposium: Symposium): SearchRecord {
	const year = dated(symposium.data.held);
	return {
		type: 'symposium',
		filters: { symposium: [symposium.data.shortTitle], year: year.year },
		meta: year.meta,
		sort: year.sort,
		section: symposium.id,
	};
}

/** An edition's page: found by its year, when the record gives it. */
export function editionRecord(edition: Edition, site: SiteContent): SearchRecord {
	const year = dated(edition.data.date);
	const symposia = site.symposiaOf(edition);
	return {
		type: 'edition',
		filters: { symposium: symposia.map((symposium) => symposium.data.shortTitle), edition: [edition.data.title], year: year.year },
		meta: year.meta,
		sort: year.sort,
		section: symposia.length === 1 ? symposia[0]!.id : undefined,
	};
}

/** The record of each collection's entry pages: a collection with pages and no record here fails to compile. */
const ENTRY_RECORDS: { [C in EntryCollection]: (entry: SiteContent[C][number], site: SiteContent) => SearchRecord } = {
	papers: paperRecord,
	messages: messageRecord,
	commentary: commentaryRecord,
	corrections: correctionRecord,
	people: personRecord,
	symposia: symposiumRecord,
	editions: editionRecord,
};

function entryRecords<C extends EntryCollection>(site: SiteContent, collection: C): SearchRecord[] {
	return (site[collection] as SiteContent[C][number][]).map((entry) => ENTRY_RECORDS[collection](entry, site));
}

/**
 * The pages in each section of the search index, by the section's folder (sections.ts), as their records place them:
 * each entry's own page and each programme that has sessions. The search page starts Pagefind in its worker only for
 * sections large enough to need it.
 */
export function sectionPages(site: SiteContent): Record<string, number> {
	const programmes = site.symposia.filter((symposium) => site.partsOf(symposium).sessions.length > 0).map((symposium) => programmeRecord(site, symposium));
	const pages: Record<string, number> = {};
	for (const { section } of [...ENTRY_COLLECTIONS.flatMap((collection) => entryRecords(site, collection)), ...programmes]) {
		const folder = section ? symposiumSection(section) : SITE_SECTION;
		pages[folder] = (pages[folder] ?? 0) + 1;
	}
	return pages;
}
