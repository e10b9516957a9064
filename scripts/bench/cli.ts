/**
 * Builds the site from N synthetic papers and measures the build and the search; with
 * --peer, builds the same papers with a peer site too and compares; or, with --tests, times
 * the whole test command.
 * Usage: npm run bench -- --papers N [--symposia K] [--record] [--keep] [--json file] [--build-only]
 *        npm run bench -- --papers N[,N…] [--symposia K] --peer starlight [--runs 3] [--env KEY=VALUE …] [--record] [--keep] [--json file]
 *        npm run bench -- --tests [--record]
 *        npm run bench -- --galleys --papers N[,N…] [--runs 3] [--record] [--keep]
 *   --symposia    deals the papers among K symposia of a series, each with its sessions and edition
 *                 (default 1; not with --record, whose rows and sections are for one symposium)
 *   --record      adds or replaces the row for N in BENCHMARKS.md (with --tests: adds the run;
 *                 with --peer: rewrites the "Side by side with Starlight" section and its chart)
 *   --peer        starlight: alternating cold builds of this site and Starlight on the same
 *                 papers, and a reader's first search from a paper page on each (scripts/bench/side-by-side.ts)
 *   --runs        builds and searches of each site per size, with --peer; with --galleys, warm builds of each
 *                 kind per size (medians are reported)
 *   --env         KEY=VALUE for this site's builds only, with --peer (repeatable), to try an
 *                 indexing variant such as PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE
 *   --keep        keeps the temporary folder (content, dist, build log) and prints where it is
 *   --json        also writes every figure to a JSON file
 *   --build-only  measures the build and the index only, for quick comparisons (cannot --record)
 *   --galleys     what PDF galleys cost: a cold build printing every paper's galley, then builds without
 *                 galleys and with them from the cache, alternating (scripts/bench/galleys.ts); --record
 *                 adds or replaces each size's row in the "PDF galleys" section of BENCHMARKS.md
 *   --tests       runs `npm test` as a fresh clone would (removing tests/.output, node_modules/.astro
 *                 and .astro first) and reports its wall-clock and CPU time
 * Content goes to a temporary folder, never into content/: see scripts/bench/content.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { measurePaperPage, measureSearch, kindOf, type PaperPage, type SearchRun } from './browser.ts';
import { contentCache, runBuild, siteBuild, type BuildRun } from './build-run.ts';
import { runCheck, type CheckRun } from './check-run.ts';
import { generateContent, startPaperIndex } from './content.ts';
import { startPreview } from './preview.ts';
import { sideBySide } from './side-by-side.ts';
import { distStats, kb, mb, recordRow, type DistStats } from './report.ts';
import { measureGalleys, printGalleys, recordGalleys } from './galleys.ts';
import { recordTestRun, runTests, testRow } from './test-run.ts';
import { chromiumLaunchOptions } from '../../src/lib/build/chromium.ts';
import { textTable } from '../lib/tables.ts';

const { values } = parseArgs({
	options: {
		papers: { type: 'string', default: '100' },
		symposia: { type: 'string', default: '1' },
		record: { type: 'boolean', default: false },
		keep: { type: 'boolean', default: false },
		json: { type: 'string' },
		'build-only': { type: 'boolean', default: false },
		tests: { type: 'boolean', default: false },
		galleys: { type: 'boolean', default: false },
		peer: { type: 'string' },
		runs: { type: 'string', default: '3' },
		env: { type: 'string', multiple: true, default: [] },
	},
});
const repo = fileURLToPath(new URL('../..', import.meta.url));
const today = new Date().toISOString().slice(0, 10);

if (values.tests) {
	const logFile = join(mkdtempSync(join(tmpdir(), 'symposium-tests-')), 'npm-test.log');
	const run = await runTests(repo, logFile);
	const row = testRow(run, today);
	console.log(`\nnpm test ${row[6]} in ${row[1]} min (CPU ${row[2]} min, load ${row[3]} at start, ${row[4]} at end). Output: ${logFile}`);
	if (values.record) {
		recordTestRun(join(repo, 'BENCHMARKS.md'), row);
		console.log('Recorded the run in BENCHMARKS.md.');
	}
	process.exit(run.passed ? 0 : 1);
}
const sizes = values.papers.split(',').map(Number);
const symposia = Number(values.symposia);
if (!Number.isInteger(symposia) || symposia < 1 || (symposia > 1 && values.record)) {
	console.error('--symposia must be a whole number of at least 1, and goes without --record (BENCHMARKS.md records one symposium).');
	process.exit(1);
}
if (sizes.some((n) => !Number.isInteger(n) || n < 3)) {
	console.error('--papers must be whole numbers of at least 3 (the key messages and commentary cite three papers), separated by commas.');
	process.exit(1);
}
if (values.galleys) {
	const runs = Number(values.runs);
	if (!Number.isInteger(runs) || runs < 1) {
		console.error('--runs must be a whole number of at least 1.');
		process.exit(1);
	}
	// Each size is printed, and recorded, as soon as it is measured: a size of 1,000 takes the better part of an hour.
	for (const size of sizes) {
		const figures = await measureGalleys(repo, size, runs, values.keep);
		printGalleys(figures, today);
		if (values.record) {
			recordGalleys(join(repo, 'BENCHMARKS.md'), figures, today);
			console.log(`Recorded the row for ${size} papers in the "PDF galleys" section of BENCHMARKS.md.`);
		}
	}
	process.exit(0);
}
if (values.peer !== undefined) {
	const runs = Number(values.runs);
	if (values.peer !== 'starlight') {
		console.error(`--peer: the one peer is starlight, not "${values.peer}".`);
		process.exit(1);
	}
	if (!Number.isInteger(runs) || runs < 1) {
		console.error('--runs must be a whole number of at least 1.');
		process.exit(1);
	}
	await sideBySide({ repo, sizes, symposia, runs, env: values.env, record: values.record, keep: values.keep, ...(values.json ? { json: values.json } : {}) });
	process.exit(0);
}
if (sizes.length > 1 || values.env.length > 0 || values.runs !== '3') {
	console.error('A list of sizes, --runs and --env go with --peer starlight; without it, give one --papers N.');
	process.exit(1);
}
const buildOnly = values['build-only'];
if (buildOnly && values.record) {
	console.error('--record needs the browser figures too; leave out --build-only.');
	process.exit(1);
}
const papers = sizes[0] as number;

// Words every synthetic paper is likely to use, so each query matches many papers.
const COLD_QUERY = 'carers';
const WARM_QUERIES = ['integrated care', 'commissioning', 'older people', 'mental health', 'partnership', 'outcomes', 'evaluation'];

const work = mkdtempSync(join(tmpdir(), 'symposium-bench-'));
const contentDir = join(work, 'content');
const dist = join(work, 'dist');
// astro.config.mjs gives each CONTENT_DIR its own content cache; it is ours to remove.
const astroCache = contentCache(repo, contentDir);

interface BuildResult {
	papers: number;
	content: { words: number; bytes: number; people: number };
	check: CheckRun;
	build: BuildRun;
	dist: DistStats;
}

interface Result extends BuildResult {
	paperPage: PaperPage;
	search: SearchRun;
}

async function measureBuild(): Promise<BuildResult & { paperIds: string[] }> {
	console.log(`Generating ${papers} papers in ${contentDir} …`);
	const content = generateContent(contentDir, papers, symposia);
	console.log(`  ${content.papers.length} papers, ${content.people} people, ${content.words.toLocaleString('en-GB')} words, ${mb(content.bytes)}`);

	console.log('Checking with scripts/check.ts …');
	const check = runCheck(repo, contentDir);
	console.log(`  ${check.entries} entries in ${check.seconds.toFixed(1)} s`);

	console.log('Building with scripts/build.ts (which checks again first) …');
	const build = await runBuild(siteBuild(repo, contentDir, dist, join(work, 'build.log')));
	console.log(`  ${build.seconds.toFixed(1)} s, peak ${build.peakTreeMB} MB`);
	return {
		papers,
		content: { words: content.words, bytes: content.bytes, people: content.people },
		check,
		build,
		dist: distStats(dist),
		paperIds: content.papers,
	};
}

async function measureBrowser(built: BuildResult, paperIds: string[]): Promise<Result> {
	console.log('Measuring in Chromium …');
	const server = await startPreview(repo, dist);
	const browser = await chromium.launch(chromiumLaunchOptions());
	try {
		const { base } = server;
		// A paper from the middle of the list: neither first nor last in any order.
		const paperPath = `/papers/${paperIds[startPaperIndex(paperIds.length, symposia)]}/`;
		const paperPage = await measurePaperPage(browser, base, paperPath, dist);
		const search = await measureSearch(browser, base, dist, COLD_QUERY, WARM_QUERIES);
		return { ...built, paperPage, search };
	} finally {
		await browser.close();
		await server.stop();
	}
}

function tableRow(result: Result, date: string): string[] {
	const { build, dist: d, paperPage: p, search: s } = result;
	return [
		String(result.papers),
		result.check.seconds.toFixed(1),
		build.seconds.toFixed(1),
		build.cpuSeconds.toFixed(1),
		String(build.peakTreeMB),
		String(d.pages),
		`${mb(d.indexBytes)} / ${mb(d.indexBytesUsed)}`,
		`${p.scriptFiles.length} / ${kb(p.inlineScript.raw, 2)} (${kb(p.inlineScript.gzip, 2)} gz) / ${kb(p.css.gzip + p.inlineStyle.gzip)}`,
		kb(s.bytes.wire),
		String(s.cold.ms),
		String(s.warmMedianMs),
		build.loadAtStart.toFixed(1),
		date,
	];
}

function printBuild(result: BuildResult) {
	const { build, dist: d } = result;
	console.log(
		`\nBuild and search at scale: ${result.papers} papers (${result.content.words.toLocaleString('en-GB')} words of MDX, ${mb(result.content.bytes)})\n`,
	);
	console.log(
		textTable([
			['measure', 'value', 'target at N=1000'],
			['content check (npm run check), wall clock', `${result.check.seconds.toFixed(1)} s for ${result.check.entries} entries`, ''],
			['build, wall clock', `${build.seconds.toFixed(1)} s (CPU ${build.cpuSeconds.toFixed(1)} s, load ${build.loadAtStart.toFixed(1)} at start)`, '<= 21 s'],
			['peak memory, build tree', `${build.peakTreeMB} MB (largest process: ${build.peakProcess}, ${build.peakProcessMB} MB)`, '<= 850 MB'],
			['pages built (HTML files)', `${d.pages} (${mb(d.htmlBytes)})`, ''],
			['Pagefind index, all', `${mb(d.indexBytes)} (${d.indexBytes.toLocaleString('en-GB')} bytes)`, ''],
			['Pagefind index, without UI files', `${mb(d.indexBytesUsed)} (${d.indexBytesUsed.toLocaleString('en-GB')} bytes)`, ''],
		]),
	);
	console.log('\nPagefind folder, by part:');
	console.log(
		textTable([
			['part', 'files', 'bytes'],
			...Object.entries(d.indexParts)
				.sort((a, b) => b[1].bytes - a[1].bytes)
				.map(([part, v]) => [part, String(v.files), kb(v.bytes)]),
		]),
	);
	console.log('\nBuild phases (wall-clock and CPU seconds of the tree from the start, when each line was logged):');
	console.log('    wall     CPU');
	for (const phase of build.phases) console.log(`  ${phase.at.toFixed(1).padStart(6)}  ${phase.cpu.toFixed(1).padStart(6)}  ${phase.line}`);
	console.log('\nMemory over the build (largest sample in each twentieth; seconds at its end):');
	for (const point of build.timeline) {
		const parts = Object.entries(point.byProcess)
			.filter(([, value]) => value >= 20)
			.map(([name, value]) => `${name} ${value}`);
		console.log(`  ${point.at.toFixed(1).padStart(6)}  ${String(point.totalMB).padStart(5)} MB  ${parts.join(', ')}`);
	}
	console.log('\nPeak memory per process (VmHWM):');
	for (const [name, value] of Object.entries(build.byProcess).sort((a, b) => b[1] - a[1])) console.log(`  ${String(value).padStart(6)} MB  ${name}`);
}

function printBrowser(result: Result) {
	const { paperPage: p, search: s } = result;
	const byKind = new Map<string, { files: number; wire: number }>();
	for (const file of s.bytes.files) {
		const entry = byKind.get(kindOf(file.url)) ?? { files: 0, wire: 0 };
		byKind.set(kindOf(file.url), { files: entry.files + 1, wire: entry.wire + file.wire });
	}
	console.log('\nIn the browser:\n');
	console.log(
		textTable([
			['measure', 'value', 'target at N=1000'],
			['paper page: script files', p.scriptFiles.length === 0 ? '0' : `${p.scriptFiles.length}: ${p.scriptFiles.join(', ')}`, '0'],
			['paper page: inline JS', `${p.inlineScripts} script(s), ${p.inlineScript.raw} B raw, ${p.inlineScript.gzip} B gzip`, '<= 1 KB'],
			[
				'paper page: CSS',
				`${p.cssFiles.length} file(s) ${kb(p.css.raw)} raw / ${kb(p.css.gzip)} gzip; inline ${kb(p.inlineStyle.raw)} / ${kb(p.inlineStyle.gzip)}`,
				'',
			],
			[
				'first query: search code + index',
				`${kb(s.bytes.wire)} on the wire (${kb(s.bytes.wireBeforeQuery)} before typing), ${kb(s.bytes.body)} as files on disk`,
				'<= 120 KB',
			],
			['cold: last key to results', `${s.cold.ms} ms ("${s.cold.query}": ${s.cold.results})`, '<= 300 ms'],
			['warm: last key to results', `median ${s.warmMedianMs} ms of ${s.warm.map((w) => w.ms).join(', ')}`, '<= 300 ms'],
			['arrival at /search/?q=', `${s.arrival.ms} ms from navigation to results`, ''],
		]),
	);
	console.log('\nFirst query, by kind of file:');
	console.log(
		textTable([
			['kind', 'files', 'wire', 'encoding'],
			...[...byKind].sort((a, b) => b[1].wire - a[1].wire).map(([kind, v]) => [kind, String(v.files), kb(v.wire), s.bytes.encodings[kind] ?? '']),
		]),
	);
	if (p.highlightScripts.length > 0) {
		console.log(
			`\nArriving from a search result (?highlight=) loads: ${p.highlightScripts.map((t) => `${new URL(t.url).pathname} (${kb(t.wire)})`).join(', ')}`,
		);
	}
	console.log('\nWarm queries:');
	for (const w of s.warm) console.log(`  ${String(w.ms).padStart(5)} ms  "${w.query}": ${w.results}`);
}

try {
	const { paperIds, ...built } = await measureBuild();
	const measured = buildOnly ? undefined : await measureBrowser(built, paperIds);
	printBuild(built);
	if (measured) printBrowser(measured);
	if (values.json) writeFileSync(values.json, `${JSON.stringify(measured ?? built, null, '\t')}\n`);
	if (values.record && measured) {
		recordRow(join(repo, 'BENCHMARKS.md'), tableRow(measured, today));
		console.log(`\nRecorded the row for N=${papers} in BENCHMARKS.md.`);
	}
} finally {
	if (values.keep) {
		console.log(`\nKept ${work} (content/, dist/, build.log).`);
	} else {
		rmSync(work, { recursive: true, force: true });
	}
	// The cache only speeds up a rebuild of this same folder, which will not happen.
	rmSync(astroCache, { recursive: true, force: true });
}
