import { describe, expect, it } from 'vitest';
import type { FilterCounts, Pagefind, PagefindResult, SearchOptions } from '../../src/client/search/pagefind-api';
import { searchVariants } from '../../src/client/search/variant-search';
import type { PageFilters } from '../../src/lib/search/sections';

/**
 * A search for several variants of a query (synonyms) merges what each finds, and counts each facet's values over the
 * pages found together (src/client/search/variant-search.ts). Pagefind is a fake over a handful of pages, each with its
 * words and filter values; it counts values as Pagefind does, for one query, and only once the facets have loaded.
 */

interface FakePage {
	words: string[];
	filters: PageFilters;
}

const PAGES: Record<string, FakePage> = {
	en_a: { words: ['carers'], filters: { theme: ['carers'], author: ['Ann'] } },
	en_b: { words: ['carers', 'caregivers'], filters: { theme: ['carers', 'housing'], author: ['Ann', 'Bo'] } },
	en_c: { words: ['caregivers'], filters: { theme: ['housing'], author: ['Cy'] } },
	en_d: { words: ['housing'], filters: { theme: ['housing'], author: ['Di'] } },
};

function fakePagefind({ facetsLoaded }: { facetsLoaded: boolean }): { pagefind: Pagefind; searches: string[]; pageFilterReads: () => number } {
	const searches: string[] = [];
	let reads = 0;
	const pagefind: Pagefind = {
		filters: async () => ({}),
		async search(term: string | null, options: SearchOptions = {}) {
			searches.push(term ?? '');
			const ids = Object.keys(PAGES).filter((id) => term === null || PAGES[id]!.words.includes(term));
			const matching = ids.filter((id) =>
				Object.entries(options.filters ?? {}).every(([facet, { any }]) => any.length === 0 || any.some((value) => PAGES[id]!.filters[facet]?.includes(value))),
			);
			const filters: FilterCounts = {};
			if (facetsLoaded) {
				for (const id of matching) {
					for (const [facet, values] of Object.entries(PAGES[id]!.filters)) {
						for (const value of values) (filters[facet] ??= {})[value] = (filters[facet]?.[value] ?? 0) + 1;
					}
				}
			}
			const results: PagefindResult[] = matching.map((id, index) => ({
				id,
				score: 10 - index,
				data: async () => ({ url: id, excerpt: '', meta: {}, filters: {}, sub_results: [] }),
			}));
			return { results, unfilteredResultCount: results.length, filters, totalFilters: filters };
		},
		async pageFilters() {
			reads += 1;
			return Object.fromEntries(Object.entries(PAGES).map(([id, { filters }]) => [id, filters]));
		},
		cover: async () => false,
	};
	return { pagefind, searches, pageFilterReads: () => reads };
}

describe('searchVariants', () => {
	it('finds each page once, and counts each value over the pages the variants found together', async () => {
		const { pagefind } = fakePagefind({ facetsLoaded: true });
		const found = await searchVariants(pagefind, ['carers', 'caregivers'], {});
		expect(found!.results.map(({ id }) => id).sort()).toEqual(['en_a', 'en_b', 'en_c']);
		// en_b holds both words: counted once, where adding each variant's own counts would give it twice.
		expect(found!.filters).toEqual({ theme: { carers: 2, housing: 2 }, author: { Ann: 2, Bo: 1, Cy: 1 } });
	});

	it('counts the values with no search for each of them, however many there are', async () => {
		const { pagefind, searches } = fakePagefind({ facetsLoaded: true });
		await searchVariants(pagefind, ['carers', 'caregivers'], {});
		expect(searches).toEqual(['carers', 'caregivers']);
	});

	it("reads no page's values while Pagefind counts no filter (the facets are not on screen)", async () => {
		const { pagefind, pageFilterReads } = fakePagefind({ facetsLoaded: false });
		const found = await searchVariants(pagefind, ['carers', 'caregivers'], {});
		expect(found!.filters).toEqual({});
		expect(pageFilterReads()).toBe(0);
	});

	it("is Pagefind's own search, counts and all, for a query of one variant", async () => {
		const { pagefind, pageFilterReads } = fakePagefind({ facetsLoaded: true });
		const found = await searchVariants(pagefind, ['carers'], { filters: { theme: { any: ['housing'] } } });
		expect(found!.results.map(({ id }) => id)).toEqual(['en_b']);
		expect(found!.filters).toEqual({ theme: { carers: 1, housing: 1 }, author: { Ann: 1, Bo: 1 } });
		expect(pageFilterReads()).toBe(0);
	});
});
