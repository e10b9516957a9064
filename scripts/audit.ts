/**
 * Lighthouse scores for one page of each type of the built site, with Lighthouse's
 * default (mobile) configuration, so regressions in speed, accessibility, best
 * practices or SEO show up as numbers. Prints the scores and every audit that falls
 * short, keeps the full reports in a temporary folder, and rewrites the
 * "## Lighthouse" section of BENCHMARKS.md.
 * Usage: npm run audit [-- --build] [-- --runs N]
 *   --build   rebuild dist/ first (it is built anyway when missing)
 *   --runs N  audits per page, default 3; the run with the median performance score counts
 */
import '../src/lib/build/load-src.ts';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { preview } from 'astro';
import { launch } from 'chrome-launcher';
import lighthouse, { type Result, type RunnerResult } from 'lighthouse';
import { writeSection } from './lib/benchmarks-file.ts';
import { CHROMIUM_FLAGS, chromiumPath, chromiumVersion } from '../src/lib/build/chromium.ts';
import { markdownTable, textTable } from './lib/tables.ts';

// Imported once load-src's hooks are in place: the built pages' list reads src/lib/urls.ts.
const { builtFile, builtPagesIn, pageType } = await import('./lib/built-pages.ts');

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'dist');
const benchmarksFile = join(root, 'BENCHMARKS.md');
const heading = '## Lighthouse';
const categories = [
	{ id: 'performance', label: 'Performance' },
	{ id: 'accessibility', label: 'Accessibility' },
	{ id: 'best-practices', label: 'Best practices' },
	{ id: 'seo', label: 'SEO' },
] as const;
// The flags the browser tests give the system Chromium, given here to any Chromium:
// the network is closed, so nothing may reach for Google services mid-measurement.
const chromeFlags = ['--headless', ...CHROMIUM_FLAGS];

interface Shortfall {
	id: string;
	title: string;
	score: number;
	displayValue: string | undefined;
	categories: string[];
	/** Its weight in the category scores: 0 means advice that does not move the score. */
	weight: number;
}

interface PageResult {
	type: string;
	path: string;
	scores: Record<string, number | null>;
	/** The performance score of every run, lowest first, to show how much it varied. */
	performanceRuns: number[];
	shortfalls: Shortfall[];
	problems: string[];
}

/**
 * One path per page type: the largest page of the type, since the heaviest page is
 * the one most likely to miss a budget.
 */
function pagesToAudit(): { type: string; path: string }[] {
	const chosen = new Map<string, { path: string; size: number }>();
	for (const path of builtPagesIn(outDir)) {
		const size = statSync(builtFile(outDir, path)).size;
		const type = pageType(path);
		const current = chosen.get(type);
		if (!current || size > current.size) chosen.set(type, { path, size });
	}
	return [...chosen].map(([type, { path }]) => ({ type, path })).sort((a, b) => order(a.path) - order(b.path) || a.path.localeCompare(b.path));
}

/** Reading order for the tables: home first, the 404 page last, the rest as the site's sections go. */
function order(path: string): number {
	const sections = ['/', 'papers', 'messages', 'commentary', 'people', 'programme', 'special-edition', 'about', '404.html'];
	const index = sections.indexOf(path === '/' ? '/' : (path.split('/').filter(Boolean)[0] ?? ''));
	return index < 0 ? sections.length - 1 : index;
}

function shortfallsOf(lhr: Result): Shortfall[] {
	const byId = new Map<string, Shortfall>();
	for (const { id: categoryId } of categories) {
		const category = lhr.categories[categoryId];
		for (const ref of category?.auditRefs ?? []) {
			const audit = lhr.audits[ref.id];
			// A null score is an informative, manual or not-applicable audit: nothing to fix.
			if (!audit || audit.score === null || audit.score >= 1) continue;
			const known = byId.get(audit.id);
			if (known) {
				known.categories.push(categoryId);
				known.weight += ref.weight;
			} else {
				byId.set(audit.id, {
					id: audit.id,
					title: audit.title,
					score: audit.score,
					displayValue: audit.displayValue,
					categories: [categoryId],
					weight: ref.weight,
				});
			}
		}
	}
	return [...byId.values()];
}

/**
 * The run whose performance score is the median. A single run on a small shared machine
 * swings with whatever else runs (a busy CPU turns into blocking time); the other three
 * categories do not depend on timing.
 */
function medianRun(runs: RunnerResult[]): RunnerResult {
	const sorted = [...runs].sort((a, b) => (a.lhr.categories['performance']?.score ?? -1) - (b.lhr.categories['performance']?.score ?? -1));
	const median = sorted[Math.floor(sorted.length / 2)];
	if (!median) throw new Error('No Lighthouse runs to choose from.');
	return median;
}

function score(value: number | null | undefined): string {
	return value === null || value === undefined ? 'n/a' : String(Math.round(value * 100));
}

/** A category's score, with the range over the runs when the performance score moved between them. */
function cell(result: PageResult, category: string): string {
	const value = score(result.scores[category]);
	const lowest = result.performanceRuns[0];
	const highest = result.performanceRuns.at(-1);
	if (category !== 'performance' || lowest === undefined || highest === undefined || lowest === highest) return value;
	return `${value} (${score(lowest)}-${score(highest)})`;
}

