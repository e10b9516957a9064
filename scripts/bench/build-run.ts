/**
 * Runs a site's build and measures it: wall-clock seconds, CPU seconds, and peak memory of
 * the whole process tree (for this site the build script, Astro, and the Pagefind service
 * Astro starts), sampled from /proc. The same measure serves this site and a peer.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { readGnuTime, underGnuTime } from './gnu-time.ts';

export interface Phase {
	/** Seconds from the start of the build to the log line that ends the phase. */
	at: number;
	/** CPU seconds the tree had used by then: unlike wall-clock time, other work barely changes it. */
	cpu: number;
	line: string;
}

export interface BuildRun {
	seconds: number;
	/**
	 * user + system CPU seconds of the whole tree: the larger of /proc's count (every
	 * process, sampled) and GNU time's (which misses the Pagefind service: Node kills it
	 * at close and nobody waits for it, so its time is never reported to the parent).
	 */
	cpuSeconds: number;
	/** Highest sum of VmRSS over the tree at any sample: what the machine had to hold at once. */
	peakTreeMB: number;
	/** Highest VmHWM of any one process (kernel-tracked, so no sample can miss it). */
	peakProcessMB: number;
	/** Which process that was, e.g. "node astro build" or "pagefind". */
	peakProcess: string;
	/** Peak VmHWM per process name, for seeing where the memory goes. */
	byProcess: Record<string, number>;
	/** 1-minute load average when the build started: other work on the machine slows it. */
	loadAtStart: number;
	phases: Phase[];
	/** RSS over time, in buckets: the largest sample of each, per process name. */
	timeline: { at: number; totalMB: number; byProcess: Record<string, number> }[];
	logFile: string;
}

const SAMPLE_MS = 100;

interface ProcInfo {
	ppid: number;
	name: string;
}

function readProc(pid: number): ProcInfo | undefined {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// The name is in parentheses and may contain spaces; fields after it are fixed.
		const close = stat.lastIndexOf(')');
		const ppid = Number(stat.slice(close + 2).split(' ')[1]);
		const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
		const name = describe(cmdline, stat.slice(stat.indexOf('(') + 1, close));
		return { ppid, name };
	} catch {
		return undefined;
	}
}

/** A short, stable name for a process, so peaks can be attributed. */
function describe(cmdline: string[], comm: string): string {
	const script = cmdline.find((arg) => /\.(m?js|ts)$/.test(arg));
	if (script?.endsWith('astro.mjs')) return 'node astro build';
	if (script?.endsWith('build.ts')) return 'node scripts/build.ts';
	if (comm === 'time') return 'time';
	return script ? `${comm} ${script.split('/').slice(-2).join('/')}` : comm;
}

/** utime + stime of one process, in seconds (the kernel counts in ticks of 1/100 s). */
function processCpu(pid: number): number | undefined {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return (Number(fields[11]) + Number(fields[12])) / 100;
	} catch {
		return undefined;
	}
}

function memoryKB(pid: number): { rss: number; hwm: number } | undefined {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
		return { rss: field('VmRSS'), hwm: field('VmHWM') };
	} catch {
		return undefined;
	}
}

/** The root and every process descended from it, found through /proc/<pid>/stat. */
function tree(root: number): Map<number, string> {
	const children = new Map<number, number[]>();
	const names = new Map<number, string>();
	for (const entry of readdirSync('/proc')) {
		const pid = Number(entry);
		if (!Number.isInteger(pid)) continue;
		const info = readProc(pid);
		if (!info) continue;
		names.set(pid, info.name);
		children.set(info.ppid, [...(children.get(info.ppid) ?? []), pid]);
	}
	const found = new Map<number, string>();
	const queue = [root];
	while (queue.length > 0) {
		const pid = queue.shift() as number;
		found.set(pid, names.get(pid) ?? String(pid));
		queue.push(...(children.get(pid) ?? []));
	}
	return found;
}

/** Twenty buckets over the build, each holding its largest sample, so a phase's memory can be read off. */
function buckets(samples: { at: number; total: number; rss: Record<string, number> }[], seconds: number): BuildRun['timeline'] {
	const size = seconds / 20;
	const result: BuildRun['timeline'] = [];
	for (let i = 0; i < 20; i++) {
		const inBucket = samples.filter((s) => s.at >= i * size && s.at < (i + 1) * size);
		const top = inBucket.sort((a, b) => b.total - a.total)[0];
		if (!top) continue;
		const byProcess = Object.fromEntries(Object.entries(top.rss).map(([name, kb]) => [name, Math.round(kb / 1024)]));
		result.push({ at: Math.round((i + 1) * size * 10) / 10, totalMB: Math.round(top.total / 1024), byProcess });
	}
	return result;
}

