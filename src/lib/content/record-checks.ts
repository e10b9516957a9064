import type { z } from 'astro/zod';
import type { commentarySchema } from '../../schemas/commentary';
import type { paperSchema } from '../../schemas/paper';
import type { RecordFact, recordCheckSchema } from '../../schemas/record-check';
import { formatList } from '../format';
import type { Commentary, Paper, SiteContent, Symposium } from './site-content';

/**
 * What each public record showed of each entry (`checkedAgainst` in a symposium's file), in
 * the words the About page and /edition.json use, and the rule that keeps those words
 * honest: a record is said to show only facts that the entry itself gives.
 */

type PaperData = z.output<typeof paperSchema>;
type CommentaryData = z.output<typeof commentarySchema>;
export type RecordCheck = z.output<typeof recordCheckSchema>;
export type RecordShowed = RecordCheck['showed'][number];

/** The entry one item of `showed` names. */
export function shownEntry(item: RecordShowed): { collection: 'papers' | 'commentary'; id: string } {
	return item.paper ? { collection: 'papers', id: item.paper.id } : { collection: 'commentary', id: item.commentary!.id };
}

/** The field of an entry that holds a fact, and whether the entry gives it. */
interface FactField {
	field: string;
	known: boolean;
	label: string;
}

function paperField(data: PaperData, fact: RecordFact): FactField {
	// The content check passes only an entry's valid fields when it has problems of its own.
	const { journal, dates } = data as Partial<PaperData>;
	const fields: Record<RecordFact, FactField> = {
		title: { field: 'title', known: true, label: 'title' },
		authors: { field: 'authors', known: data.authors !== 'not-known', label: Array.isArray(data.authors) && data.authors.length === 1 ? 'author' : 'authors' },
		journal: { field: 'journal.title', known: journal !== undefined, label: 'journal' },
		volume: { field: 'journal.volume', known: journal?.volume !== undefined, label: 'volume' },
		issue: { field: 'journal.issue', known: journal?.issue !== undefined, label: 'issue' },
		pages: { field: 'journal.pages', known: journal?.pages !== undefined, label: 'pages' },
		date: { field: 'dates.published', known: dates?.published !== undefined, label: 'date of publication' },
		doi: { field: 'doi', known: data.doi !== undefined, label: 'DOI' },
		pmid: { field: 'pmid', known: data.pmid !== undefined, label: 'PubMed ID' },
		address: { field: 'url', known: data.url !== undefined, label: 'web address' },
	};
	return fields[fact];
}

/** A commentary piece has no volume, issue, pages, DOI or PubMed ID to show. */
function commentaryField(data: CommentaryData, fact: RecordFact): FactField | undefined {
	const { source } = data;
	const fields: Partial<Record<RecordFact, FactField>> = {
		title: { field: 'title', known: true, label: 'title' },
		authors: { field: 'authors', known: true, label: data.authors.length === 1 ? 'author' : 'authors' },
		journal: { field: 'source.publication', known: source !== undefined, label: 'publication' },
		date: source ? { field: 'source.date', known: true, label: 'date' } : { field: 'date', known: true, label: 'date' },
		address: { field: 'source.url', known: source?.url !== undefined, label: 'web address' },
	};
	return fields[fact];
}

/** An entry a record showed, with its fields as the schema made them. */
export type RecordedEntry = { collection: 'papers'; data: PaperData } | { collection: 'commentary'; data: CommentaryData };

function fieldOf(entry: RecordedEntry, fact: RecordFact): FactField | undefined {
	return entry.collection === 'papers' ? paperField(entry.data, fact) : commentaryField(entry.data, fact);
}

/** "the author, issue, pages and date of publication; also the legal basis …": what a record showed of one entry. */
export function showedPhrase(item: RecordShowed, entry: RecordedEntry): string {
	const labels = item.facts.flatMap((fact) => fieldOf(entry, fact)?.label ?? []);
	const facts = labels.length > 0 ? `the ${formatList(labels)}` : '';
	return [facts, item.also && `also ${item.also}`].filter(Boolean).join('; ');
}

export interface RecordClaimProblem {
	/** Where in the symposium's file, as an editor writes it: "checkedAgainst[1].showed[1].facts[0]". */
	field: string;
	message: string;
}

/**
 * Every fact a record is said to show that the entry does not give: a record cannot have
 * shown an issue number the paper marks as not yet known. An entry that does not exist is
 * left to the reference check, which names it.
 */
export function recordClaimProblems(checks: readonly RecordCheck[], entryData: (ref: ReturnType<typeof shownEntry>) => RecordedEntry | undefined): RecordClaimProblem[] {
	const problems: RecordClaimProblem[] = [];
	checks.forEach((check, c) =>
		check.showed.forEach((item, s) => {
			const ref = shownEntry(item);
			const entry = entryData(ref);
			if (!entry) return;
			const noun = ref.collection === 'papers' ? 'paper' : 'commentary piece';
			item.facts.forEach((fact, f) => {
				const field = `checkedAgainst[${c}].showed[${s}].facts[${f}]`;
				const where = fieldOf(entry, fact);
				if (!where) {
					problems.push({ field, message: `"${fact}": a ${noun} has no ${fact}, so ${check.name} cannot have shown one; remove it from facts` });
				} else if (!where.known) {
					problems.push({
						field,
						message: `says ${check.name} showed the ${where.label} of ${ref.collection}/${ref.id}, but that ${noun} does not give its ${where.field}: remove "${fact}" from facts, or add ${where.field} to the ${noun} if the record shows it`,
					});
				}
			});
		}),
	);
	return problems;
}

/** A record as the About page and /edition.json name it: each entry on the site it showed, with what it showed of it. */
export interface RecordShowing {
	name: string;
	url?: string | undefined;
	showed: { entry: Paper | Commentary; facts: RecordFact[]; phrase: string; also?: string | undefined }[];
}

/** The records a symposium's facts were checked against, each entry as published (one not on the site yet is left out). */
export function recordShowings(site: Pick<SiteContent, 'entryAt'>, symposium: Symposium): RecordShowing[] {
	return symposium.data.checkedAgainst.map(({ name, url, showed }) => ({
		name,
		url,
		showed: showed.flatMap((item) => {
			const entry = site.entryAt(shownEntry(item)) as Paper | Commentary | undefined;
			if (!entry) return [];
			return [{ entry, facts: item.facts, phrase: showedPhrase(item, entry as RecordedEntry), also: item.also }];
		}),
	}));
}
