/** A group of interchangeable terms, from content/search/synonyms.yaml. */
export type SynonymGroup = readonly string[];

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function mentions(text: string, term: string): boolean {
	return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/**
 * Every term of every group that the text mentions in any of its forms. Written into
 * the page for the index (not shown), so that one query for "CMHT" finds a page that
 * only says "community mental health team", with exact filter counts and no extra
 * searches in the browser.
 */
export function synonymsMentioned(text: string, groups: readonly SynonymGroup[]): string[] {
	return groups.filter((terms) => terms.some((term) => mentions(text, term))).flat();
}
