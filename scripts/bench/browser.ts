/**
 * What a reader's browser loads and waits for, measured in headless Chromium: a paper
 * page's scripts and styles, and the search page's first and later queries. Byte counts
 * are Chromium's own (what DevTools shows as transferred); times are taken in the page.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from '@playwright/test';
import { median } from './stats.ts';

export interface Transfer {
	url: string;
	type: string;
	/** Bytes on the wire: response headers and the (possibly compressed) body. */
	wire: number;
	/** The file's size in dist/, uncompressed. */
	body: number;
	encoding: string;
	/** When the page asked for it (Date.now(), seen from here: a few ms after the browser did). */
	at: number;
}

export interface Sizes {
	raw: number;
	gzip: number;
}

export interface PaperPage {
	path: string;
	scriptFiles: string[];
	inlineScript: Sizes;
	inlineScripts: number;
	cssFiles: string[];
	css: Sizes;
	inlineStyle: Sizes;
	/** Arriving from a search result (?highlight=…) loads Pagefind's highlighter. */
	highlightScripts: Transfer[];
}

export interface SearchBytes {
	/** Everything under /pagefind/ and /_astro/*.js, from opening the page to the first results. */
	wire: number;
	body: number;
	/** Of which: before the first keystroke (code, WebAssembly, entry, filters). */
	wireBeforeQuery: number;
	files: Transfer[];
	/** The server's Content-Encoding per kind of file, to say what the figures assume. */
	encodings: Record<string, string>;
}

export interface QueryTiming {
	query: string;
	ms: number;
	results: string;
}

export interface SearchRun {
	bytes: SearchBytes;
	cold: QueryTiming;
	warm: QueryTiming[];
	warmMedianMs: number;
	/** /search/?q=…, as the header form sends a reader: navigation start to first result on screen. */
	arrival: QueryTiming;
}

const gzip = (data: Uint8Array | string) => gzipSync(data).length;
const sizes = (text: string): Sizes => ({ raw: Buffer.byteLength(text), gzip: text ? gzip(text) : 0 });

/** Every request a page has made so far, and a wait until its network has been quiet for a while. */
export interface NetworkLog {
	transfers: () => Promise<Transfer[]>;
	/** Resolves once no request of the page has been open for quietMs. */
	settled: (quietMs?: number) => Promise<void>;
}

/**
 * Records every request a page makes, its dedicated workers' included (Pagefind searches
 * in a Web Worker, whose fetches a page-level DevTools session would miss). Sizes come
 * from Chromium's own accounting of the response, as DevTools shows it.
 */
export function recordNetwork(page: Page, dist: string): NetworkLog {
	const pending: Promise<Transfer>[] = [];
	const startedAt = new WeakMap<Request, number>();
	let open = 0;
	let lastChange = Date.now();
	const isOwn = (request: Request) => {
		try {
			return request.frame().page() === page;
		} catch {
			// A request with no frame (a service worker's): not this page's.
			return false;
		}
	};
	const onRequest = (request: Request) => {
		if (!isOwn(request)) return;
		startedAt.set(request, Date.now());
		open += 1;
		lastChange = Date.now();
	};
	const onFailed = (request: Request) => {
		if (!isOwn(request)) return;
		open -= 1;
		lastChange = Date.now();
	};
	const onFinished = (request: Request) => {
		if (!isOwn(request)) return;
		open -= 1;
		lastChange = Date.now();
		const at = startedAt.get(request) ?? Date.now();
		pending.push(
			(async () => {
				const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
				const file = distFile(dist, request.url());
				const onDisk = file ? statSync(file).size : 0;
				const encoding = response?.headers()['content-encoding'] ?? 'identity';
				let wire = sizes.responseBodySize + sizes.responseHeadersSize;
				// Chromium reports no body for a worker's own script; count what the server would send.
				// A 304 (the browser asking whether its copy is still good: yes) has no body to count.
				if (sizes.responseBodySize === 0 && response?.status() !== 304 && onDisk > 0 && file) wire += encoding === 'gzip' ? gzip(readFileSync(file)) : onDisk;
				return { url: request.url(), type: request.resourceType(), wire, body: onDisk, encoding, at };
			})(),
		);
	};
	const context = page.context();
	context.on('request', onRequest);
	context.on('requestfailed', onFailed);
	context.on('requestfinished', onFinished);
	return {
		transfers: async () => Promise.all(pending),
		settled: async (quietMs = 500) => {
			while (open > 0 || Date.now() - lastChange < quietMs) await new Promise((resolve) => setTimeout(resolve, 50));
		},
	};
}

