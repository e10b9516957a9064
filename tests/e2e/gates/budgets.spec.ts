import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PAGE_SIZE } from '../../../src/lib/pagination';
import { builtFile, builtPages, outDirOf, pageType } from '../built-pages';
import { expect, test } from '../test';
import { JS_FILE_BUDGETS } from './script-budgets';

/**
 * Gzipped bytes a page may cost, by page type. The numbers come from what the pages
 * need, with room for longer content; README.md lists them. Reading pages ship no
 * JavaScript at all until a feature needs it.
 */
const KB = 1024;
const HTML_BUDGETS: Record<string, number> = {
	'papers entry': 40 * KB,
	'commentary entry': 40 * KB,
	'papers index': 25 * KB,
	'messages index': 25 * KB,
	'people index': 20 * KB,
	'commentary index': 20 * KB,
	'programme index': 25 * KB,
	'special-edition index': 20 * KB,
};
const DEFAULT_HTML_BUDGET = 15 * KB;
const CSS_BUDGET = 8 * KB;
/** Inline script: the few bytes that load the search highlighter when a reader arrives from a result. */
const INLINE_JS_BUDGET = 1 * KB;

const gzipped = (content: string | Buffer) => gzipSync(content).length;

/** A module script and the modules it imports statically, each once: what the browser fetches before running it. */
function moduleGraph(outDir: string, href: string, seen = new Set<string>()): Set<string> {
	if (seen.has(href)) return seen;
	seen.add(href);
	const code = readFileSync(join(outDir, href), 'utf8');
	for (const [, specifier] of code.matchAll(/\bimport\s*(?:[^'"()]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
		moduleGraph(outDir, posix.join(posix.dirname(href), specifier!), seen);
	}
	return seen;
}

/** The bytes a page makes the reader download before any interaction, by kind. */
function weigh(outDir: string, path: string) {
	const html = readFileSync(builtFile(outDir, path), 'utf8');
	const linked = (pattern: RegExp) => [...html.matchAll(pattern)].reduce((total, [, href]) => total + gzipped(readFileSync(join(outDir, href!))), 0);
	const scripts = new Set<string>();
	for (const [, src] of html.matchAll(/<script[^>]+src="(\/[^"]+)"/g)) moduleGraph(outDir, src!, scripts);
	const inline = (pattern: RegExp) => [...html.matchAll(pattern)].reduce((total, [, body]) => total + gzipped(body!), 0);
	return {
		html: gzipped(html),
		css: linked(/<link[^>]+rel="stylesheet"[^>]+href="(\/[^"]+)"/g) + inline(/<style[^>]*>([\s\S]*?)<\/style>/g),
		jsFiles: [...scripts].reduce((total, href) => total + gzipped(readFileSync(join(outDir, href))), 0),
		// JSON and JSON-LD blocks are data the browser never runs: not script.
		inlineJs: inline(/<script(?![^>]*\b(?:src=|type="application\/(?:ld\+)?json"))[^>]*>([\s\S]+?)<\/script>/g),
	};
}

test('every page stays within its byte budgets', async ({}, testInfo) => {
	const outDir = outDirOf(testInfo);
	const rows: string[] = [];
	for (const path of builtPages(testInfo)) {
		const type = pageType(path);
		const weight = weigh(outDir, path);
		rows.push(`${path}\t${type}\thtml ${weight.html}\tcss ${weight.css}\tjs files ${weight.jsFiles}\tinline js ${weight.inlineJs}`);
		expect.soft(weight.html, `HTML bytes (gzip) of ${path}`).toBeLessThanOrEqual(HTML_BUDGETS[type] ?? DEFAULT_HTML_BUDGET);
		expect.soft(weight.css, `CSS bytes (gzip) of ${path}`).toBeLessThanOrEqual(CSS_BUDGET);
		expect.soft(weight.jsFiles, `script file bytes (gzip) of ${path}`).toBeLessThanOrEqual(JS_FILE_BUDGETS[type] ?? 0);
		expect.soft(weight.inlineJs, `inline script bytes (gzip) of ${path}`).toBeLessThanOrEqual(INLINE_JS_BUDGET);
	}
	await testInfo.attach('page-weights.tsv', { body: rows.join('\n'), contentType: 'text/tab-separated-values' });
});

/**
 * Listing pages grow with the edition: every one must stay under 60 KB gzipped with
 * 1,000 papers, and the test sites hold a handful. Building a corpus of 1,000 would
 * measure it directly but costs a minute or more of the suite's five, so the budget is
 * derived per entry instead, and holds for an edition of any size:
 * - the list a listing page pages through (marked data-listing, src/lib/pagination.ts)
 *   holds at most PAGE_SIZE entries on a page (in the programme, per session);
 * - an entry costs at most ROW_BYTES before compression: its item in the list and its
 *   share of the page's schema.org data. Compression never makes text larger, so that
 *   bounds what it adds to the gzipped page (in practice a third of it or less);
 * - the rest of the page, gzipped, is at most FRAME_BYTES.
 * PAGE_SIZE × ROW_BYTES + FRAME_BYTES is at most 60 KB, so every page is.
 */
const LISTING_BUDGET = 60 * KB;
const ROW_BYTES = 2 * KB;
const FRAME_BYTES = 16 * KB;

test('every listing page stays under 60 KB gzipped however large the edition', async ({ page }, testInfo) => {
	expect(PAGE_SIZE * ROW_BYTES + FRAME_BYTES, 'the per-entry budget adds up to the page budget').toBeLessThanOrEqual(LISTING_BUDGET);
	const outDir = outDirOf(testInfo);
	const listings = builtPages(testInfo).filter((path) => readFileSync(builtFile(outDir, path), 'utf8').includes('data-listing'));
	expect(listings, 'listing pages found').toEqual(expect.arrayContaining(['/papers/', '/people/']));
	const rows: string[] = [];
	for (const path of listings) {
		await page.goto(path);
		const weight = await page.evaluate(() => {
			const bytes = (text: string) => new TextEncoder().encode(text).length;
			const lists = [...document.querySelectorAll('[data-listing]')].map((list) => [...list.children].filter((child) => child.tagName === 'LI'));
			const entries = lists.flat();
			const data = [...document.querySelectorAll('script[type="application/ld+json"]')];
			const entryBytes = [...entries, ...data].reduce((total, element) => total + bytes(element.outerHTML), 0);
			for (const element of [...entries, ...data]) element.remove();
			return { perList: lists.map((list) => list.length), entries: entries.length, entryBytes, frame: `<!doctype html>${document.documentElement.outerHTML}` };
		});
		const frame = gzipped(weight.frame);
		const perEntry = weight.entryBytes / Math.max(weight.entries, 1);
		rows.push(`${path}\tentries ${weight.perList.join('+')}\tbytes per entry ${Math.round(perEntry)}\tframe ${frame}`);
		const programme = pageType(path) === 'programme index';
		expect
			.soft(programme ? Math.max(...weight.perList) : weight.entries, `entries on ${path}${programme ? ', in its longest session' : ''}`)
			.toBeLessThanOrEqual(PAGE_SIZE);
		expect.soft(perEntry, `bytes per entry on ${path}, before compression`).toBeLessThanOrEqual(ROW_BYTES);
		expect.soft(frame, `bytes (gzip) of ${path} without its entries`).toBeLessThanOrEqual(FRAME_BYTES);
	}
	await testInfo.attach('listing-weights.tsv', { body: rows.join('\n'), contentType: 'text/tab-separated-values' });
});
