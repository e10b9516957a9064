import type { Commentary, Correction, Message, Paper, Person, SiteContent } from '../content/site-content';
import { partialDateToIso } from '../dates';
import type { Facet } from './facets';
import { formatList } from '../format';
import { affiliationLine } from '../content/periods';
import type { RESULT_TYPE_LABELS, SUMMARY_LABELS } from '../labels';
import type { PartialDate } from '../../schemas/partial-date';
import { ENTRY_COLLECTIONS } from '../content/collections';

export type ResultType = keyof typeof RESULT_TYPE_LABELS;

/** What the search index holds about a page beyond its text: facets, result metadata, sort keys. */
export interface SearchRecord {
	type: ResultType;
	/** Every facet but the type, which is its own field. */
	filters: Partial<Record<Exclude<Facet, 'type'>, string[]>>;
	meta: Record<string, string>;
	sort: Record<string, string>;
}

/** The summary filter's value for a page with a plain-language summary. */
function summaries(entry: Paper | Message): string[] {
	return entry.data.plainSummary ? ['plain' satisfies keyof typeof SUMMARY_LABELS] : [];
}

function dated(date: PartialDate | undefined): { year: string[]; sort: Record<string, string>; meta: Record<string, string> } {
	if (!date) return { year: [], sort: {}, meta: {} };
	const iso = partialDateToIso(date);
	return { year: [String(date.year)], sort: { date: iso }, meta: { date: iso } };
}

export function paperRecord(paper: Paper, site: SiteContent): SearchRecord {
	const authors = site.authorsOf(paper);
	const names = authors === 'not-known' ? [] : authors.map((author) => author.data.name);
	const { dates, themes, status } = paper.data;
	const date = dated(dates.published ?? dates.accepted ?? dates.presented);
	return {
		type: 'paper',
		filters: {
			theme: themes,
			author: names,
			session: [site.sessionOf(paper)?.data.title].filter((title) => title !== undefined),
			status: [status],
			year: date.year,
			summary: summaries(paper),
		},
		meta: { ...date.meta, authors: names.length > 0 ? formatList(names) : 'Authors not yet known' },
		sort: date.sort,
	};
}

/** A key message has no date of its own to show: lastReviewed is an editor's check, not publication. */
export function messageRecord(message: Message, site: SiteContent): SearchRecord {
	const themes = new Set(site.evidenceFor(message).flatMap((group) => group.papers.flatMap((paper) => paper.data.themes)));
	return { type: 'key-message', filters: { theme: [...themes], summary: summaries(message) }, meta: {}, sort: {} };
}

export function commentaryRecord(piece: Commentary, site: SiteContent): SearchRecord {
	const names = site.writersOf(piece).map((author) => author.data.name);
	const date = dated(piece.data.date);
	return {
		type: 'commentary',
		filters: { author: names, year: date.year },
		meta: { ...date.meta, authors: formatList(names) },
		sort: date.sort,
	};
}

/** A correction is found with the paper it corrects: by that paper's themes and authors. */
export function correctionRecord(correction: Correction, site: SiteContent): SearchRecord {
	const { theme = [], author = [] } = paperRecord(site.correctedPaper(correction), site).filters;
	const date = dated(correction.data.date);
	return {
		type: 'correction',
		filters: { theme, author, year: date.year },
		meta: date.meta,
		sort: date.sort,
	};
}

/** A person's result names their affiliations with the years the record shows each for, as their page does. */
export function personRecord(person: Person): SearchRecord {
	const { affiliations } = person.data;
	return { type: 'person', filters: {}, meta: affiliations.length > 0 ? { authors: affiliationLine(affiliations) } : {}, sort: {} };
}

export function programmeRecord(site: SiteContent): SearchRecord {
	const year = dated(site.symposium.held);
	return { type: 'session', filters: { session: site.sessions.map((s) => s.data.title), year: year.year }, meta: year.meta, sort: year.sort };
}

/** The pages in the search index: each entry's own page (EntryLayout marks it for Pagefind) and the programme once it has sessions. */
export function indexedPageCount(site: SiteContent): number {
	return ENTRY_COLLECTIONS.reduce((count, collection) => count + site[collection].length, site.sessions.length > 0 ? 1 : 0);
}
