/**
 * The figures of `npm run bench -- --peer starlight`, as tables and as the "Side by side
 * with Starlight" section of BENCHMARKS.md: medians of each site's runs, ratios (this site
 * over the peer) and the goals of issue 24 beside them. Pure: it only turns numbers into text.
 */
import { markdownTable } from '../lib/tables.ts';
import type { BuildRun } from './build-run.ts';
import type { CurvePoint } from './chart.ts';
import type { ReaderSearch, Wire } from './reader-search.ts';
import { kb } from './report.ts';
import { median, ratio } from './stats.ts';

export const SECTION = '## Side by side with Starlight';
export const CURVE_HEADING = '### Build time and peak memory against papers';
export const CURVE_COLUMNS = ['papers', 'this site: build s', 'Starlight: build s', 'this site: peak MiB', 'Starlight: peak MiB', 'runs', 'date'] as const;

export interface SiteRuns {
	builds: Pick<BuildRun, 'seconds' | 'cpuSeconds' | 'peakTreeMB' | 'peakProcessMB' | 'peakProcess'>[];
	/** HTML files in the build. */
	pages: number;
	searches: Pick<ReaderSearch, 'pageView' | 'search' | 'ms'>[];
	/** Rebuilds after one paper changed, with the build cache kept (this site only). */
	rebuilds?: Pick<BuildRun, 'seconds'>[];
	/** With several symposia, the first search from a page of none of them, across them all (this site only). */
	wideSearches?: Pick<ReaderSearch, 'pageView' | 'search' | 'ms'>[];
}

export interface SizeRun {
	papers: number;
	words: number;
	ours: SiteRuns;
	peer: SiteRuns;
}

export interface Summary {
	wallSeconds: number;
	cpuSeconds: number;
	peakTreeMiB: number;
	peakProcessMiB: number;
	peakProcess: string;
	pages: number;
	search: Wire;
	pageView: Wire;
	pageViewAndSearch: Wire;
	ms: number;
}

const medianWire = (wires: Wire[]): Wire => ({ bytes: median(wires.map((w) => w.bytes)), requests: median(wires.map((w) => w.requests)) });

/** Each figure's median over the runs. */
export function summarise(site: SiteRuns): Summary {
	const largest = [...site.builds].sort((a, b) => b.peakProcessMB - a.peakProcessMB)[0];
	return {
		wallSeconds: median(site.builds.map((b) => b.seconds)),
		cpuSeconds: median(site.builds.map((b) => b.cpuSeconds)),
		peakTreeMiB: median(site.builds.map((b) => b.peakTreeMB)),
		peakProcessMiB: median(site.builds.map((b) => b.peakProcessMB)),
		peakProcess: largest?.peakProcess ?? 'none',
		pages: site.pages,
		search: medianWire(site.searches.map((s) => s.search)),
		pageView: medianWire(site.searches.map((s) => s.pageView)),
		pageViewAndSearch: medianWire(site.searches.map((s) => ({ bytes: s.pageView.bytes + s.search.bytes, requests: s.pageView.requests + s.search.requests }))),
		ms: median(site.searches.map((s) => s.ms)),
	};
}

/** A goal for the ratio this site / peer, from issue 24 (at 1,000 papers in 10 symposia). */
export interface Goal {
	limit: number;
	/** Strictly below the limit (results sooner), rather than at most. */
	strict?: boolean;
}

export const GOALS = {
	wall: { limit: 1 },
	peakTree: { limit: 0.5 },
	search: { limit: 0.7 },
	pageViewAndSearch: { limit: 0.6 },
	ms: { limit: 1, strict: true },
	/** Of this site's own cold build. */
	rebuild: { limit: 0.6 },
	/** Against the peer's first search, which always searches everything. */
	wideSearch: { limit: 1 },
} satisfies Record<string, Goal>;

export const goalMet = (value: number, goal: Goal) => (goal.strict ? value < goal.limit : value <= goal.limit);

function goalCell(value: number, goal: Goal): string {
	const target = goal.strict ? `< ${goal.limit}x (sooner)` : `≤ ${goal.limit}x`;
	return Number.isNaN(value) ? target : `${target}: ${goalMet(value, goal) ? 'met' : 'missed'}`;
}

const formatRatio = (value: number) => (Number.isNaN(value) ? '–' : `${value.toFixed(2)}x`);
const whole = (value: number) => Math.round(value).toLocaleString('en-GB');
const seconds = (value: number) => `${value.toFixed(1)} s`;
const wire = (value: Wire) => `${kb(value.bytes)} (${whole(value.requests)} requests)`;

