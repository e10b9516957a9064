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

export interface Pagefind {
	options(options: { excerptLength?: number; highlightParam?: string; noWorker?: boolean }): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<FilterCounts>;
	search(term: string | null, options?: SearchOptions): Promise<PagefindSearch | null>;
}

/**
 * From this many pages in the index, Pagefind searches in a worker thread of its own, so
 * that typing stays smooth. Measured on the bench's content in headless Chromium, typing
 * common words on the search page with the search on the page itself: 1,907 pages gave
 * long tasks of 57 to 133 ms, 577 pages now and then one of 55 to 61 ms, 197 pages none.
 * Below this the worker's file (12 KB gzipped, before the first result) buys nothing.
 */
export const SEARCH_IN_WORKER_FROM = 300;

/** Loads Pagefind on first use; the URL is built at run time so the bundler leaves it alone. */
export async function loadPagefind(indexedPages: number): Promise<Pagefind> {
	const url = new URL('/pagefind/pagefind.js', location.href).href;
	const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
	await pagefind.options({ excerptLength: 28, highlightParam: 'highlight', noWorker: indexedPages < SEARCH_IN_WORKER_FROM });
	await pagefind.init();
	return pagefind;
}
