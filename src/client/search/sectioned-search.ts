import { DATES_FILE, PAGE_FILTERS_FILE, type PageFilters, type SearchSections } from '../../lib/search/sections';
import { lookupPrefix, shardPath, type PrefixShard } from '../../lib/search/word-prefixes';
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

/** Fetches a JSON file of the index once, however often it is asked for; a file that cannot be had reads as `fallback`. */
function fetchedOnce<T>(fallback: T): (path: string) => Promise<T> {
	const files = new Map<string, Promise<T>>();
	return (path) => {
		if (!files.has(path)) {
			const read = fetch(path).then((response) => (response.ok ? (response.json() as Promise<T>) : fallback));
			files.set(
				path,
				read.catch(() => fallback),
			);
		}
		return files.get(path)!;
	};
}

/** The sections whose words begin as each of a query's rarer words does (src/lib/search/word-prefixes.ts), fetching the table's files as needed. */
function prefixTable(): (term: string, among: readonly string[]) => Promise<string[]> {
	const shard = fetchedOnce<PrefixShard | undefined>(undefined);
	return async (term, among) => {
		const prefixes = term
			.split(/[\s"]+/)
			.map(lookupPrefix)
			.filter((prefix) => prefix !== undefined);
		const holding = await Promise.all(
			prefixes.map(async (prefix) => {
				const table = await shard(shardPath(prefix));
				return table?.prefixes[prefix]?.map((place) => table.sections[place]!);
			}),
		);
		// A prefix no section holds is a word no index knows (misspelt, say), which Pagefind matches by a shorter word in any section.
		const known = holding.filter((folders): folders is string[] => folders !== undefined && folders.length > 0);
		return among.filter((section) => known.every((folders) => folders.includes(section)));
	};
}

/**
 * Starts Pagefind (its module, /pagefind/pagefind.js, as the search page loaded it) on the sections of the index
 * (src/lib/search/sections.ts) that a search spans: one symposium's, or every section. Of every section, a query loads
 * only those that the table of word prefixes says can match it; the facets, which list every value, load them all.
 * Pagefind searches on the page itself while the sections loaded are small, and starts again in its worker once they
 * are large (pagefind-api.ts), so that a first search of a small symposium never fetches the worker.
 */
export function startPagefind(pagefind: PagefindModule, sections: SearchSections, symposia: readonly string[]): Pagefind {
	const every = [...Object.values(sections.symposia), ...(sections.site ? [sections.site] : [])];
	const needed = (of: readonly string[]) => {
		const own = of.length === 1 ? sections.symposia[of[0]!] : undefined;
		return own ? [own] : every;
	};
	let spanned = needed(symposia);
	const pagesIn = (folders: Iterable<string>) => [...folders].reduce((count, folder) => count + (sections.pages[folder] ?? 0), 0);
	const sectionOptions = (section: string) => ({ ...RESULT_OPTIONS, mergeFilter: { [SECTION_FILTER]: section } });
	const sectionsMatching = prefixTable();
	const loading = new Map<string, Promise<void>>();
	let instance: PagefindInstance | undefined;
	/** The section Pagefind started with, whose wasm and worker it uses. */
	let primary: string | undefined;
	let inWorker = false;
	/** How many pages of each section hold a word as it is (Pagefind's exact search), kept while the sections loaded stay the same. */
	const sectionsWith = new Map<string, Promise<Record<string, number>>>();
	/** Loads these sections too; Pagefind starts (again, in its worker) when it has not, or when they make it large. */
	const load = (folders: readonly string[]) => {
		const added = folders.filter((folder) => !loading.has(folder));
		if (added.length === 0) return;
		sectionsWith.clear();
		const all = [...loading.keys(), ...added];
		// A search on the page that is replaced is left to the garbage collector rather than destroyed: a search begun before may still ask it.
		if (!instance || (!inWorker && pagesIn(all) >= SEARCH_IN_WORKER_FROM)) {
			primary = all[0]!;
			inWorker = pagesIn(all) >= SEARCH_IN_WORKER_FROM;
			const started = pagefind.createInstance({ ...sectionOptions(primary), basePath: primary, noWorker: !inWorker });
			instance = started;
			loading.clear();
			for (const folder of all) loading.set(folder, folder === primary ? Promise.resolve() : started.mergeIndex(folder, sectionOptions(folder)));
		} else for (const folder of added) loading.set(folder, instance.mergeIndex(folder, sectionOptions(folder)));
	};
	// A search of one symposium loads its section at once; a wider one waits for its first query, which says which it needs.
	if (spanned.length === 1) load(spanned);
	const loaded = () => Promise.all(loading.values());
	/** One of each section's files (sections.ts), fetched once, read as the entries of every section loaded so far. */
	const fromEachSection = <T>(file: string) => {
		const read = fetchedOnce<Record<string, T>>({});
		return async () => Object.assign({}, ...(await Promise.all([...loading.keys()].map((section) => read(`${section}${file}`))))) as Record<string, T>;
	};
	const allDates = fromEachSection<string>(DATES_FILE);
	const sectionCounts = async (word: string) => (await instance!.search(`"${word}"`))?.totalFilters[SECTION_FILTER] ?? {};
	/**
	 * Pagefind searches each index by itself: a word an index lacks is dropped from the query there, or matched by the
	 * longest word it holds that the word begins with ("zor" for "zorvellish"). So a query is searched, as one index
	 * would search it, only in the sections that hold every one of its words that any section holds. A word no section
	 * holds as it is (half typed, or misspelt) is left to Pagefind in every section.
	 */
	const sectionsWithEvery = async (term: string, among: readonly string[]): Promise<string[]> => {
		const words = term.replaceAll('"', ' ').split(/\s+/).filter(Boolean);
		if (among.length < 2) return [...among];
		const counts = await Promise.all(words.map((word) => (sectionsWith.get(word) ?? sectionsWith.set(word, sectionCounts(word)).get(word))!));
		const known = counts.filter((count) => Object.values(count).some((pages) => pages > 0));
		return among.filter((section) => known.every((count) => (count[section] ?? 0) > 0));
	};
	return {
		async filters() {
			load(spanned);
			await loaded();
			return instance!.filters();
		},
		async search(term, options = {}) {
			// Within one symposium, every section loaded stays in play: the Symposium filter narrows the search, and keeps the
			// pages of other sections that belong to it too (an edition of several symposia).
			const candidates = spanned.length > 1 ? (term ? await sectionsMatching(term, spanned) : spanned) : [...new Set([...spanned, ...loading.keys()])];
			if (candidates.length === 0) return NOTHING_FOUND;
			load(candidates);
			await loaded();
			const within = term ? await sectionsWithEvery(term, candidates) : candidates;
			if (within.length === 0) return NOTHING_FOUND;
			const { symposium, ...others } = options.filters ?? {};
			// Within one symposium's section alone, every page is that symposium's: Pagefind need not load its filter.
			const ownSymposium = loading.size === 1 && symposium?.any.length === 1 && sections.symposia[symposium.any[0]!] === primary;
			const narrowed = ownSymposium ? others : options.filters;
			const filters = within.length < loading.size ? { ...narrowed, [SECTION_FILTER]: { any: within } } : narrowed;
			const search = await instance!.search(term, filters ? { ...options, filters } : options);
			return search && loading.size > 1 && options.sort ? sortedAcross(search, options, allDates()) : search;
		},
		pageFilters: fromEachSection<PageFilters>(PAGE_FILTERS_FILE),
		async cover(of) {
			const wider = needed(of).some((section) => !spanned.includes(section));
			spanned = needed(of);
			if (spanned.length === 1) load(spanned);
			await loaded();
			return wider;
		},
	};
}
