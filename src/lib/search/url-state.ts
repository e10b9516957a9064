import { FACETS, type Facet } from './facets';

export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type Sort = (typeof SORTS)[number];

/** Everything a search is: what the URL holds, so a search can be bookmarked, shared and restored. */
export interface SearchState {
	query: string;
	filters: Record<Facet, string[]>;
	sort: Sort;
	/** The query is searched as typed, never corrected: the reader chose "Search instead for" it. */
	asTyped?: boolean;
}

/** The parameter that says the query is searched as typed. */
const AS_TYPED = 'spelling';

export function emptyFilters(): Record<Facet, string[]> {
	return Object.fromEntries(FACETS.map((facet) => [facet, []])) as unknown as Record<Facet, string[]>;
}

/** Reads ?q=…&type=paper&type=commentary&theme=…&sort=newest&spelling=as-typed; unknown parameters are ignored. */
export function stateFromParams(params: URLSearchParams): SearchState {
	const filters = emptyFilters();
	for (const facet of FACETS) filters[facet] = [...new Set(params.getAll(facet).filter(Boolean))];
	const sort = params.get('sort');
	return {
		query: (params.get('q') ?? '').trim(),
		filters,
		sort: SORTS.includes(sort as Sort) ? (sort as Sort) : 'relevance',
		asTyped: params.get(AS_TYPED) === 'as-typed',
	};
}

/** The inverse of stateFromParams, in a stable order so equal states give equal URLs. */
export function paramsFromState(state: SearchState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.query) params.set('q', state.query);
	for (const facet of FACETS) for (const value of [...state.filters[facet]].sort()) params.append(facet, value);
	if (state.sort !== 'relevance') params.set('sort', state.sort);
	if (state.asTyped && state.query) params.set(AS_TYPED, 'as-typed');
	return params;
}

export function hasFilters(state: SearchState): boolean {
	return FACETS.some((facet) => state.filters[facet].length > 0);
}

/** Pagefind's filter object: OR within a facet (any), AND across facets. */
export function pagefindFilters(filters: Record<Facet, string[]>, except?: Facet): Record<string, { any: string[] }> {
	const result: Record<string, { any: string[] }> = {};
	for (const facet of FACETS) if (facet !== except && filters[facet].length > 0) result[facet] = { any: filters[facet] };
	return result;
}

export function pagefindSort(sort: Sort): Record<string, 'asc' | 'desc'> | undefined {
	if (sort === 'newest') return { date: 'desc' };
	if (sort === 'oldest') return { date: 'asc' };
	return undefined;
}
