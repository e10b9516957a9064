/**
 * Runs the content check (scripts/check.ts, as `npm run check` does) on a content folder
 * and times it: the editors wait for it on every change, and the build waits for it too.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface CheckRun {
	seconds: number;
	entries: number;
}

export function runCheck(repo: string, contentDir: string): CheckRun {
	const started = performance.now();
	const result = spawnSync(process.execPath, [join(repo, 'scripts/check.ts'), '--content', contentDir], { cwd: repo, encoding: 'utf8' });
	const seconds = (performance.now() - started) / 1000;
	// "Checked N entries: no problems", or with warnings (which stop nothing) "No problems, and … (checked N entries …)".
	const entries = /^(?:Checked (\d+) entries: no problems|No problems, and .*\(checked (\d+) entries)/m.exec(result.stdout)?.slice(1).find(Boolean);
	// Synthetic content the check refuses would be measured on a path editors never take.
	if (result.status !== 0 || entries === undefined) throw new Error(`The content check failed on the benchmark content:\n${result.stdout}${result.stderr}`);
	return { seconds, entries: Number(entries) };
}
