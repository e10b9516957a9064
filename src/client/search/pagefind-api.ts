import type { PageFilters } from '../../lib/search/sections';

/** The part of Pagefind's browser API (/pagefind/pagefind.js) this site uses. */
export interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
}

export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[]>;
	sub_results: PagefindSubResult[];
}

export interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindResultData>;
}

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearch {
	results: PagefindResult[];
	unfilteredResultCount: number;
	filters: FilterCounts;
	totalFilters: FilterCounts;
}

export interface SearchOptions {
	filters?: Record<string, { any: string[] }>;
	sort?: Record<string, 'asc' | 'desc'>;
}

export interface PagefindOptions {
	basePath?: string;
	mergeFilter?: Record<string, string>;
	excerptLength?: number;
	highlightParam?: string;
	noWorker?: boolean;
}

/** One search of Pagefind's, over the index it starts with and those merged into it. */
export interface PagefindInstance {
	mergeIndex(path: string, options: Omit<PagefindOptions, 'basePath' | 'noWorker'>): Promise<void>;
	filters(): Promise<FilterCounts>;
	search(term: string | null, options?: SearchOptions): Promise<PagefindSearch | null>;
}

/** Pagefind's module as loaded (/pagefind/pagefind.js); the search page uses it through sectioned-search.ts. */
export interface PagefindModule {
	createInstance(options: PagefindOptions): PagefindInstance;
}

/** The search the page runs: across the sections loaded so far. */
export interface Pagefind {
	filters(): Promise<FilterCounts>;
	search(term: string | null, options?: SearchOptions): Promise<PagefindSearch | null>;
	/** The filter values of every page in the sections loaded, by the id of its result (PAGE_FILTERS_FILE in src/lib/search/sections.ts). */
	pageFilters(): Promise<Record<string, PageFilters>>;
	/**
	 * Sets the sections a search within these symposia spans, by their names in the Symposium filter: one symposium's
	 * own, loaded at once, or with none or several, every section, of which each query loads those that can match it.
	 * Searches wait for sections still loading. True when the search spans sections it did not before.
	 */
	cover(symposia: readonly string[]): Promise<boolean>;
}

/**
 * From this many pages in the sections a search loads, Pagefind searches in a worker thread of its own, so
 * that typing stays smooth. Measured on the bench's content in headless Chromium, typing
 * common words on the search page with the search on the page itself: 1,907 pages gave
 * long tasks of 57 to 133 ms, 577 pages now and then one of 55 to 61 ms, 197 pages none.
 * Below this the worker's file (12 KB gzipped, before the first result) buys nothing.
 */
export const SEARCH_IN_WORKER_FROM = 300;
