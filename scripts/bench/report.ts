/** Sizes of the built site, and its row in BENCHMARKS.md. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeTableRows } from '../lib/benchmarks-file.ts';

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? walk(path) : [path];
	});
}

/** Pagefind's ready-made interfaces, which this site does not load (it has its own search page). */
export const UNUSED_UI = /^(pagefind-ui|pagefind-component-ui|pagefind-modular-ui)/;

export interface DistStats {
	pages: number;
	htmlBytes: number;
	indexBytes: number;
	indexBytesUsed: number;
	/** Bytes and file counts per folder or file kind inside dist/pagefind. */
	indexParts: Record<string, { files: number; bytes: number }>;
}

export function distStats(dist: string): DistStats {
	const files = walk(dist);
	const html = files.filter((file) => file.endsWith('.html'));
	const index = walk(join(dist, 'pagefind'));
	const parts: DistStats['indexParts'] = {};
	let indexBytes = 0;
	let indexBytesUsed = 0;
	for (const file of index) {
		const bytes = statSync(file).size;
		const name = relative(join(dist, 'pagefind'), file);
		indexBytes += bytes;
		if (!UNUSED_UI.test(name)) indexBytesUsed += bytes;
		const part = name.includes('/') ? `${name.split('/')[0]}/` : UNUSED_UI.test(name) ? 'UI files (unused)' : name.replace(/\.[0-9a-f]{6,}\./, '.*.');
		const entry = (parts[part] ??= { files: 0, bytes: 0 });
		entry.files += 1;
		entry.bytes += bytes;
	}
	return {
		pages: html.length,
		htmlBytes: html.reduce((sum, file) => sum + statSync(file).size, 0),
		indexBytes,
		indexBytesUsed,
		indexParts: parts,
	};
}

export const kb = (bytes: number, digits = 1) => `${(bytes / 1024).toFixed(digits)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export const SECTION = '## Build and search at scale';

export const COLUMNS = [
	'N',
	'check s',
	'build s',
	'CPU s',
	'peak MB',
	'pages',
	'index (all / used)',
	'paper page: JS files / inline JS / CSS (gzip)',
	'first query',
	'cold ms',
	'warm ms',
	'load',
	'date',
] as const;

const SECTION_INTRO = `Made by \`npm run bench -- --papers N --record\` (scripts/bench/cli.ts): N synthetic papers
(1,500–4,000 words each, seeded, so the same N gives the same files) are built with
\`scripts/build.ts\` from a temporary content folder, then served with Astro's preview
server and read in headless Chromium. The preview server (Vite's) gzips any response of
1 KB or more that is text, JavaScript or JSON or has no type; Pagefind's \`.pf_*\` and
\`.pagefind\` files have no type and are gzipped already, so they go out at about their
size on disk; there is no brotli. *check s* is the wall-clock time of
\`npm run check\` on the same content, on its own; *build s* (which runs the check first) is
wall-clock time and *CPU s* user + system time of the build's process tree (CPU time
changes less when other work shares the machine); *peak MB* is the largest sum of RSS
over that tree, sampled every 100 ms; *load* is the 1-minute load average when the
build started. *index* is \`dist/pagefind\`, all of it and without Pagefind's UI files
that the site does not load. *first query* is every byte on the wire (headers
included) under \`/pagefind/\` and \`/_astro/*.js\` from opening the search page in a
fresh browser to the first results. *cold* and *warm* are milliseconds from the last
keystroke to the first result on screen (including the page's 120 ms typing pause):
the first query, and the median of seven more on the same page.`;

/** Adds or replaces the row for N (its first cell) in the table under SECTION, keeping rows in order of N. */
export function recordRow(file: string, row: string[]): void {
	writeTableRows(file, SECTION, SECTION_INTRO, COLUMNS, (rows) =>
		[...rows.filter((existing) => existing[0] !== row[0]), row].sort((a, b) => Number(a[0]) - Number(b[0])),
	);
}