/** The built file behind a URL, for sizes that do not depend on how the server sent it. */
function distFile(dist: string, url: string): string | undefined {
	const { pathname } = new URL(url);
	const path = join(dist, decodeURIComponent(pathname.endsWith('/') ? `${pathname}index.html` : pathname));
	return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

const isSearchCode = (url: string) => {
	const { pathname } = new URL(url);
	return pathname.startsWith('/pagefind/') || (pathname.startsWith('/_astro/') && pathname.endsWith('.js'));
};

export async function measurePaperPage(browser: Browser, base: string, path: string, dist: string): Promise<PaperPage> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const network = recordNetwork(page, dist);
		await page.goto(base + path, { waitUntil: 'load' });
		// Anything deferred (idle callbacks, lazy imports) would show up within this.
		await page.waitForTimeout(1000);
		const inline = await page.evaluate(() => {
			const scripts = [...document.querySelectorAll('script:not([src])')].filter((script) => {
				const type = script.getAttribute('type') ?? '';
				return type === '' || type === 'module' || /javascript/.test(type);
			});
			return {
				scripts: scripts.map((script) => script.textContent ?? ''),
				styles: [...document.querySelectorAll('style')].map((style) => style.textContent ?? ''),
			};
		});
		const transfers = await network.transfers();
		const scriptFiles = transfers.filter((t) => t.type === 'script').map((t) => new URL(t.url).pathname);
		const cssTransfers = transfers.filter((t) => t.type === 'stylesheet');
		let css: Sizes = { raw: 0, gzip: 0 };
		for (const transfer of cssTransfers) {
			const file = distFile(dist, transfer.url);
			const data = file ? readFileSync(file) : Buffer.alloc(0);
			css = { raw: css.raw + data.length, gzip: css.gzip + gzip(data) };
		}

		const highlightPage = await context.newPage();
		const highlightNetwork = recordNetwork(highlightPage, dist);
		await highlightPage.goto(`${base}${path}?highlight=carers`, { waitUntil: 'load' });
		await highlightPage.waitForTimeout(1000);
		const highlightScripts = (await highlightNetwork.transfers()).filter((t) => t.type === 'script');

		return {
			path,
			scriptFiles,
			inlineScript: sizes(inline.scripts.join('')),
			inlineScripts: inline.scripts.length,
			cssFiles: cssTransfers.map((t) => new URL(t.url).pathname),
			css,
			inlineStyle: sizes(inline.styles.join('')),
			highlightScripts,
		};
	} finally {
		await context.close();
	}
}

declare global {
	interface Window {
		__bench: { lastKey: number; shown: number; armed: boolean };
	}
}

/** Notes the last keystroke and the frame after the first result appears in #results. */
async function installTimer(page: Page) {
	await page.evaluate(() => {
		const input = document.querySelector<HTMLInputElement>('#search-query');
		const list = document.querySelector('#results');
		if (!input || !list) throw new Error('The search page has no #search-query or #results.');
		const bench = { lastKey: 0, shown: 0, armed: false };
		window.__bench = bench;
		input.addEventListener('input', () => {
			bench.lastKey = performance.now();
		});
		new MutationObserver(() => {
			if (!bench.armed || !list.querySelector('li')) return;
			bench.armed = false;
			// After the next frame: the result has been laid out and painted.
			requestAnimationFrame(() => setTimeout(() => (bench.shown = performance.now())));
		}).observe(list, { childList: true });
	});
}

async function typeQuery(page: Page, query: string): Promise<QueryTiming> {
	await page.evaluate(() => Object.assign(window.__bench, { shown: 0, armed: true }));
	// All keys in one go: a pause longer than the page's 120 ms typing pause would start
	// a search for half a word.
	await page.keyboard.type(query);
	await page.waitForFunction(() => window.__bench.shown > 0, null, { timeout: 60_000, polling: 50 });
	const ms = await page.evaluate(() => window.__bench.shown - window.__bench.lastKey);
	const results = (await page.textContent('#search-status')) ?? '';
	return { query, ms: Math.round(ms), results: results.trim() };
}

async function clearQuery(page: Page) {
	await page.fill('#search-query', '');
	await page.waitForFunction(() => !document.querySelector('#results li') && /Type a word/.test(document.querySelector('#search-status')?.textContent ?? ''));
}

