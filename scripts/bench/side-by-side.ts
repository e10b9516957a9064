/**
 * `npm run bench -- --papers N[,N…] --peer starlight`: builds one generated corpus with this
 * site and with Starlight, alternating cold builds, then measures a reader's first search
 * from a paper page on each, and prints every figure for both with the ratio and the goal
 * (scripts/bench/side-by-side-report.ts). With --record it rewrites the "Side by side with
 * Starlight" section of BENCHMARKS.md and redraws the curve chart.
 */
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { readTableRows, writeSection } from '../lib/benchmarks-file.ts';
import { chromiumLaunchOptions } from '../../src/lib/build/chromium.ts';
import { textTable } from '../lib/tables.ts';
import { CACHE_FILE } from '../../src/lib/build/cache.ts';
import { kindOf, type Transfer } from './browser.ts';
import { contentCache, runBuild, siteBuild, type BuildCommand, type BuildRun } from './build-run.ts';
import { curveSvg } from './chart.ts';
import { generateContent, RARE_WORD, rarePaperIndex, startPaperIndex, syntheticPapers } from './content.ts';
import { startPreview } from './preview.ts';
import { measureReaderSearch, type ReaderSearch, type SearchBox } from './reader-search.ts';
import { distStats, kb, mb, type DistStats } from './report.ts';
import { comparisonTable, curvePoint, curveRow, CURVE_HEADING, mergeCurve, parseCurveRow, sideBySideSection, type SizeRun } from './side-by-side-report.ts';
import { installedVersion, installStarlight, STARLIGHT_SEARCH, type StarlightSite } from './starlight.ts';

export interface SideBySideOptions {
	repo: string;
	sizes: number[];
	/** The symposia this site's papers are dealt among (the peer has no such thing). */
	symposia: number;
	runs: number;
	/** KEY=VALUE pairs for this site's builds only (an indexing experiment, say). */
	env: string[];
	record: boolean;
	keep: boolean;
	json?: string;
}

/** This site's search from a reading page: the header's form, which takes the reader to /search/?q=… */
const SITE_SEARCH: SearchBox = {
	open: async (page) => page.click('form[role="search"] input[type="search"]'),
	input: 'form[role="search"] input[type="search"]',
	submit: true,
	results: 'main',
};

export const CHART_FILE = 'BENCHMARKS-curve.svg';

const COLD = `Cold: before every build, this site's build cache (node_modules/.cache/build-results.sqlite: entries' text, cards, citations), its Astro content cache for the bench content and its output are removed; for Starlight its .astro/, node_modules/.astro/ and dist/. The operating system's file cache stays warm.`;

/** KEY=VALUE strings as an environment; throws on anything else. */
export function parseEnv(pairs: string[]): Record<string, string> {
	return Object.fromEntries(
		pairs.map((pair) => {
			const at = pair.indexOf('=');
			if (at < 1) throw new Error(`--env takes KEY=VALUE, not "${pair}".`);
			return [pair.slice(0, at), pair.slice(at + 1)];
		}),
	);
}

function removeAll(paths: string[]) {
	for (const path of paths) rmSync(path, { recursive: true, force: true });
}

async function build(label: string, cold: string[], command: BuildCommand): Promise<BuildRun> {
	removeAll(cold);
	const run = await runBuild(command);
	console.log(
		`  ${label.padEnd(10)} ${run.seconds.toFixed(1).padStart(6)} s wall, ${run.cpuSeconds.toFixed(1).padStart(6)} s CPU, peak ${run.peakTreeMB} MiB (largest: ${run.peakProcess}, ${run.peakProcessMB} MiB), load ${run.loadAtStart.toFixed(1)}`,
	);
	return run;
}

interface Served {
	label: string;
	base: string;
	dist: string;
	box: SearchBox;
}

async function searchBoth(browser: Browser, sites: Served[], paperPath: string, resultPath: string, runs: number): Promise<ReaderSearch[][]> {
	const results: ReaderSearch[][] = sites.map(() => []);
	for (let run = 0; run < runs; run++) {
		for (const [index, site] of sites.entries()) {
			const measured = await measureReaderSearch(browser, { base: site.base, dist: site.dist, paperPath, word: RARE_WORD, resultPath }, site.box);
			results[index]?.push(measured);
			console.log(
				`  ${site.label.padEnd(10)} page ${kb(measured.pageView.bytes)}, search ${kb(measured.search.bytes)} (${measured.search.requests} requests), first result after ${measured.ms} ms`,
			);
		}
	}
	return results;
}

