/**
 * The search index comes in sections: one per symposium, holding the pages that belong to it alone, and one for
 * the rest (people, editions that span symposia). The build writes and frees them one at a time, so its memory is
 * bounded by the largest section rather than by the site; the search page loads the section of the symposium a
 * search starts in, and merges the others in the browser (Pagefind's mergeIndex) when the reader widens it.
 */

/** The folder of Pagefind's scripts (pagefind.js, the highlighter), which every section shares, and of the sections. */
export const SEARCH_FOLDER = '/pagefind/';

/**
 * The section that holds the rest of the site. No section's folder may begin with another's: Pagefind skips merging
 * an index whose folder begins the folder of the one searched first.
 */
export const SITE_SECTION = `${SEARCH_FOLDER}site/`;

/** A symposium's section: every section is a whole Pagefind bundle with its wasm and worker, so any can be searched first. */
export function symposiumSection(id: string): string {
	return `${SEARCH_FOLDER}symposia/${id}/`;
}

/** The attribute of a page's search record that names its symposium's section; pages without it go to the site's. */
export const SECTION_ATTRIBUTE = 'data-search-section';

/**
 * Each section's dated pages, by Pagefind's id for them: Pagefind sorts each index on its own and orders merged
 * results by score, so a "newest first" across sections is put in order with these.
 */
export const DATES_FILE = 'dates.json';

/**
 * Each section's pages' filter values, by Pagefind's id for them. Pagefind counts filter values for one query; a search
 * for several variants of a query (synonyms, src/client/search/variant-search.ts) counts them over the pages the
 * variants found together with these, read once the facets are on screen.
 */
export const PAGE_FILTERS_FILE = 'page-filters.json';

/** A page's values of each filter, by the filter's name (the shape of PAGE_FILTERS_FILE's entries). */
export type PageFilters = Record<string, string[]>;

/** The sections the search page can load: the site's when it holds any page, and each symposium's by its name in the Symposium filter. */
export interface SearchSections {
	site?: string;
	symposia: Record<string, string>;
	/** How many pages each section holds, by its folder. */
	pages: Record<string, number>;
}
