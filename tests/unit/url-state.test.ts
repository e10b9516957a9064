import { describe, expect, it } from 'vitest';
import { emptyFilters, hasFilters, pagefindFilters, pagefindSort, paramsFromState, stateFromParams } from '../../src/lib/search/url-state';

const parse = (query: string) => stateFromParams(new URLSearchParams(query));

describe('search state in the URL', () => {
	it('reads the query, every value of each facet, and the sort', () => {
		const state = parse('q=carers&type=paper&type=commentary&theme=older+people&sort=newest');
		expect(state.query).toBe('carers');
		expect(state.filters.type).toEqual(['paper', 'commentary']);
		expect(state.filters.theme).toEqual(['older people']);
		expect(state.sort).toBe('newest');
	});

	it('ignores unknown parameters, empty values, duplicates and unknown sorts', () => {
		const state = parse('q=%20%20&colour=red&type=&type=paper&type=paper&sort=sideways');
		expect(state).toEqual({ query: '', filters: { ...emptyFilters(), type: ['paper'] }, sort: 'relevance', asTyped: false });
	});

	it('round-trips URL -> state -> URL in a stable order', () => {
		const url = 'q=CMHT&type=commentary&type=paper&author=Zo%C3%AB+%C3%93+S%C3%BAilleabh%C3%A1in&year=2031&sort=oldest';
		const again = paramsFromState(parse(url)).toString();
		expect(again).toBe(url);
		expect(paramsFromState(parse(again)).toString()).toBe(url);
		expect(paramsFromState(parse('type=paper&type=commentary')).toString()).toBe('type=commentary&type=paper');
	});

	it('keeps a query searched as typed, and only with a query', () => {
		expect(parse('q=partnrship&spelling=as-typed').asTyped).toBe(true);
		expect(paramsFromState(parse('q=partnrship&spelling=as-typed')).toString()).toBe('q=partnrship&spelling=as-typed');
		expect(paramsFromState(parse('spelling=as-typed')).toString()).toBe('');
	});

	it('leaves the defaults out of the URL', () => {
		expect(paramsFromState(parse('')).toString()).toBe('');
		expect(hasFilters(parse('q=x'))).toBe(false);
		expect(hasFilters(parse('status=published'))).toBe(true);
	});
});

describe('what Pagefind is asked', () => {
	it('ORs values within a facet and ANDs facets, optionally leaving one facet out', () => {
		const { filters } = parse('type=paper&type=commentary&theme=evaluation');
		expect(pagefindFilters(filters)).toEqual({ type: { any: ['paper', 'commentary'] }, theme: { any: ['evaluation'] } });
		expect(pagefindFilters(filters, 'type')).toEqual({ theme: { any: ['evaluation'] } });
	});

	it('sorts by date only when asked', () => {
		expect(pagefindSort('relevance')).toBeUndefined();
		expect(pagefindSort('newest')).toEqual({ date: 'desc' });
		expect(pagefindSort('oldest')).toEqual({ date: 'asc' });
	});
});