function byKind(files: Transfer[]): string[][] {
	const kinds = new Map<string, { files: number; wire: number }>();
	for (const file of files) {
		const entry = kinds.get(kindOf(file.url)) ?? { files: 0, wire: 0 };
		kinds.set(kindOf(file.url), { files: entry.files + 1, wire: entry.wire + file.wire });
	}
	return [...kinds].sort((a, b) => b[1].wire - a[1].wire).map(([kind, v]) => [kind, String(v.files), kb(v.wire)]);
}

interface SizeDetail {
	run: SizeRun;
	builds: { ours: BuildRun[]; peer: BuildRun[] };
	searches: { ours: ReaderSearch[]; peer: ReaderSearch[] };
	index: { ours: DistStats; peer: DistStats };
}

function printSize(detail: SizeDetail, peerName: string) {
	const { run } = detail;
	console.log(`\n${run.papers.toLocaleString('en-GB')} papers (${run.words.toLocaleString('en-GB')} words), this site against ${peerName}:\n`);
	console.log(textTable(comparisonTable(run, peerName)));
	console.log(`\n${COLD}`);
	const index = (stats: DistStats) =>
		`${mb(stats.indexBytesUsed)} in ${Object.values(stats.indexParts)
			.reduce((sum, part) => sum + part.files, 0)
			.toLocaleString('en-GB')} files`;
	console.log(`Pagefind index: this site ${index(detail.index.ours)}, ${peerName} ${index(detail.index.peer)}.`);
	for (const [label, builds] of [
		['this site', detail.builds.ours],
		[peerName, detail.builds.peer],
	] as const) {
		const last = builds.at(-1);
		if (!last) continue;
		const processes = Object.entries(last.byProcess)
			.sort((a, b) => b[1] - a[1])
			.map(([name, value]) => `${name} ${value}`);
		console.log(`Peak memory per process, ${label} (last build, MiB): ${processes.join(', ')}`);
	}
	for (const [label, searches] of [
		['this site', detail.searches.ours],
		[peerName, detail.searches.peer],
	] as const) {
		const last = searches.at(-1);
		if (!last) continue;
		console.log(`\nFirst search on ${label}, by kind of file (last run):`);
		console.log(textTable([['kind', 'files', 'wire'], ...byKind(last.searchFiles)]));
		console.log(
			`The paper page view on ${label}: ${byKind(last.pageFiles)
				.map(([kind, files, wire]) => `${kind} ${files} (${wire})`)
				.join('; ')}`,
		);
	}
}