export async function measureSearch(browser: Browser, base: string, dist: string, coldQuery: string, warmQueries: string[]): Promise<SearchRun> {
	// A fresh context has an empty cache: the first query pays for everything.
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const network = recordNetwork(page, dist);
		await page.goto(`${base}/search/`, { waitUntil: 'load' });
		// The page says "Type a word…" once Pagefind has loaded and read its filters.
		await page.waitForFunction(() => /Type a word/.test(document.querySelector('#search-status')?.textContent ?? ''), null, { timeout: 60_000 });
		const beforeQuery = (await network.transfers()).filter((t) => isSearchCode(t.url));
		await installTimer(page);
		await page.click('#search-query');
		const cold = await typeQuery(page, coldQuery);
		await page.waitForTimeout(500);
		const files = (await network.transfers()).filter((t) => isSearchCode(t.url));
		const encodings: Record<string, string> = {};
		for (const file of files) encodings[kindOf(file.url)] = file.encoding;

		const warm: QueryTiming[] = [];
		for (const query of warmQueries) {
			await clearQuery(page);
			warm.push(await typeQuery(page, query));
		}

		// A reader arriving from the header form on another page: a fresh cache again.
		const arrivalContext = await browser.newContext();
		const arrivalPage = await arrivalContext.newPage();
		await arrivalPage.addInitScript(() => {
			new MutationObserver((_records, observer) => {
				if (!document.querySelector('#results li')) return;
				observer.disconnect();
				requestAnimationFrame(() => setTimeout(() => ((window as unknown as { __arrived: number }).__arrived = performance.now())));
			}).observe(document, { childList: true, subtree: true });
		});
		await arrivalPage.goto(`${base}/search/?q=${encodeURIComponent(coldQuery)}`);
		await arrivalPage.waitForFunction(() => (window as unknown as { __arrived?: number }).__arrived, null, { timeout: 60_000 });
		const arrivedMs = await arrivalPage.evaluate(() => (window as unknown as { __arrived: number }).__arrived);
		const arrival = { query: coldQuery, ms: Math.round(arrivedMs), results: ((await arrivalPage.textContent('#search-status')) ?? '').trim() };
		await arrivalContext.close();

		return {
			bytes: {
				wire: files.reduce((sum, f) => sum + f.wire, 0),
				body: files.reduce((sum, f) => sum + f.body, 0),
				wireBeforeQuery: beforeQuery.reduce((sum, f) => sum + f.wire, 0),
				files,
				encodings,
			},
			cold,
			warm,
			warmMedianMs: Math.round(median(warm.map((w) => w.ms))),
			arrival,
		};
	} finally {
		await context.close();
	}
}

/** Groups what a page loads by what it is (Pagefind's files by part), for saying where the bytes go. */
export function kindOf(url: string): string {
	const { pathname } = new URL(url);
	if (pathname.startsWith('/_astro/')) {
		const ext = extname(pathname);
		if (ext === '.js') return 'site scripts (/_astro/*.js)';
		if (ext === '.css') return 'stylesheets (/_astro/*.css)';
		return `/_astro/*${ext}`;
	}
	if (!pathname.startsWith('/pagefind/')) return pathname.endsWith('/') || pathname.endsWith('.html') ? 'pages (HTML)' : pathname;
	// Within one of this site's sections of the index (src/lib/search/sections.ts), files are named as in one index.
	const name = pathname.replace(/^\/pagefind\/(site\/|symposia\/[^/]+\/)?/, '');
	if (name === 'pagefind.js') return 'pagefind.js';
	if (name === 'pagefind-worker.js') return 'pagefind-worker.js';
	if (name === 'dates.json') return 'dates for sorting across sections (dates.json)';
	if (name === 'page-filters.json') return 'filter values for counting synonyms (page-filters.json)';
	if (name.startsWith('wasm.')) return 'WebAssembly (wasm.*.pagefind)';
	if (name === 'pagefind-entry.json') return 'pagefind-entry.json';
	if (name.endsWith('.pf_meta')) return 'metadata (pagefind.*.pf_meta)';
	if (name.startsWith('filter/')) return 'filters (filter/*.pf_filter)';
	if (name.startsWith('index/')) return 'word index chunks (index/*.pf_index)';
	if (name.startsWith('fragment/')) return 'result fragments (fragment/*.pf_fragment)';
	return name || extname(pathname);
}