/** The comparison for one corpus size, header first: each figure for both sites, the ratio, the goal. */
export function comparisonTable(run: SizeRun, peerName: string): string[][] {
	const ours = summarise(run.ours);
	const peer = summarise(run.peer);
	const row = (measure: string, show: (s: Summary) => string, value?: (s: Summary) => number, goal?: Goal) => {
		const r = value ? ratio(value(ours), value(peer)) : Number.NaN;
		return [measure, show(ours), show(peer), value ? formatRatio(r) : '', goal ? goalCell(r, goal) : ''];
	};
	const runs = run.ours.builds.length;
	return [
		['measure', 'this site', peerName, 'ratio', 'goal (ratio)'],
		row(
			`build, wall clock (median of ${runs})`,
			(s) => seconds(s.wallSeconds),
			(s) => s.wallSeconds,
			GOALS.wall,
		),
		row(
			'build, CPU of the process tree',
			(s) => seconds(s.cpuSeconds),
			(s) => s.cpuSeconds,
		),
		row(
			'peak memory, whole process tree',
			(s) => `${whole(s.peakTreeMiB)} MiB`,
			(s) => s.peakTreeMiB,
			GOALS.peakTree,
		),
		row(
			'peak memory, largest process',
			(s) => `${whole(s.peakProcessMiB)} MiB (${s.peakProcess})`,
			(s) => s.peakProcessMiB,
		),
		row(
			'pages built (HTML files)',
			(s) => whole(s.pages),
			(s) => s.pages,
		),
		row(
			'first search from a paper page, on the wire',
			(s) => wire(s.search),
			(s) => s.search.bytes,
			GOALS.search,
		),
		row(
			'a page view plus that first search, on the wire',
			(s) => wire(s.pageViewAndSearch),
			(s) => s.pageViewAndSearch.bytes,
			GOALS.pageViewAndSearch,
		),
		row(
			'the paper page view alone, on the wire',
			(s) => wire(s.pageView),
			(s) => s.pageView.bytes,
		),
		row(
			'Enter (this site) or last keystroke (peer) to the first result',
			(s) => `${whole(s.ms)} ms`,
			(s) => s.ms,
			GOALS.ms,
		),
		...ownRows(run, ours, peer),
	];
}

/** The rows only this site has: a rebuild against its own cold build, and a search of every symposium against the peer's. */
function ownRows(run: SizeRun, ours: Summary, peer: Summary): string[][] {
	const rows: string[][] = [];
	const { rebuilds, wideSearches } = run.ours;
	if (rebuilds && rebuilds.length > 0) {
		const rebuild = median(rebuilds.map((b) => b.seconds));
		const r = ratio(rebuild, ours.wallSeconds);
		rows.push([
			`rebuild after one paper changes, build cache kept (ratio: of this site's cold build)`,
			seconds(rebuild),
			'',
			formatRatio(r),
			goalCell(r, GOALS.rebuild),
		]);
	}
	if (wideSearches && wideSearches.length > 0) {
		const wide = medianWire(wideSearches.map((s) => s.search));
		const r = ratio(wide.bytes, peer.search.bytes);
		rows.push([
			'first search across all symposia, from the home page, on the wire',
			wire(wide),
			wire(peer.search),
			formatRatio(r),
			goalCell(r, GOALS.wideSearch),
		]);
		const ms = median(wideSearches.map((s) => s.ms));
		rows.push(['  its Enter to the first result', `${whole(ms)} ms`, `${whole(peer.ms)} ms`, formatRatio(ratio(ms, peer.ms)), '']);
	}
	return rows;
}

export function curvePoint(run: SizeRun): CurvePoint {
	const side = (site: SiteRuns) => {
		const s = summarise(site);
		return { wallSeconds: s.wallSeconds, peakMiB: s.peakTreeMiB };
	};
	return { papers: run.papers, ours: side(run.ours), peer: side(run.peer) };
}

export function curveRow(point: CurvePoint, runs: number, date: string): string[] {
	return [
		String(point.papers),
		point.ours.wallSeconds.toFixed(1),
		point.peer.wallSeconds.toFixed(1),
		whole(point.ours.peakMiB),
		whole(point.peer.peakMiB),
		String(runs),
		date,
	];
}

const number = (cell: string | undefined) => Number((cell ?? '').replace(/,/g, ''));

/** A curve row read back from BENCHMARKS.md, or undefined for one that is not numbers. */
export function parseCurveRow(cells: string[]): { point: CurvePoint; row: string[] } | undefined {
	const [papers, ourWall, peerWall, ourPeak, peerPeak] = cells.map(number);
	const point = {
		papers: papers ?? Number.NaN,
		ours: { wallSeconds: ourWall ?? Number.NaN, peakMiB: ourPeak ?? Number.NaN },
		peer: { wallSeconds: peerWall ?? Number.NaN, peakMiB: peerPeak ?? Number.NaN },
	};
	return [point.papers, point.ours.wallSeconds, point.ours.peakMiB, point.peer.wallSeconds, point.peer.peakMiB].every(Number.isFinite)
		? { point, row: cells }
		: undefined;
}

