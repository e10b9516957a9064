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

export interface Pagefind {
	options(options: { excerptLength?: number; highlightParam?: string }): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<FilterCounts>;
	search(
		term: string | null,
		options?: { filters?: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> },
	): Promise<PagefindSearch | null>;
}

/** Loads Pagefind on first use; the URL is built at run time so the bundler leaves it alone. */
export async function loadPagefind(): Promise<Pagefind> {
	const url = new URL('/pagefind/pagefind.js', location.href).href;
	const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
	await pagefind.options({ excerptLength: 28, highlightParam: 'highlight' });
	await pagefind.init();
	return pagefind;
}
