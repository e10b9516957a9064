/**
 * Times `npm test` as a fresh clone runs it: with no build output or content cache left
 * by an earlier run. Its output goes to the terminal and to a log file.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { writeTableRows } from '../lib/benchmarks-file.ts';
import { readGnuTime, underGnuTime } from './gnu-time.ts';

export interface TestRun {
	seconds: number;
	/** user + system seconds of npm test and the processes it waited for; undefined without GNU time. */
	cpuSeconds: number | undefined;
	/** 1-minute load averages: other work on the machine slows the tests. */
	loadAtStart: number;
	loadAtEnd: number;
	passed: boolean;
}

/** What a fresh clone lacks: the tests' build output, and the builds' content caches and generated types. */
const LEFTOVERS = ['tests/.output', 'node_modules/.astro', '.astro'];

export async function runTests(repo: string, logFile: string): Promise<TestRun> {
	for (const folder of LEFTOVERS) rmSync(join(repo, folder), { recursive: true, force: true });
	const timeFile = `${logFile}.time`;
	// The npm that runs this script, under the project's Node, as `npm test` would be run.
	const npm = process.env['npm_execpath'] ? [process.execPath, process.env['npm_execpath']] : ['npm'];
	const [file, ...args] = underGnuTime([...npm, 'test'], timeFile);
	const log = createWriteStream(logFile);
	const loadAtStart = loadavg()[0] ?? 0;
	const started = performance.now();
	const child = spawn(file!, args, { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
	for (const stream of [child.stdout, child.stderr]) {
		stream.on('data', (chunk: Buffer) => {
			log.write(chunk);
			process.stdout.write(chunk);
		});
	}
	const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
	const seconds = (performance.now() - started) / 1000;
	await new Promise((resolve) => log.end(resolve));
	return { seconds, cpuSeconds: readGnuTime(timeFile)?.cpuSeconds, loadAtStart, loadAtEnd: loadavg()[0] ?? 0, passed: code === 0 };
}

export const TEST_SECTION = '## Test time';

const TEST_COLUMNS = ['date', 'wall min', 'CPU min', 'load at start', 'load at end', 'cores', 'result'] as const;

const TEST_INTRO = `Made by \`npm run bench -- --tests --record\` (scripts/bench/test-run.ts): \`npm test\`
(type check, Vitest, then Playwright's global setup and browser tests) from no build output or
content cache, as on a fresh clone. *wall* is the time a person waits; *CPU* is the user + system
time of npm test and the processes it waited for, which changes less when other work shares the
machine; *load* is the 1-minute load average. The ten latest runs are kept.`;

export function testRow(run: TestRun, date: string): string[] {
	return [
		date,
		(run.seconds / 60).toFixed(1),
		run.cpuSeconds === undefined ? 'n/a' : (run.cpuSeconds / 60).toFixed(1),
		run.loadAtStart.toFixed(1),
		run.loadAtEnd.toFixed(1),
		String(availableParallelism()),
		run.passed ? 'passed' : 'failed',
	];
}

/** Adds the run as the newest row of the table under TEST_SECTION, keeping the ten latest. */
export function recordTestRun(file: string, row: string[]): void {
	writeTableRows(file, TEST_SECTION, TEST_INTRO, TEST_COLUMNS, (rows) => [...rows, row].slice(-10));
}
