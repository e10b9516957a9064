import type { FilterCounts, Pagefind, PagefindResult, SearchOptions } from './pagefind-api';

/** What the search page reads of a search: its results in order, and each filter value's count among them. */
export interface FoundPages {
	results: PagefindResult[];
	filters: FilterCounts;
}

/**
 * Searches for each variant of a query (query-variants.ts) and merges what they find, one
 * entry per page with its best score: Pagefind has no OR. Each result keeps the variant that
 * found it best, so its excerpt marks the page's own words and its link highlights them there
 * (Pagefind adds that variant's words to the link). With one variant this is Pagefind's search.
 */
export async function searchVariants(pagefind: Pagefind, variants: readonly string[], options: SearchOptions): Promise<FoundPages | null> {
	const searches = await Promise.all(variants.map((variant) => pagefind.search(variant, options)));
	if (searches.some((search) => !search)) return null;
	const found = searches.map((search) => search!);
	if (found.length === 1) return found[0]!;
	const best = new Map<string, PagefindResult>();
	for (const { results } of found) {
		for (const result of results) if (!best.has(result.id) || result.score > best.get(result.id)!.score) best.set(result.id, result);
	}
	return {
		results: await ordered([...best.values()], pagefind, options),
		filters: await countsOfUnion(
			pagefind,
			[...best.keys()],
			found.map(({ filters }) => filters),
		),
	};
}

/** By score; or in the order asked for (newest first), which Pagefind gives for every page when searching by filters alone. */
async function ordered(results: PagefindResult[], pagefind: Pagefind, options: SearchOptions): Promise<PagefindResult[]> {
	if (!options.sort) return results.toSorted((a, b) => b.score - a.score);
	const all = await pagefind.search(null, options);
	const place = new Map(all?.results.map(({ id }, index) => [id, index]));
	return results.toSorted((a, b) => (place.get(a.id) ?? Infinity) - (place.get(b.id) ?? Infinity));
}

/**
 * Each filter value's count among the pages the variants found together. Pagefind counts them for one query at a time,
 * and the variants may have found the same pages; so they are counted from each page's own values, fetched only once
 * Pagefind counts any filter (the facets are on screen), for the filters it counts.
 */
async function countsOfUnion(pagefind: Pagefind, pages: readonly string[], counts: FilterCounts[]): Promise<FilterCounts> {
	const facets = [...new Set(counts.flatMap(Object.keys))];
	if (facets.length === 0) return {};
	const valuesOf = await pagefind.pageFilters();
	const union: FilterCounts = Object.fromEntries(facets.map((facet) => [facet, {}]));
	for (const page of pages) {
		for (const facet of facets) {
			for (const value of valuesOf[page]?.[facet] ?? []) union[facet]![value] = (union[facet]![value] ?? 0) + 1;
		}
	}
	return union;
}
