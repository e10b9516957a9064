import type { CollectionEntry } from 'astro:content';
import { inSpecialEdition } from './paper-relations';

/** Words readers see for the site's coded values, shared by pages and the search page. */

export const PAPER_STATUS_LABELS = {
	presented: 'Presented at the symposium',
	accepted: 'Accepted by the journal',
	published: 'Published',
} as const;

/** A paper's status as its badge says it: "for the special edition" only once that is confirmed. */
export function paperStatusLabel(paper: CollectionEntry<'papers'>): string {
	const { status } = paper.data;
	return status === 'accepted' && inSpecialEdition(paper) ? 'Accepted for the special edition' : PAPER_STATUS_LABELS[status];
}

/** The kinds of search result; the key is what the URL carries (?type=paper). */
export const RESULT_TYPE_LABELS = {
	paper: 'Paper',
	'key-message': 'Key message',
	commentary: 'Commentary',
	person: 'Person',
	session: 'Programme',
} as const;

export const FACET_LABELS = {
	type: 'Type',
	theme: 'Theme',
	author: 'Author',
	session: 'Session',
	status: 'Status',
	year: 'Year',
} as const;
