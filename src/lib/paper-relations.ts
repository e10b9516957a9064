import type { CollectionEntry } from 'astro:content';
import { PAPER_STATUS_LABELS } from './labels';

type Paper = CollectionEntry<'papers'>;

/**
 * What the record confirms about a paper's tie to the event and its edition. Pages
 * describe papers through these, so a paper is called the symposium's only once an
 * editor has confirmed it (src/schemas/confirmation.ts).
 */
export const inSpecialEdition = (paper: Paper) => paper.data.specialEdition === 'confirmed';
export const givenAtSymposium = (paper: Paper) => paper.data.presentedAtSymposium === 'confirmed';

const KINDS = {
	edition: "papers of the symposium's special edition",
	given: 'papers given at the symposium',
	question: "papers on the symposium's question",
} as const;

/** The strongest claim that holds for every paper in the list. */
function kindOf(papers: readonly Paper[]): keyof typeof KINDS {
	if (papers.length > 0 && papers.every(inSpecialEdition)) return 'edition';
	if (papers.length > 0 && papers.every(givenAtSymposium)) return 'given';
	return 'question';
}

/** "papers on the symposium's question", or stronger when every paper is confirmed. */
export function describePapers(papers: readonly Paper[]): string {
	return KINDS[kindOf(papers)];
}

/** A paper's status as its badge says it: "for the special edition" only once that is confirmed. */
export function paperStatusLabel(paper: Paper): string {
	const { status } = paper.data;
	return status === 'accepted' && inSpecialEdition(paper) ? 'Accepted for the special edition' : PAPER_STATUS_LABELS[status];
}
