import type { CollectionEntry } from 'astro:content';
import { doiUrl } from '../scholarly/identifier-links';
import { PAPER_STATUS_LABELS } from '../labels';

type Paper = CollectionEntry<'papers'>;
type Symposium = CollectionEntry<'symposium'>['data'];

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

/**
 * One line that places a paper, for its link preview card: the symposium or its edition
 * only as far as the paper's entry confirms them; otherwise where it was published, as
 * far as the record shows; otherwise the site's name, as every page title gives it.
 */
export function paperPlace(paper: Paper, symposium: Symposium): string {
	const given = givenAtSymposium(paper);
	const inEdition = inSpecialEdition(paper);
	if (given && inEdition) return `Given at ${symposium.title}, and in its special edition`;
	if (given) return `Given at ${symposium.title}`;
	if (inEdition) return `In the symposium's special edition of ${symposium.specialEdition.journal}`;
	const { journal, dates } = paper.data;
	if (!journal) return symposium.shortTitle;
	return [journal.title, dates.published?.year].filter(Boolean).join(', ');
}

/**
 * Where the record says a reader can go for a paper held here only as a record: its DOI,
 * else the publisher's page the entry gives. Neither says the full text is there to read,
 * only that the record points there.
 */
export function publisherLink(paper: Paper): { href: string; via: 'doi' | 'page' } | undefined {
	const { doi, url } = paper.data;
	if (doi) return { href: doiUrl(doi), via: 'doi' };
	return url ? { href: url, via: 'page' } : undefined;
}
