import type { FilterCounts, Pagefind, PagefindModule, PagefindResult } from './pagefind-api';
import { startPagefind } from './sectioned-search';
import { FACET_LABELS, FACETS, facetValueLabel, type Facet } from '../../lib/search/facets';
import { renderFacets, resultItem } from './results-view';
import { correctQuery, mayBeMisspelt } from './spelling';
import { searchVariants, type FoundPages } from './variant-search';
import { queryVariants } from '../../lib/search/query-variants';
import { SEARCH_FOLDER, type SearchSections } from '../../lib/search/sections';
import { hasFilters, pagefindFilters, pagefindSort, paramsFromState, stateFromParams, type SearchState } from '../../lib/search/url-state';

/** Results drawn before the count is announced: a screenful, so the first paint waits for five fragments, not ten. */
const FIRST_RESULTS = 5;
/** Results each "Show more results" adds. */
const RESULTS_AT_A_TIME = 10;
/**
 * Below this many results a query may be misspelt and its results weak: Pagefind falls back to
 * matching a word's start ("partnrship" finds "part"), so a slip rarely gives none at all.
 */
const FEW_RESULTS = 3;
const TYPING_PAUSE_MS = 120;
/** A pause this long after the results appear means the reader has read them: the next words are a new search. */
const READING_PAUSE_MS = 1000;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
/** Whether the site holds several symposia: each result then names its own. */
const series = form.dataset.series !== undefined;
/** Each symposium's section of the index, by its name in the Symposium filter (src/lib/search/sections.ts). */
const sections = JSON.parse(form.dataset.sections ?? '{"symposia":{},"pages":{}}') as SearchSections;
/** The search vocabulary's groups of synonyms, which each search expands (query-variants.ts). */
const synonyms = JSON.parse(form.dataset.synonyms ?? '[]') as string[][];
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const filtersPanel = document.querySelector<HTMLDetailsElement>('#filters')!;
const facetsContainer = document.querySelector<HTMLElement>('#facets')!;
const statusRegion = document.querySelector<HTMLElement>('#search-status')!;
/** Offered while the search is within one symposium (the header's search on its pages starts there). */
const widen = document.querySelector<HTMLElement>('#widen')!;
const resultsList = document.querySelector<HTMLOListElement>('#results')!;
const moreButton = document.querySelector<HTMLButtonElement>('#more-results')!;
const loosen = document.querySelector<HTMLElement>('#loosen')!;
/** Shown when the results are for a corrected spelling: says so, and links to the query as typed. */
const corrected = document.querySelector<HTMLElement>('#corrected')!;
const correctedQuery = corrected.querySelector('strong')!;
const asTypedLink = corrected.querySelector('a')!;

let pagefind: Pagefind;
/** Settles once Pagefind has loaded; searches wait for it. */
let ready: Promise<void>;
/**
 * Every facet's values. Loading them loads every facet's filter index and makes each later search count every
 * facet, which the first results do not need: so they load once those are drawn, or when the panel is opened.
 */
let facetValues: Promise<FilterCounts> | undefined;
let allValues: FilterCounts | undefined;
/** The words the results on screen were found for: the query, or the spelling it was corrected to. */
let shownQuery = '';
let state = stateFromParams(new URLSearchParams(location.search));
let pending: PagefindResult[] = [];
let generation = 0;
let vocabulary: Promise<string[]> | undefined;
/**
 * True while the reader is typing one query: its first pause adds a history entry and
 * later pauses only update it, so Back returns to the search before, not to each letter.
 */
let typingQuery = false;
let typing: ReturnType<typeof setTimeout> | undefined;
let reading: ReturnType<typeof setTimeout> | undefined;

/** Fetched the first time a query finds little that may be misspelt, to correct it. */
function loadVocabulary(): Promise<string[]> {
	vocabulary ??= fetch('/search/vocabulary.json')
		.then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
		.catch(() => []);
	return vocabulary;
}

