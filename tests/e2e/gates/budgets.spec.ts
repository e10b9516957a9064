import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtFile, builtPages, outDirOf, pageType } from '../built-pages';
import { expect, test } from '../test';

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
/** Script files loaded with the page: none, except the search page's own code (Pagefind loads after it). */
const JS_FILE_BUDGETS: Record<string, number> = { 'search index': 8 * KB };
/** Inline script: the few bytes that load the search highlighter when a reader arrives from a result. */
const INLINE_JS_BUDGET = 1 * KB;

const gzipped = (content: string | Buffer) => gzipSync(content).length;

/** The bytes a page makes the reader download before any interaction, by kind. */
function weigh(outDir: string, path: string) {
	const html = readFileSync(builtFile(outDir, path), 'utf8');
	const linked = (pattern: RegExp) =>
		[...html.matchAll(pattern)].reduce((total, [, href]) => total + gzipped(readFileSync(join(outDir, href!))), 0);
	const inline = (pattern: RegExp) => [...html.matchAll(pattern)].reduce((total, [, body]) => total + gzipped(body!), 0);
	return {
		html: gzipped(html),
		css: linked(/<link[^>]+rel="stylesheet"[^>]+href="(\/[^"]+)"/g) + inline(/<style[^>]*>([\s\S]*?)<\/style>/g),
		jsFiles: linked(/<script[^>]+src="(\/[^"]+)"/g),
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

test('reading pages request no script file before interaction', async ({ page }, testInfo) => {
	const readingPages = builtPages(testInfo).filter((path) => pageType(path) !== 'search index');
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(`${request.url()} from ${page.url()}`);
	});
	for (const path of readingPages) {
		await page.goto(path);
		await page.waitForLoadState('load');
	}
	expect(scripts).toEqual([]);
});
