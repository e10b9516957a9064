/**
 * What PDF galleys cost the build (src/lib/build/galleys.ts), on N synthetic papers, every one
 * with its full text: a cold build prints every galley (its galley step's seconds over the papers
 * is the cold cost of one); then builds without galleys (GALLEYS=off) and with them taken from
 * the cache alternate, on the build cache the cold build filled, and their medians are compared
 * with the goal (with the cache warm, within 10% of a build without galleys).
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentCache, runBuild, siteBuild, type BuildRun } from './build-run.ts';
import { generateContent } from './content.ts';
import { median } from './stats.ts';
import { writeTableRows } from '../lib/benchmarks-file.ts';
import { textTable } from '../lib/tables.ts';
import { chromiumVersion } from '../../src/lib/build/chromium.ts';

/** The galley step's line (src/integrations/finish-site.ts): "PDF galleys of 100 papers, 8.4 MB: 100 printed, … in 123.4 s". */
const GALLEY_LINE = /PDF galleys of (\d+) papers, .*: (\d+) printed, .* in ([\d.]+) s/;

export interface GalleyFigures {
	papers: number;
	/** The cold build: its galley step, and the whole build. */
	coldStepSeconds: number;
	coldBuildSeconds: number;
	/** Every galley together, and the median file. */
	bytes: number;
	medianBytes: number;
	/** Warm rebuilds: without galleys, and with every galley from the cache. */
	withoutSeconds: number[];
	cachedSeconds: number[];
	cachedStepSeconds: number[];
	/** The 1-minute load average at the start of each build, cold first. */
	loads: number[];
	/** Which Chromium printed them: its version number. */
	chromium: string;
}

function galleyStep(build: BuildRun): { papers: number; printed: number; seconds: number } {
	const line = build.phases.map((phase) => GALLEY_LINE.exec(phase.line)).find(Boolean);
	if (!line) throw new Error(`The build printed no galley line: see ${build.logFile}`);
	return { papers: Number(line[1]), printed: Number(line[2]), seconds: Number(line[3]) };
}

function galleySizes(dist: string): number[] {
	return readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter((path) => path.endsWith('.pdf'))
		.map((path) => statSync(join(dist, path)).size);
}

export async function measureGalleys(repo: string, papers: number, runs: number, keep: boolean): Promise<GalleyFigures> {
	const work = mkdtempSync(join(tmpdir(), 'symposium-galleys-'));
	const contentDir = join(work, 'content');
	const dist = join(work, 'dist');
	// A build cache of its own, empty at the start: the first build is cold.
	const env = { BUILD_CACHE: join(work, 'build-results.sqlite') };
	try {
		console.log(`Generating ${papers} papers in ${contentDir} …`);
		generateContent(contentDir, papers);
		const build = (name: string, extra: Record<string, string> = {}) =>
			runBuild(siteBuild(repo, contentDir, dist, join(work, `${name}.log`), { ...env, ...extra }));

		console.log('Cold build, printing every galley …');
		const cold = await build('cold');
		const coldStep = galleyStep(cold);
		if (coldStep.printed !== papers) throw new Error(`The cold build printed ${coldStep.printed} galleys for ${papers} papers: see ${cold.logFile}`);
		const sizes = galleySizes(dist);
		console.log(`  ${cold.seconds.toFixed(1)} s, of which the galleys ${coldStep.seconds} s`);

		const figures: GalleyFigures = {
			papers,
			coldStepSeconds: coldStep.seconds,
			coldBuildSeconds: cold.seconds,
			bytes: sizes.reduce((sum, size) => sum + size, 0),
			medianBytes: median(sizes),
			withoutSeconds: [],
			cachedSeconds: [],
			cachedStepSeconds: [],
			loads: [cold.loadAtStart],
			chromium: /\d+\.\d+\.\d+\.\d+/.exec(chromiumVersion())?.[0] ?? chromiumVersion(),
		};
		for (let run = 1; run <= runs; run++) {
			const without = await build(`without-${run}`, { GALLEYS: 'off' });
			const cached = await build(`cached-${run}`);
			const step = galleyStep(cached);
			if (step.printed !== 0) throw new Error(`A warm build printed ${step.printed} galleys: see ${cached.logFile}`);
			figures.withoutSeconds.push(without.seconds);
			figures.cachedSeconds.push(cached.seconds);
			figures.cachedStepSeconds.push(step.seconds);
			figures.loads.push(without.loadAtStart, cached.loadAtStart);
			console.log(
				`  run ${run}: without galleys ${without.seconds.toFixed(1)} s, galleys from the cache ${cached.seconds.toFixed(1)} s (their step ${step.seconds} s)`,
			);
		}
		return figures;
	} finally {
		rmSync(contentCache(repo, contentDir), { recursive: true, force: true });
		if (keep) console.log(`Kept ${work}`);
		else rmSync(work, { recursive: true, force: true });
	}
}

const seconds = (value: number) => value.toFixed(1);
const percent = (cached: number, without: number) => `${cached >= without ? '+' : ''}${(((cached - without) / without) * 100).toFixed(0)}%`;

const COLUMNS = [
	'papers',
	'cold galley step, s',
	'per galley, s',
	'galleys, MB (median KB)',
	'build without galleys, s',
	'build with galleys cached, s (their step)',
	'difference',
	'load average',
	'warm runs',
	'Chromium',
	'date',
] as const;

function row(figures: GalleyFigures, date: string): string[] {
	const without = median(figures.withoutSeconds);
	const cached = median(figures.cachedSeconds);
	return [
		String(figures.papers),
		seconds(figures.coldStepSeconds),
		(figures.coldStepSeconds / figures.papers).toFixed(2),
		`${(figures.bytes / 1e6).toFixed(1)} (${Math.round(figures.medianBytes / 1000)})`,
		seconds(without),
		`${seconds(cached)} (${seconds(median(figures.cachedStepSeconds))})`,
		percent(cached, without),
		`${Math.min(...figures.loads).toFixed(1)} to ${Math.max(...figures.loads).toFixed(1)}`,
		String(figures.withoutSeconds.length),
		figures.chromium,
		date,
	];
}

export function printGalleys(figures: GalleyFigures, date: string): void {
	console.log(`\nPDF galleys (medians of the warm builds; goal: with the cache warm, within 10% of a build without galleys)\n`);
	console.log(textTable([[...COLUMNS], row(figures, date)]));
}

const INTRO =
	'`npm run bench -- --galleys --papers N [--runs 3] --record` (scripts/bench/galleys.ts). Every synthetic paper has its full text, so every one has a galley. ' +
	'The cold galley step is that of the first build, on an empty build cache: Chromium prints the paper pages two at a time (src/lib/build/galley-print.ts), ' +
	'so "per galley" is the step over the papers, with Chromium\'s start. Then builds without galleys (`GALLEYS=off`) and with every galley from the cache ' +
	'alternate on the cache the cold build filled, and the table gives their medians. The goal: with the cache warm, within 10% of a build without galleys. ' +
	'These machines were shared with other work while the figures were taken: the load average at the start of each build is in its column, and a load ' +
	'above the two cores moves the wall-clock figures by more than the galleys do.';

/** Adds or replaces the row for this size in BENCHMARKS.md's "PDF galleys" section. */
export function recordGalleys(file: string, figures: GalleyFigures, date: string): void {
	writeTableRows(file, '## PDF galleys', INTRO, COLUMNS, (rows) =>
		[...rows.filter((existing) => existing[0] !== String(figures.papers)), row(figures, date)].sort((a, b) => Number(a[0]) - Number(b[0])),
	);
}