function stateFromForm(): SearchState {
	return stateFromParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

function syncForm() {
	input.value = state.query;
	sortSelect.value = state.sort;
}

const addressOf = (of: SearchState) => {
	const query = paramsFromState(of).toString();
	return `${location.pathname}${query ? `?${query}` : ''}`;
};

function updateUrl(mode: 'push' | 'replace') {
	const url = addressOf(state);
	if (url === `${location.pathname}${location.search}`) return;
	history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
}

/** Draws the next results in order, each as soon as its fragment (and those of the results above it) has arrived. */
async function showMore(count: number, current = generation) {
	const batch = pending.splice(0, count).map((result) => result.data());
	// At once, not after the fragments: the button must not offer, while they arrive, results already taken.
	moreButton.hidden = pending.length === 0;
	for (const fragment of batch) {
		const data = await fragment;
		if (current !== generation) return;
		resultsList.append(resultItem(data, { series }));
	}
}

/** Fetches the next results' fragments once the reader scrolls to "Show more results", so pressing it draws them at once. */
const prefetchMore = new IntersectionObserver((entries) => {
	if (entries.some((entry) => entry.isIntersecting)) for (const result of pending.slice(0, RESULTS_AT_A_TIME)) void result.data();
});

/** The pages a query finds, with every synonym of its words (none: every page), filtered and sorted as the state says. */
function find(query: string, filters = pagefindFilters(state.filters)): Promise<FoundPages | null> {
	const sort = pagefindSort(state.sort);
	const options = sort ? { filters, sort } : { filters };
	return query ? searchVariants(pagefind, queryVariants(query, synonyms), options) : pagefind.search(null, options);
}

/**
 * OR within a facet: each value's count is counted without the facet's own selection
 * (the other facets still apply), so ticking one value never hides or zeroes the others.
 */
async function facetCounts(query: string, search: FoundPages): Promise<FilterCounts> {
	const counts = { ...search.filters };
	const selected = FACETS.filter((facet) => state.filters[facet].length > 0);
	const others = await Promise.all(selected.map((facet) => find(query, pagefindFilters(state.filters, facet))));
	selected.forEach((facet, index) => {
		counts[facet] = others[index]?.filters[facet] ?? {};
	});
	return counts;
}

/**
 * Draws the facets with their counts for the results on screen. The first time, only while the panel is open;
 * `search` is the one that found those results, when it ran with every facet's index loaded.
 */
async function drawFacets(current: number, search?: FoundPages) {
	if (!allValues && !filtersPanel.open) return;
	// Said until they are drawn; a later run that overtakes this one draws them in turn.
	facetsContainer.ariaBusy = 'true';
	facetValues ??= pagefind.filters();
	const values = await facetValues;
	if (current !== generation) return;
	let counts = values;
	if (shownQuery || hasFilters(state)) {
		const counted = search ?? (await find(shownQuery));
		if (!counted || current !== generation) return;
		counts = await facetCounts(shownQuery, counted);
		if (current !== generation) return;
	}
	allValues = values;
	renderFacets(facetsContainer, values, counts, state);
	facetsContainer.ariaBusy = null;
}

/**
 * The query corrected, when it looks misspelt and finds little: Pagefind matched none of its
 * words as typed (it marks "part" for "partnrship"), and the closest known words find as much or more.
 */
async function correction(query: string, search: FoundPages): Promise<{ query: string; search: FoundPages } | undefined> {
	if (state.asTyped || search.results.length >= FEW_RESULTS) return undefined;
	const excerpts = await Promise.all(search.results.map(async (result) => (await result.data()).excerpt));
	const marked = excerpts.flatMap((excerpt) => [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((mark) => mark[1]!));
	if (!mayBeMisspelt(query, marked)) return undefined;
	const suggestion = correctQuery(query, await loadVocabulary());
	const found = suggestion ? await find(suggestion) : undefined;
	return found && found.results.length > 0 && found.results.length >= search.results.length ? { query: suggestion!, search: found } : undefined;
}

function describe(count: number, query = state.query): string {
	const words = count === 0 ? 'No results' : count === 1 ? '1 result' : `${count} results`;
	const quoted = query ? ` for “${query}”` : '';
	const active = FACETS.flatMap((facet) => state.filters[facet].map((value) => facetValueLabel(facet, value)));
	return `${words}${quoted}${active.length > 0 ? `, filtered by ${active.join(', ')}` : ''}.`;
}

function offerToLoosen() {
	const buttons = FACETS.flatMap((facet) =>
		state.filters[facet].map((value) => {
			const button = document.createElement('button');
			button.type = 'button';
			button.textContent = `Remove filter: ${FACET_LABELS[facet]} ${facetValueLabel(facet, value)}`;
			button.addEventListener('click', () => removeFilter(facet, value));
			return button;
		}),
	);
	const advice = document.createElement('p');
	advice.textContent = buttons.length > 0 ? 'Try removing a filter:' : 'Check the spelling, or try fewer or different words.';
	loosen.replaceChildren(advice, ...buttons);
	loosen.hidden = false;
}

/** A change that is not typing (a filter, the sort, Enter, Back) ends the query being typed. */
function endTyping() {
	clearTimeout(typing);
	clearTimeout(reading);
	typingQuery = false;
}

/** Removes one value of a facet, or with none given, the whole facet ("Search all symposia"). */
function removeFilter(facet: Facet, value?: string) {
	endTyping();
	state = { ...state, filters: { ...state.filters, [facet]: value === undefined ? [] : state.filters[facet].filter((v) => v !== value) } };
	updateUrl('push');
	// The button that had focus is about to go; keep the reader in the search box.
	input.focus();
	void run();
}

async function run() {
	const current = ++generation;
	await ready;
	// A search wider than the symposium it started in loads the other sections first, whose values the facets then add.
	if (await pagefind.cover(state.filters.symposium)) facetValues = undefined;
	if (current !== generation) return;
	loosen.hidden = true;
	corrected.hidden = true;
	if (!state.query && !hasFilters(state)) {
		shownQuery = '';
		pending = [];
		resultsList.replaceChildren();
		moreButton.hidden = true;
		statusRegion.textContent = 'Type a word or choose a filter to search papers, key messages, commentary, people and the programme.';
		// With nothing searched, the facets are what there is to browse by.
		await drawFacets(current);
		return;
	}
	// Searches from now on count every facet once their indexes have loaded.
	const countsEveryFacet = allValues !== undefined;
	let query = state.query;
	let search = await find(query);
	if (!search || current !== generation) return;
	let status = describe(search.results.length);
	const better = query ? await correction(query, search) : undefined;
	if (current !== generation) return;
	if (better) {
		status = `${status} Showing ${describe(better.search.results.length, better.query).replace(/\.$/, '')} instead.`;
		({ query, search } = better);
		correctedQuery.textContent = query;
		asTypedLink.textContent = `Search instead for ${state.query}`;
		asTypedLink.href = addressOf({ ...state, asTyped: true });
	}
	shownQuery = query;
	// Facets already on screen are redrawn before the count is announced, so their counts never lag behind it.
	if (countsEveryFacet) await drawFacets(current, search);
	if (current !== generation) return;
	pending = [...search.results];
	resultsList.replaceChildren();
	await showMore(FIRST_RESULTS, current);
	if (current !== generation) return;
	statusRegion.textContent = status;
	corrected.hidden = !better;
	widen.hidden = state.filters.symposium.length === 0 || search.results.length === 0;
	if (search.results.length === 0) offerToLoosen();
	// After the results are painted: the facets' indexes would otherwise share the network and the frame with them.
	if (!countsEveryFacet) requestAnimationFrame(() => setTimeout(() => void drawFacets(current)));
}

/** Arrow keys move between result links; Escape goes back to the search box. */
function onKeydown(event: KeyboardEvent) {
	const links = [...resultsList.querySelectorAll<HTMLAnchorElement>('a.result-link')];
	const index = links.indexOf(document.activeElement as HTMLAnchorElement);
	if (event.key === 'ArrowDown' && (document.activeElement === input || index >= 0)) {
		links[Math.min(index + 1, links.length - 1)]?.focus();
		event.preventDefault();
	} else if (event.key === 'ArrowUp' && index >= 0) {
		(index === 0 ? input : links[index - 1])?.focus();
		event.preventDefault();
	} else if (event.key === 'Escape' && index >= 0) {
		input.focus();
	}
}

async function showIndexAge() {
	if (!import.meta.env.DEV) return;
	const notice = document.querySelector<HTMLElement>('#index-notice')!;
	const response = await fetch('/pagefind/built.json').catch(() => undefined);
	const built = response?.ok ? ((await response.json()) as { builtAt: string }) : undefined;
	notice.textContent = built
		? `Dev server: searching the index from the last build, ${new Date(built.builtAt).toLocaleString('en-GB')}. Run npm run build to refresh it.`
		: 'Dev server: there is no search index yet. Run npm run build once, then reload this page.';
	notice.hidden = false;
}

function start() {
	// On a phone the filters would push the results off the screen: start them folded.
	if (matchMedia('(max-width: 48rem)').matches) filtersPanel.open = false;
	syncForm();
	void showIndexAge();
	// Listen from the start: what the reader types while Pagefind loads is searched once it has.
	// Pagefind's own script, from the built site: its URL is made at run time, so the bundler leaves it alone.
	const script = new URL(`${SEARCH_FOLDER}pagefind.js`, location.href).href;
	ready = (import(/* @vite-ignore */ script) as Promise<PagefindModule>).then(
		(module) => {
			pagefind = startPagefind(module, sections, state.filters.symposium);
		},
		(error: unknown) => {
			statusRegion.textContent = 'Search could not be loaded. Please reload the page, or browse the papers and key messages instead.';
			throw error;
		},
	);
	input.addEventListener('input', () => {
		clearTimeout(typing);
		clearTimeout(reading);
		typing = setTimeout(() => {
			state = { ...state, query: input.value.trim(), asTyped: false };
			updateUrl(typingQuery ? 'replace' : 'push');
			typingQuery = true;
			reading = setTimeout(endTyping, READING_PAUSE_MS);
			void run();
		}, TYPING_PAUSE_MS);
	});
	form.addEventListener('change', (event) => {
		if (event.target === input) return;
		endTyping();
		// The sort can change before the filters are drawn: then keep the filters from the address.
		state = event.target === sortSelect ? { ...state, sort: stateFromForm().sort } : stateFromForm();
		updateUrl('push');
		void run();
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		endTyping();
		// Enter sends the words; the filters are already in the state, drawn or not.
		state = { ...state, query: input.value.trim(), asTyped: false };
		updateUrl('push');
		void run();
	});
	window.addEventListener('popstate', () => {
		endTyping();
		state = stateFromParams(new URLSearchParams(location.search));
		syncForm();
		void run();
	});
	moreButton.addEventListener('click', () => void showMore(RESULTS_AT_A_TIME));
	widen.querySelector('button')!.addEventListener('click', () => removeFilter('symposium'));
	prefetchMore.observe(moreButton);
	filtersPanel.addEventListener('toggle', () => {
		if (filtersPanel.open && !allValues) void ready.then(() => drawFacets(generation));
	});
	asTypedLink.addEventListener('click', (event) => {
		event.preventDefault();
		endTyping();
		state = { ...state, asTyped: true };
		updateUrl('push');
		input.focus();
		void run();
	});
	document.addEventListener('keydown', onKeydown);
	void run();
}

start();
