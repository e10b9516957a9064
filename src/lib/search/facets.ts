import { PAPER_STATUS_LABELS, RESULT_TYPE_LABELS, SUMMARY_LABELS } from '../labels';

/**
 * The facets a reader can filter search results by, in the order the search page shows
 * them, with their labels. The search record (what a page tells the index), the URL
 * state and the results view all read this one list.
 */
export const FACET_LABELS = {
	type: 'Type',
	symposium: 'Symposium',
	edition: 'Edition',
	theme: 'Theme',
	author: 'Author',
	session: 'Session',
	status: 'Status',
	year: 'Year',
	summary: 'Summary',
} as const;

export type Facet = keyof typeof FACET_LABELS;

export const FACETS = Object.keys(FACET_LABELS) as Facet[];

/** Facets whose values are codes, with the words a reader sees for them. */
const VALUE_LABELS: Partial<Record<Facet, Record<string, string>>> = { type: RESULT_TYPE_LABELS, status: PAPER_STATUS_LABELS, summary: SUMMARY_LABELS };

/** Facets that say whether a page has something: their one value narrows the results by itself. */
const ONE_VALUE_FACETS: ReadonlySet<Facet> = new Set(['summary']);

/** Whether the search page offers a facet with this many values: one that cannot narrow the results is left out. */
export function offersFacet(facet: Facet, values: number): boolean {
	return values >= (ONE_VALUE_FACETS.has(facet) ? 1 : 2);
}

/** "Key message" for the value key-message of type; other facets' values are already words. */
export function facetValueLabel(facet: Facet, value: string): string {
	return VALUE_LABELS[facet]?.[value] ?? value;
}
