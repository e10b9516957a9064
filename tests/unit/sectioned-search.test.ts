import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SEARCH_IN_WORKER_FROM, type PagefindModule, type PagefindOptions } from '../../src/client/search/pagefind-api';
import { startPagefind } from '../../src/client/search/sectioned-search';
import { SITE_SECTION, symposiumSection, type SearchSections } from '../../src/lib/search/sections';
import { PREFIXES_FOLDER, type PrefixShard } from '../../src/lib/search/word-prefixes';

/**
 * Which sections of the index the search page loads (src/client/search/sectioned-search.ts), and where it runs
 * Pagefind: on the page itself while the sections loaded are small, in Pagefind's worker once they are large.
 * Pagefind itself is a fake that notes what it was asked, so each case reads as the instances started and the sections
 * merged into each; the table of word prefixes is served from memory.
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
const [s2029, s2031, s2033] = ['s2029', 's2031', 's2033'].map(symposiumSection) as [string, string, string];

/** A series of three symposia and the site's section, with these many pages in each symposium's. */
function series(pages: [number, number, number]): SearchSections {
	return {
		site: SITE_SECTION,
		symposia: { 'Symposium 2029': s2029, 'Symposium 2031': s2031, 'Symposium 2033': s2033 },
		pages: { [s2029]: pages[0], [s2031]: pages[1], [s2033]: pages[2], [SITE_SECTION]: small },
	};
}

/** The table of word prefixes: "zorv" only in 2033's section, "part" in every section. */
const TABLE: Record<string, PrefixShard> = {
	[`${PREFIXES_FOLDER}zo.json`]: { sections: [s2033], prefixes: { zorv: [0] } },
	[`${PREFIXES_FOLDER}pa.json`]: { sections: [s2029, s2031, s2033, SITE_SECTION], prefixes: { part: [0, 1, 2, 3] } },
};
/** Other files of the index that a case serves. */
const files = new Map<string, unknown>();
const fetched: string[] = [];

beforeEach(() => {
	fetched.length = 0;
	vi.stubGlobal('fetch', async (path: string) => {
		fetched.push(path);
		const file = TABLE[path] ?? files.get(path);
		return file ? new Response(JSON.stringify(file)) : new Response('', { status: 404 });
	});
});
afterEach(() => {
	vi.unstubAllGlobals();
	files.clear();
});

const instances = (started: Started[]) => started.map(({ basePath, noWorker, merged }) => ({ basePath, noWorker, merged }));

describe('startPagefind', () => {
	it("searches a small symposium's section on the page itself, loading no other section", async () => {
		const { module, started } = fakePagefind();
		const pagefind = startPagefind(module, series([small, small, small]), ['Symposium 2031']);
		await pagefind.search('zorvellish');
		expect(started).toEqual([{ basePath: s2031, noWorker: true, merged: [], searches: 1 }]);
		expect(fetched).toEqual([]);
	});

	it("searches a large symposium's section in the worker", () => {
		const { module, started } = fakePagefind();
		startPagefind(module, series([small, SEARCH_IN_WORKER_FROM, small]), ['Symposium 2031']);
		expect(instances(started)).toEqual([{ basePath: s2031, noWorker: false, merged: [] }]);
	});

	it('loads, for a search of every symposium, only the sections holding words that begin as its rarer word does', async () => {
		const { module, started } = fakePagefind();
		const pagefind = startPagefind(module, series([small, small, small]), []);
		expect(started).toEqual([]);
		await pagefind.search('Zorvellish');
		expect(fetched).toEqual([`${PREFIXES_FOLDER}zo.json`]);
		expect(instances(started)).toEqual([{ basePath: s2033, noWorker: true, merged: [] }]);
	});

	it('leaves every section in play for a word the table has no section for, and for short words, in the worker once they are large', async () => {
		for (const query of ['zorbling', 'quilted', 'care']) {
			const { module, started } = fakePagefind();
			await startPagefind(module, series([small, small, small]), []).search(query);
			expect(instances(started), query).toEqual([{ basePath: s2029, noWorker: false, merged: [s2031, s2033, SITE_SECTION] }]);
		}
	});

	it('loads every section of a wide search for the facets, which list every value', async () => {
		const { module, started } = fakePagefind();
		const pagefind = startPagefind(module, series([1, 1, 1]), []);
		await pagefind.search('zorvellish');
		await pagefind.filters();
		expect(instances(started)).toEqual([{ basePath: s2033, noWorker: true, merged: [s2029, s2031, SITE_SECTION] }]);
	});

	it('starts again in the worker when a search widens past the size that needs it, and searches there from then on', async () => {
		const { module, started } = fakePagefind();
		const pagefind = startPagefind(module, series([small, small, small]), ['Symposium 2031']);
		await pagefind.search('partnership');
		expect(await pagefind.cover([])).toBe(true);
		await pagefind.search('partnership');
		expect(instances(started)).toEqual([
			{ basePath: s2031, noWorker: true, merged: [] },
			{ basePath: s2031, noWorker: false, merged: [s2029, s2033, SITE_SECTION] },
		]);
		expect(started[0]!.searches).toBe(1);
		expect(started[1]!.searches).toBeGreaterThan(0);
		expect(await pagefind.cover([])).toBe(false);
	});

	it('merges the other sections into the search on the page when together they are still small', async () => {
		const { module, started } = fakePagefind();
		const pagefind = startPagefind(module, series([1, 1, 1]), ['Symposium 2031']);
		await pagefind.cover([]);
		await pagefind.search('partnership');
		expect(instances(started)).toEqual([{ basePath: s2031, noWorker: true, merged: [s2029, s2033, SITE_SECTION] }]);
	});

	it("reads the filter values of the pages in the sections loaded, each section's file once", async () => {
		const { module } = fakePagefind();
		const pagefind = startPagefind(module, series([small, small, small]), []);
		await pagefind.search('zorvellish');
		files.set(`${s2033}page-filters.json`, { en_z: { theme: ['carers'] } });
		expect(await pagefind.pageFilters()).toEqual({ en_z: { theme: ['carers'] } });
		await pagefind.pageFilters();
		expect(fetched.filter((path) => path.endsWith('page-filters.json'))).toEqual([`${s2033}page-filters.json`]);
	});
});
