import { DATES_FILE, type SearchSections } from '../../lib/search/sections';
import { SEARCH_IN_WORKER_FROM, type Pagefind, type PagefindInstance, type PagefindModule, type PagefindSearch, type SearchOptions } from './pagefind-api';

/** Result options every section is searched with: Pagefind applies a section's options to that section alone. */
const RESULT_OPTIONS = { excerptLength: 28, highlightParam: 'highlight' };

/** A filter every page of a section has, with the section's folder as its value (Pagefind's mergeFilter): no page shows it. */
const SECTION_FILTER = 'section';

const NOTHING_FOUND: PagefindSearch = { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {} };

/**
 * Pagefind sorts each section by itself and orders merged results by score, which for a sorted search is each page's
 * place within its own section: so across sections, results are put in order by the dates the build listed.
 */
async function sortedAcross(search: PagefindSearch, options: SearchOptions, dates: Promise<Record<string, string>>): Promise<PagefindSearch> {
	const [key, direction] = Object.entries(options.sort ?? {})[0] ?? [];
	if (key !== 'date') return search;
	const dateOf = await dates;
	const order = direction === 'asc' ? 1 : -1;
	const results = search.results.toSorted((a, b) => order * (dateOf[a.id] ?? '').localeCompare(dateOf[b.id] ?? ''));
	return { ...search, results };
}

/**
 * Starts Pagefind (its module, /pagefind/pagefind.js, as the search page loaded it) with the section the search starts
 * in (src/lib/search/sections.ts), and merges the others as a search widens. It searches on the page itself while the
 * sections it will load are small, and in its worker once they are large (pagefind-api.ts): a search that widens past
 * that size starts again in the worker, so that a first search within a small symposium never fetches it.
 */
export function startPagefind(pagefind: PagefindModule, sections: SearchSections, symposia: readonly string[]): Pagefind {
	const every = [...Object.values(sections.symposia), ...(sections.site ? [sections.site] : [])];
	const needed = (of: readonly string[]) => {
		const own = of.length === 1 ? sections.symposia[of[0]!] : undefined;
		return own ? [own] : every;
	};
	const [first] = needed(symposia);
	const pagesIn = (folders: Iterable<string>) => [...folders].reduce((count, folder) => count + (sections.pages[folder] ?? 0), 0);
	const sectionOptions = (section: string) => ({ ...RESULT_OPTIONS, mergeFilter: { [SECTION_FILTER]: section } });
	const loading = new Map<string, Promise<void>>();
	let instance: PagefindInstance;
	let inWorker = false;
	/** Starts a search over these sections, the first of them first, in the worker when `pages` need it. */
	const start = (folders: string[], pages: number) => {
		inWorker = pages >= SEARCH_IN_WORKER_FROM;
		instance = pagefind.createInstance({ ...sectionOptions(first!), basePath: first!, noWorker: !inWorker });
		loading.clear();
		for (const folder of folders) loading.set(folder, folder === first ? Promise.resolve() : instance.mergeIndex(folder, sectionOptions(folder)));
	};
	start([first!], pagesIn(needed(symposia)));
	const dates = new Map<string, Promise<Record<string, string>>>();
	const datesOf = (section: string) => {
		if (!dates.has(section)) {
			const response = fetch(`${section}${DATES_FILE}`).then((response) => (response.ok ? (response.json() as Promise<Record<string, string>>) : {}));
			dates.set(
				section,
				response.catch(() => ({})),
			);
		}
		return dates.get(section)!;
	};
	const allDates = async () => Object.assign({}, ...(await Promise.all([...loading.keys()].map(datesOf)))) as Record<string, string>;
	const loaded = () => Promise.all(loading.values());
	/** How many pages of each section hold a word as it is (Pagefind's exact search), kept while the sections loaded stay the same. */
	const sectionsWith = new Map<string, Promise<Record<string, number>>>();
	const sectionCounts = async (word: string) => (await instance.search(`"${word}"`))?.totalFilters[SECTION_FILTER] ?? {};
	/**
	 * Pagefind searches each index by itself: a word an index lacks is dropped from the query there, or matched by the
	 * longest word it holds that the word begins with ("zor" for "zorvellish"). So a query is searched, as one index
	 * would search it, only in the sections that hold every one of its words that any section holds. A word no section
	 * holds as it is (half typed, or misspelt) is left to Pagefind in every section.
	 */
	const sectionsWithEvery = async (term: string): Promise<string[] | undefined> => {
		const words = term.replaceAll('"', ' ').split(/\s+/).filter(Boolean);
		if (loading.size < 2) return undefined;
		const counts = await Promise.all(words.map((word) => (sectionsWith.get(word) ?? sectionsWith.set(word, sectionCounts(word)).get(word))!));
		const known = counts.filter((count) => Object.values(count).some((pages) => pages > 0));
		if (known.length === 0) return undefined;
		return [...loading.keys()].filter((section) => known.every((count) => (count[section] ?? 0) > 0));
	};
	return {
		async filters() {
			await loaded();
			return instance.filters();
		},
		async search(term, options = {}) {
			await loaded();
			const within = term ? await sectionsWithEvery(term) : undefined;
			if (within?.length === 0) return NOTHING_FOUND;
			const { symposium, ...others } = options.filters ?? {};
			// Within one symposium's section alone, every page is that symposium's: Pagefind need not load its filter.
			const ownSymposium = loading.size === 1 && symposium?.any.length === 1 && sections.symposia[symposium.any[0]!] === first;
			const narrowed = ownSymposium ? others : options.filters;
			const filters = within ? { ...narrowed, [SECTION_FILTER]: { any: within } } : narrowed;
			const search = await instance.search(term, filters ? { ...options, filters } : options);
			return search && loading.size > 1 && options.sort ? sortedAcross(search, options, allDates()) : search;
		},
		async cover(of) {
			const added = needed(of).filter((section) => !loading.has(section));
			if (added.length > 0) sectionsWith.clear();
			const all = [...loading.keys(), ...added];
			// The search on the page is left to the garbage collector rather than destroyed, as a search begun before may still ask it.
			if (added.length > 0 && !inWorker && pagesIn(all) >= SEARCH_IN_WORKER_FROM) start(all, pagesIn(all));
			else for (const section of added) loading.set(section, instance.mergeIndex(section, sectionOptions(section)));
			await loaded();
			return added.length > 0;
		},
	};
}
