import { describe, expect, it } from 'vitest';
import { GAP, isPageNumber, pageLinks, pageTitle } from '../../src/lib/pagination';
import { listingPageHref, PAGES, searchHref } from '../../src/lib/urls';
import { stateFromParams } from '../../src/lib/search/url-state';

describe('the pages of a listing', () => {
	it('are the listing’s own address, then a number for each later page', () => {
		expect([1, 2, 50].map((page) => listingPageHref(PAGES.papers, page))).toEqual(['/papers/', '/papers/2/', '/papers/50/']);
	});

	it('offers every page when there are few', () => {
		expect(pageLinks(1, 1)).toEqual([1]);
		expect(pageLinks(2, 5)).toEqual([1, 2, 3, 4, 5]);
	});

	it('offers the ends and the current page’s neighbours when there are many, a gap for what is left out', () => {
		expect(pageLinks(1, 50)).toEqual([1, 2, 3, GAP, 50]);
		expect(pageLinks(25, 50)).toEqual([1, GAP, 23, 24, 25, 26, 27, GAP, 50]);
		expect(pageLinks(50, 50)).toEqual([1, GAP, 48, 49, 50]);
	});

	it('never hides a single page behind a gap', () => {
		expect(pageLinks(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(pageLinks(4, 9)).toEqual([1, 2, 3, 4, 5, 6, GAP, 9]);
	});

	it('names a later page in its title, and the first by the listing’s name alone', () => {
		expect(pageTitle('Papers', { currentPage: 1, lastPage: 3 })).toBe('Papers');
		expect(pageTitle('Papers', { currentPage: 2, lastPage: 3 })).toBe('Papers, page 2 of 3');
	});

	it('tells a page number from an entry’s name', () => {
		expect(['2', '31'].map(isPageNumber)).toEqual([true, true]);
		expect(['0', '02', '2a', 'shared-care-records', ''].map(isPageNumber)).toEqual([false, false, false, false, false]);
	});
});

describe('a filtered search', () => {
	it('is the search page with the filters as the search page reads them back', () => {
		const href = searchHref({ type: ['paper'], session: ['Opening plenary: why & how?'] });
		expect(href.startsWith(PAGES.search)).toBe(true);
		const state = stateFromParams(new URL(href, 'https://site.invalid').searchParams);
		expect(state.query).toBe('');
		expect(state.filters.type).toEqual(['paper']);
		expect(state.filters.session).toEqual(['Opening plenary: why & how?']);
	});
});
