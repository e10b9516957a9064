/** A group of interchangeable terms, from content/search/synonyms.yaml. */
export type SynonymGroup = readonly string[];

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function mentions(text: string, term: string): boolean {
	return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/**
 * The other terms of every group the text mentions. Written into the page for the
 * index (not shown), so that one query for "CMHT" finds a page that only says
 * "community mental health team", with exact filter counts and no extra searches in
 * the browser. Terms the text already uses are left out, so a search for them draws
 * its excerpt from the text itself.
 */
export function synonymsToIndex(text: string, groups: readonly SynonymGroup[]): string[] {
	return groups
		.filter((terms) => terms.some((term) => mentions(text, term)))
		.flatMap((terms) => terms.filter((term) => !mentions(text, term)));
}
