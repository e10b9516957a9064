import type { CollectionEntry } from 'astro:content';
import { doiUrl } from '../scholarly/identifier-links';
import { PAPER_STATUS_LABELS } from '../labels';

type Paper = CollectionEntry<'papers'>;
type Symposium = CollectionEntry<'symposia'>;
type Edition = CollectionEntry<'editions'>;

/**
 * What the record confirms about a paper's tie to the event and its edition. Pages
 * describe papers through these, so a paper is called the symposium's only once an
 * editor has confirmed it (src/schemas/confirmation.ts).
 */
export const inEdition = (paper: Paper) => paper.data.inEdition === 'confirmed';
export const givenAtSymposium = (paper: Paper) => paper.data.presentedAtSymposium === 'confirmed';

const KINDS = {
	edition: "papers confirmed as part of the symposium's edition",
	given: 'papers given at the symposium',
	question: "papers on the symposium's question",
} as const;

/** The strongest claim that holds for every paper in the list. */
function kindOf(papers: readonly Paper[]): keyof typeof KINDS {
	if (papers.length > 0 && papers.every(inEdition)) return 'edition';
	if (papers.length > 0 && papers.every(givenAtSymposium)) return 'given';
	return 'question';
}

/** "papers on the symposium's question", or stronger when every paper is confirmed. */
export function describePapers(papers: readonly Paper[]): string {
	return KINDS[kindOf(papers)];
}

/** "the symposium's special edition of <journal>", or a proceedings volume's title. */
export function editionName(edition: Edition): string {
	return edition.data.kind === 'special-issue' ? `the symposium's special edition of ${edition.data.journal.title}` : edition.data.title;
}

/** A paper's status as its badge says it: "for the special edition" only once that is confirmed. */
export function paperStatusLabel(paper: Paper, edition: Edition | undefined): string {
	const { status } = paper.data;
	if (status !== 'accepted' || !edition || !inEdition(paper)) return PAPER_STATUS_LABELS[status];
	return edition.data.kind === 'special-issue' ? 'Accepted for the special edition' : 'Accepted for the proceedings';
}

/**
 * One line that places a paper, for its link preview card: the symposium or its edition
 * only as far as the paper's entry confirms them; otherwise where it was published, as
 * far as the record shows; otherwise its symposium's short name.
 */
export function paperPlace(paper: Paper, symposium: Symposium, edition: Edition | undefined): string {
	const given = givenAtSymposium(paper);
	const included = edition !== undefined && inEdition(paper);
	const { title } = symposium.data;
	if (given && included) return edition.data.kind === 'special-issue' ? `Given at ${title}, and in its special edition` : `Given at ${title}, and in ${edition.data.title}`;
	if (given) return `Given at ${title}`;
	if (included) return `In ${editionName(edition)}`;
	const { journal, dates } = paper.data;
	if (!journal) return symposium.data.shortTitle;
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
