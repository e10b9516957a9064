import { describe, expect, it } from 'vitest';
import { SEARCH_IN_WORKER_FROM, type PagefindModule, type PagefindOptions } from '../../src/client/search/pagefind-api';
import { startPagefind } from '../../src/client/search/sectioned-search';
import { SITE_SECTION, symposiumSection, type SearchSections } from '../../src/lib/search/sections';

/**
 * Where the search page runs Pagefind (src/client/search/sectioned-search.ts): on the page itself while the sections a
 * search loads are small, in Pagefind's worker once they are large. Pagefind itself is a fake that notes what it was
 * asked, so each case reads as the instances started and the sections merged into each.
 */

interface Started {
	basePath: string | undefined;
	noWorker: boolean | undefined;
	merged: string[];
	searches: number;
}

function fakePagefind(): { module: PagefindModule; started: Started[] } {
	const started: Started[] = [];
	const module: PagefindModule = {
		createInstance(options: PagefindOptions) {
			const instance: Started = { basePath: options.basePath, noWorker: options.noWorker, merged: [], searches: 0 };
			started.push(instance);
			return {
				mergeIndex: async (path) => void instance.merged.push(path),
				filters: async () => ({}),
				search: async () => {
					instance.searches += 1;
					return { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {} };
				},
			};
		},
	};
	return { module, started };
}

const small = Math.floor(SEARCH_IN_WORKER_FROM / 4);

/** A series of three symposia and the site's section, with these many pages in each symposium's. */
function series(pages: [number, number, number]): SearchSections {
	const ids = ['s2029', 's2031', 's2033'];
	return {
		site: SITE_SECTION,
		symposia: Object.fromEntries(ids.map((id) => [`Symposium ${id}`, symposiumSection(id)])),
		pages: { ...Object.fromEntries(ids.map((id, n) => [symposiumSection(id), pages[n]!])), [SITE_SECTION]: small },
	};
}

describe('startPagefind', () => {
	it("searches a small symposium's section on the page itself, loading no other section", async () => {
		const { module, started } = fakePagefind();
		const pagefind = startPagefind(module, series([small, small, small]), ['Symposium s2031']);
		await pagefind.search('care');
		expect(started).toEqual([{ basePath: symposiumSection('s2031'), noWorker: true, merged: [], searches: 1 }]);
	});

	it("searches a large symposium's section in the worker", () => {
		const { module, started } = fakePagefind();
		startPagefind(module, series([small, SEARCH_IN_WORKER_FROM, small]), ['Symposium s2031']);
		expect(started.map(({ noWorker }) => noWorker)).toEqual([false]);
	});

	it('starts a search of every symposium in the worker when together they are large, though each is small', async () => {
		const { module, started } = fakePagefind();
		const pagefind = startPagefind(module, series([small, small, small]), []);
		await pagefind.cover([]);
		expect(started).toEqual([
			{ basePath: symposiumSection('s2029'), noWorker: false, merged: [symposiumSection('s2031'), symposiumSection('s2033'), SITE_SECTION], searches: 0 },
		]);
	});

	it('starts again in the worker when a search widens past the size that needs it, and searches there from then on', async () => {
		const { module, started } = fakePagefind();
		const pagefind = startPagefind(module, series([small, small, small]), ['Symposium s2031']);
		await pagefind.search('care');
		expect(await pagefind.cover([])).toBe(true);
		await pagefind.search('care');
		expect(started.map(({ noWorker, merged }) => ({ noWorker, merged }))).toEqual([
			{ noWorker: true, merged: [] },
			{ noWorker: false, merged: [symposiumSection('s2029'), symposiumSection('s2033'), SITE_SECTION] },
		]);
		expect(started[0]!.basePath).toBe(started[1]!.basePath);
		// One search on the page before widening; after it, the words are looked up in each section, then searched.
		expect(started[0]!.searches).toBe(1);
		expect(started[1]!.searches).toBeGreaterThan(0);
	});

	it('merges the other sections into the search on the page when together they are still small', async () => {
		const { module, started } = fakePagefind();
		const pagefind = startPagefind(module, series([1, 1, 1]), ['Symposium s2031']);
		await pagefind.cover([]);
		expect(started).toEqual([
			{ basePath: symposiumSection('s2031'), noWorker: true, merged: [symposiumSection('s2029'), symposiumSection('s2033'), SITE_SECTION], searches: 0 },
		]);
	});
});