async function measureSize(options: SideBySideOptions, papers: number, peer: StarlightSite, work: string, peerName: string): Promise<SizeDetail> {
	const { repo, runs } = options;
	const contentDir = join(work, `content-${papers}`);
	const ourDist = join(work, `dist-${papers}`);
	console.log(`\nGenerating ${papers} papers for both sites …`);
	const content = generateContent(contentDir, papers, options.symposia);
	peer.writePapers(syntheticPapers(papers));
	const paperPath = `/papers/${content.papers[startPaperIndex(papers, options.symposia)]}/`;
	const resultPath = `/papers/${content.papers[rarePaperIndex(papers)]}/`;
	const ourCold = [...['', '-wal', '-shm'].map((suffix) => `${CACHE_FILE}${suffix}`), contentCache(repo, contentDir), ourDist];

	const env = options.env.length > 0 ? `; this site with ${options.env.join(' ')}` : '';
	console.log(`Building, alternating, ${runs} of each (cold; see below)${env} …`);
	const builds = { ours: [] as BuildRun[], peer: [] as BuildRun[] };
	for (let run = 0; run < runs; run++) {
		builds.ours.push(
			await build('this site', ourCold, siteBuild(repo, contentDir, ourDist, join(work, `ours-${papers}-${run + 1}.log`), parseEnv(options.env))),
		);
		builds.peer.push(await build(peerName, peer.coldPaths, peer.build(join(work, `peer-${papers}-${run + 1}.log`))));
	}
	// A rebuild after an editor changes one paper, with the build cache kept as the deploy workflow keeps it.
	console.log(`Rebuilding this site after one paper changes, ${runs} time(s), with its build cache kept …`);
	const rebuilds: BuildRun[] = [];
	for (let run = 0; run < runs; run++) {
		appendFileSync(join(contentDir, 'papers', `${content.papers[run]}.mdx`), `\nA sentence an editor added in rebuild ${run + 1}.\n`);
		rebuilds.push(await build('rebuild', [], siteBuild(repo, contentDir, ourDist, join(work, `ours-${papers}-rebuild-${run + 1}.log`), parseEnv(options.env))));
	}
	const ourStats = distStats(ourDist);
	const peerStats = distStats(peer.dist);

	console.log(`Searching for "${RARE_WORD}" from ${paperPath} (the result: ${resultPath}), ${runs} time(s) on each …`);
	const servers = [await startPreview(repo, ourDist), await startPreview(peer.dir, peer.dist)];
	const browser = await chromium.launch(chromiumLaunchOptions());
	let searches: ReaderSearch[][];
	let wide: ReaderSearch[] | undefined;
	try {
		const [ours, theirs] = servers as [(typeof servers)[number], (typeof servers)[number]];
		searches = await searchBoth(
			browser,
			[
				{ label: 'this site', base: ours.base, dist: ourDist, box: SITE_SEARCH },
				{ label: peerName, base: theirs.base, dist: peer.dist, box: STARLIGHT_SEARCH },
			],
			paperPath,
			resultPath,
			runs,
		);
		// With several symposia, a search from a page of none of them (the home page) searches them all.
		if (options.symposia > 1) {
			console.log(`Searching all symposia from / , ${runs} time(s) …`);
			[wide] = await searchBoth(browser, [{ label: 'this site', base: ours.base, dist: ourDist, box: SITE_SEARCH }], '/', resultPath, runs);
		}
	} finally {
		await browser.close();
		for (const server of servers) await server.stop();
	}
	const [ourSearches = [], peerSearches = []] = searches;
	// The content cache only speeds up a rebuild of this same folder, as in the single-site bench.
	removeAll([contentCache(repo, contentDir), ...(options.keep ? [] : [contentDir, ourDist])]);
	return {
		run: {
			papers,
			words: content.words,
			ours: { builds: builds.ours, pages: ourStats.pages, searches: ourSearches, rebuilds, ...(wide ? { wideSearches: wide } : {}) },
			peer: { builds: builds.peer, pages: peerStats.pages, searches: peerSearches },
		},
		builds,
		searches: { ours: ourSearches, peer: peerSearches },
		index: { ours: ourStats, peer: peerStats },
	};
}

export async function sideBySide(options: SideBySideOptions): Promise<void> {
	const { repo } = options;
	parseEnv(options.env);
	const loadAtStart = loadavg()[0] ?? 0;
	const work = mkdtempSync(join(tmpdir(), 'symposium-peer-'));
	const peer = installStarlight(repo, work);
	const peerName = `Starlight ${peer.version}`;
	const details: SizeDetail[] = [];
	try {
		for (const papers of options.sizes) {
			const detail = await measureSize(options, papers, peer, work, peerName);
			details.push(detail);
			printSize(detail, peerName);
		}
	} finally {
		peer.release();
		if (options.keep) console.log(`\nKept ${work} (content, builds, logs; the peer's node_modules is back in the cache).`);
		else rmSync(work, { recursive: true, force: true });
	}
	if (options.json) writeFileSync(options.json, `${JSON.stringify(details, null, '\t')}\n`);
	if (!options.record) return;

	const date = new Date().toISOString().slice(0, 10);
	const file = join(repo, 'BENCHMARKS.md');
	const curveRows = mergeCurve(
		readTableRows(file, CURVE_HEADING),
		details.map((d) => curveRow(curvePoint(d.run), options.runs, date)),
	);
	const points = curveRows.map(parseCurveRow).flatMap((parsed) => (parsed ? [parsed.point] : []));
	writeFileSync(join(repo, CHART_FILE), curveSvg(points, peerName));
	const section = sideBySideSection(
		{
			date,
			peerName,
			cores: availableParallelism(),
			memoryGiB: Math.round(totalmem() / 1024 ** 3),
			loadAtStart,
			loadAtEnd: loadavg()[0] ?? 0,
			versions: {
				node: process.versions.node,
				astro: installedVersion(repo, 'astro'),
				starlight: peer.version,
				pagefindOurs: installedVersion(repo, 'pagefind'),
				pagefindPeer: peer.pagefindVersion,
			},
			env: options.env,
			runs: options.runs,
		},
		details.map((d) => d.run),
		curveRows,
		CHART_FILE,
	);
	writeSection(file, section);
	console.log(`\nRecorded the side-by-side section in BENCHMARKS.md and drew ${CHART_FILE}.`);
}
