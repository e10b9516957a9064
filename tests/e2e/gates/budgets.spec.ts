import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
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
	const linked = (pattern: RegExp) =>
		[...html.matchAll(pattern)].reduce((total, [, href]) => total + gzipped(readFileSync(join(outDir, href!))), 0);
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