const { values } = parseArgs({ options: { build: { type: 'boolean', default: false }, runs: { type: 'string', default: '3' } } });
const forceBuild = values.build;
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
	console.error('--runs takes a whole number of runs per page, 1 or more.');
	process.exit(2);
}
if (forceBuild || !existsSync(join(outDir, 'index.html'))) {
	const build = spawnSync(process.execPath, [join(root, 'scripts/build.ts')], { cwd: root, stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}

const pages = pagesToAudit();
const reportDir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
const executable = chromiumPath();
const browserVersion = chromiumVersion();
const results: PageResult[] = [];
const benchmarks: number[] = [];
let lighthouseVersion = '';

console.log(`Chromium: ${executable} (${browserVersion})`);
const server = await preview({ root, server: { port: 0 }, logLevel: 'error' });
// chrome-launcher makes a fresh user-data-dir and removes it when Chromium is killed.
const chrome = await launch({ chromePath: executable, chromeFlags, logLevel: 'error' });
try {
	const base = `http://localhost:${server.port}`;
	for (const { type, path } of pages) {
		const attempts: RunnerResult[] = [];
		for (let attempt = 0; attempt < runs; attempt++) {
			const run = await lighthouse(base + path, {
				port: chrome.port,
				output: ['json', 'html'],
				logLevel: 'error',
				onlyCategories: categories.map((category) => category.id),
			});
			if (!run) throw new Error(`Lighthouse returned no result for ${path}.`);
			attempts.push(run);
			benchmarks.push(run.lhr.environment.benchmarkIndex);
		}
		const performanceRuns = attempts.map((run) => run.lhr.categories['performance']?.score ?? 0).sort((a, b) => a - b);
		console.log(`Audited ${path} (${type}): performance ${performanceRuns.map((value) => score(value)).join(', ')}`);
		const { lhr, report } = medianRun(attempts);
		lighthouseVersion = lhr.lighthouseVersion;
		const name = path.replace(/[^\w]+/g, '_').replace(/^_|_$/g, '') || 'home';
		const [json = '', html = ''] = Array.isArray(report) ? report : [report];
		writeFileSync(join(reportDir, `${name}.report.json`), json);
		writeFileSync(join(reportDir, `${name}.report.html`), html);
		const problems = [...(lhr.runtimeError ? [`runtime error ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`] : []), ...lhr.runWarnings];
		const scores = Object.fromEntries(categories.map(({ id }) => [id, lhr.categories[id]?.score ?? null]));
		results.push({ type, path, scores, performanceRuns, shortfalls: shortfallsOf(lhr), problems });
	}
} finally {
	chrome.kill();
	await server.stop();
}

const rows = [
	['page', 'path', ...categories.map((category) => category.label)],
	...results.map((result) => [result.type, result.path, ...categories.map(({ id }) => cell(result, id))]),
];
console.log(`\n${textTable(rows, [2, 3, 4, 5])}\n`);

const shortfallLines: string[] = [];
for (const result of results) {
	if (result.shortfalls.length === 0 && result.problems.length === 0) continue;
	console.log(`${result.path} (${result.type})`);
	for (const problem of result.problems) console.log(`  ! ${problem}`);
	for (const shortfall of result.shortfalls) {
		const value = shortfall.displayValue ? ` (${shortfall.displayValue})` : '';
		console.log(
			`  ${shortfall.id} [${shortfall.categories.join(', ')}, weight ${shortfall.weight}] score ${score(shortfall.score)}: ${shortfall.title}${value}`,
		);
	}
	if (result.shortfalls.length > 0) {
		shortfallLines.push(
			`- \`${result.path}\`: ${result.shortfalls.map((shortfall) => `\`${shortfall.id}\` (${score(shortfall.score)}, weight ${shortfall.weight})`).join(', ')}`,
		);
	}
}
if (results.every((result) => result.shortfalls.length === 0)) console.log('Every scored audit scores 1.');
console.log(`\nFull reports (JSON and HTML): ${reportDir}`);

const cores = availableParallelism();
const memory = Math.round(totalmem() / 2 ** 30);
// Lighthouse's own CPU benchmark, taken before each run: a low or spread-out range
// means other work shared the machine, and the performance scores are less comparable.
const benchmarkRange = benchmarks.length > 0 ? `${Math.round(Math.min(...benchmarks))}-${Math.round(Math.max(...benchmarks))}` : 'n/a';
console.log(`Lighthouse CPU benchmark index: ${benchmarkRange}.`);
const section = [
	heading,
	'',
	`Run on ${new Date().toISOString().slice(0, 10)} with \`npm run audit\`: Lighthouse ${lighthouseVersion}, default mobile configuration (simulated throttling), ${browserVersion}, headless; Node ${process.versions.node}; ${cores} cores, ${memory} GiB; Lighthouse CPU benchmark index ${benchmarkRange}. Scores are 0-100; each row is the largest built page of its type, audited ${runs === 1 ? 'once' : `${runs} times, showing the run with the median performance score (the range over the runs in brackets where it varied)`}.`,
	'',
	markdownTable(rows, [2, 3, 4, 5]),
	'',
	...(shortfallLines.length > 0
		? ['Audits scoring below 1 (score 0-100; weight 0 means the audit does not count towards the category score):', '', ...shortfallLines]
		: ['Every scored audit scores 1.']),
].join('\n');
writeSection(benchmarksFile, section);
console.log(`Scores written to ${relative(root, benchmarksFile)} under "${heading}".`);