/** Lines worth keeping as phase marks: Astro's step summaries and our integration's. */
const PHASE_LINE = /\[(content|types|build|search-index|finish-site)\]|generating static routes|Completed in|page\(s\) built/;

/** A build to measure: the command, where it runs, and what it adds to the environment. */
export interface BuildCommand {
	command: string[];
	cwd: string;
	env: Record<string, string>;
	logFile: string;
}

/** The Astro cache astro.config.mjs gives a build from this content folder (a cold build starts without it). */
export function contentCache(repo: string, contentDir: string): string {
	return join(repo, 'node_modules/.astro', `content-${contentDir.replace(/[^\w]+/g, '-')}`);
}

/** This site's build as `npm run build` runs it (check, then Astro), from a content folder into outDir. */
export function siteBuild(repo: string, contentDir: string, outDir: string, logFile: string, env: Record<string, string> = {}): BuildCommand {
	return { command: [process.execPath, join(repo, 'scripts/build.ts'), '--outDir', outDir], cwd: repo, env: { ...env, CONTENT_DIR: contentDir }, logFile };
}

export async function runBuild({ command, cwd, env, logFile }: BuildCommand): Promise<BuildRun> {
	const timeFile = `${logFile}.time`;
	// GNU time reports CPU seconds and the largest single RSS of the processes it is told
	// about; /proc sampling sees the whole tree, so both are kept and the larger wins.
	const [file, ...args] = underGnuTime(command, timeFile);
	const log = createWriteStream(logFile);
	const loadAtStart = loadavg()[0] ?? 0;
	const started = performance.now();
	const child = spawn(file as string, args, {
		cwd,
		env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const phases: Phase[] = [];
	// The latest CPU seconds seen per process; their sum is the tree's CPU so far.
	const cpuByPid = new Map<number, number>();
	const cpuSoFar = () => [...cpuByPid.values()].reduce((sum, value) => sum + value, 0);
	let pending = '';
	const onData = (chunk: Buffer) => {
		log.write(chunk);
		const lines = (pending + chunk.toString('utf8')).split('\n');
		pending = lines.pop() ?? '';
		const at = (performance.now() - started) / 1000;
		for (const line of lines) {
			if (PHASE_LINE.test(line) && !line.includes('├─') && !line.includes('└─')) phases.push({ at, cpu: cpuSoFar(), line: line.trim() });
		}
	};
	child.stdout.on('data', onData);
	child.stderr.on('data', onData);

	let peakTree = 0;
	const byProcess: Record<string, number> = {};
	const samples: { at: number; total: number; rss: Record<string, number> }[] = [];
	const sample = () => {
		if (child.pid === undefined) return;
		let sum = 0;
		const rss: Record<string, number> = {};
		for (const [pid, name] of tree(child.pid)) {
			const memory = memoryKB(pid);
			// A process that is exiting reports no memory; it holds none worth counting.
			if (!memory || memory.hwm === 0 || name === 'time') continue;
			sum += memory.rss;
			rss[name] = (rss[name] ?? 0) + memory.rss;
			const cpu = processCpu(pid);
			if (cpu !== undefined) cpuByPid.set(pid, cpu);
			byProcess[name] = Math.max(byProcess[name] ?? 0, memory.hwm);
		}
		peakTree = Math.max(peakTree, sum);
		samples.push({ at: (performance.now() - started) / 1000, total: sum, rss });
	};
	const timer = setInterval(sample, SAMPLE_MS);
	const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
	clearInterval(timer);
	const seconds = (performance.now() - started) / 1000;
	await new Promise((resolve) => log.end(resolve));
	if (code !== 0) throw new Error(`The build failed (exit ${code}); its output is in ${logFile}.`);

	let cpuSeconds = cpuSoFar();
	const gnuTime = readGnuTime(timeFile);
	if (gnuTime) {
		cpuSeconds = Math.max(cpuSeconds, gnuTime.cpuSeconds);
		// A process that lived less than one sample still shows in GNU time's maximum.
		if (gnuTime.maxKB > peakTree) peakTree = gnuTime.maxKB;
	}
	const [peakProcess, peakKB] = Object.entries(byProcess).sort((a, b) => b[1] - a[1])[0] ?? ['none', 0];
	const mb = (kb: number) => Math.round(kb / 1024);
	return {
		seconds,
		cpuSeconds,
		peakTreeMB: mb(peakTree),
		peakProcessMB: mb(peakKB),
		peakProcess,
		byProcess: Object.fromEntries(Object.entries(byProcess).map(([name, kb]) => [name, mb(kb)])),
		loadAtStart,
		phases,
		timeline: buckets(samples, seconds),
		logFile,
	};
}
