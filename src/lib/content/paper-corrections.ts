import type { PartialDate } from '../../schemas/partial-date';
import { comparePartialDates } from '../dates';
import type { CollectionEntry } from 'astro:content';

type Paper = CollectionEntry<'papers'>;
type Correction = CollectionEntry<'corrections'>;

/**
 * A paper keeps one address through every change and correction: these say which
 * corrections it has and which version of its page a reader sees.
 */

/** The corrections that name a paper, in the order they were published. */
export function correctionsFor(paper: Pick<Paper, 'id'>, corrections: readonly Correction[]): Correction[] {
	return corrections.filter((correction) => correction.data.paper.id === paper.id).toSorted((a, b) => comparePartialDates(a.data.date, b.data.date));
}

/** One dated change to a paper's page: a line of its history, or a correction published since. */
export type PageChange = { date: PartialDate; change: string } | { date: PartialDate; correction: Correction };

/**
 * Every change to a paper's page, oldest first: its history as the editors wrote it, and
 * its corrections, each of which puts a notice on the page. The newest is the version a
 * reader sees.
 */
export function pageChanges(paper: Paper, corrections: readonly Correction[]): PageChange[] {
	const changes: PageChange[] = [...paper.data.history, ...corrections.map((correction) => ({ date: correction.data.date, correction }))];
	return changes.toSorted((a, b) => comparePartialDates(a.date, b.date));
}