/** The recorded rows with this run's sizes replaced, in order of papers. */
export function mergeCurve(recorded: string[][], fresh: string[][]): string[][] {
	const sizes = new Set(fresh.map((row) => row[0]));
	return [...recorded.filter((row) => !sizes.has(row[0]) && parseCurveRow(row)), ...fresh].sort((a, b) => number(a[0]) - number(b[0]));
}

export interface RunContext {
	date: string;
	peerName: string;
	cores: number;
	memoryGiB: number;
	loadAtStart: number;
	loadAtEnd: number;
	versions: { node: string; astro: string; starlight: string; pagefindOurs: string; pagefindPeer: string };
	/** Extra environment for this site's builds (--env), if any. */
	env: string[];
	runs: number;
}

export const INTRO = `Made by \`npm run bench -- --papers N --peer starlight --record\` (scripts/bench/cli.ts,
scripts/bench/side-by-side.ts). The same seeded corpus of N synthetic MDX papers is built by
this site (as \`npm run build\` builds it: the content check beside \`astro build\`, then the
Pagefind index once Astro has exited) and by Starlight, pinned with its lockfile in
\`scripts/bench/peers/starlight/\` with a one-link sidebar (Starlight's default lists every
page in every page's sidebar, which no site of a thousand papers would keep: its pages
and build would grow with the square of N; Pagefind indexes after the build). Each paper is a Starlight docs page with the
same title, the plain-language summary as its description, and the same MDX text (the
abstract, where there is one, opening it). Builds alternate, this site then Starlight, each
from cold: before every build this site's build cache of entries' text, cards and citations
(\`node_modules/.cache/build-results.sqlite\`), its Astro content cache for the bench content and its output are removed,
and Starlight's \`.astro/\`, \`node_modules/.astro/\` and \`dist/\` (the operating system's
file cache stays warm). *wall* and *CPU* (user + system, of every process in the build's
tree) are medians over the runs; *peak memory, whole process tree* is the largest sum of
RSS over the tree, sampled every 100 ms; *largest process* is the highest VmHWM of any one.
Both built sites are served by \`astro preview\` (the same server, the same gzip) and read in
headless Chromium, a fresh context (empty cache) each time: open the middle paper's page and
wait until its network is quiet (the *page view*), then search for a word that occurs in one
paper only, as a reader would: on this site type it in the header box and press Enter (the
form goes to /search/); on Starlight click the search button and type it in the dialog.
*On the wire* is headers and bodies as transferred, for requests made from the start of the
search until the link to the matching paper is painted; the time runs from Enter (this site)
or the last keystroke (Starlight) to that paint. *ratio* is this site's figure over
Starlight's, beside the goal from issue 24 (at 1,000 papers in 10 symposia).`;

/** The whole section: intro, the run's context, a table per size, the chart and the curve table. */
export function sideBySideSection(context: RunContext, runs: SizeRun[], curveRows: string[][], chartFile: string): string {
	const { versions: v } = context;
	const env = context.env.length > 0 ? ` This site's builds ran with ${context.env.map((e) => `\`${e}\``).join(', ')}.` : '';
	const run =
		`Run on ${context.date}: ${context.cores} cores, ${context.memoryGiB} GiB memory, 1-minute load average ${context.loadAtStart.toFixed(1)} at the start ` +
		`and ${context.loadAtEnd.toFixed(1)} at the end (other people's work shares this machine: compare CPU seconds, which change less). ` +
		`Node ${v.node}, Astro ${v.astro}, Starlight ${v.starlight}, Pagefind ${v.pagefindOurs} (this site) and ${v.pagefindPeer} (Starlight); ` +
		`${context.runs} build${context.runs === 1 ? '' : 's'} and search${context.runs === 1 ? '' : 'es'} of each site per size, alternating.${env}`;
	const tables = runs.map(
		(r) =>
			`### ${r.papers.toLocaleString('en-GB')} papers (${r.words.toLocaleString('en-GB')} words)\n\n${markdownTable(comparisonTable(r, context.peerName))}`,
	);
	const points = curveRows.map(parseCurveRow).filter((p) => p !== undefined);
	const alt = `Two line charts against the number of papers (${points.map((p) => p.point.papers.toLocaleString('en-GB')).join(', ')}): build wall-clock seconds and peak memory of the build's process tree, for this site (solid line, circles) and ${context.peerName} (dashed line, squares); the figures are in the table below.`;
	return [
		SECTION,
		INTRO,
		run,
		...tables,
		CURVE_HEADING,
		`Each size's row is replaced when that size is run again with \`--record\`; the chart (\`${chartFile}\`) is drawn from this table.`,
		`![${alt}](${chartFile})`,
		markdownTable([[...CURVE_COLUMNS], ...curveRows]),
	].join('\n\n');
}
