/**
 * Checks the content (the same check as npm run check: every problem, one line each),
 * then builds the site into a staging folder and swaps it into dist/ only when the build
 * succeeds, so a mistake in the content never leaves a half-built or empty dist/ behind:
 * the last good site stays in place until a new one is complete.
 * Astro runs as a child process while another checks, on the second core; what it prints
 * is held back until the check has passed, and it is stopped when the check fails, so an
 * editor reads only the check's lines. Warnings (links held back until their target is
 * published) are shown, and the build goes on. The search index and the offline list are
 * written once Astro has exited (src/integrations/finish-site.ts), so their memory is
 * never added to Astro's.
 * Usage: npm run build [-- --outDir other/dir]
 */
import '../src/lib/build/load-src.ts';
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { CheckOutcome } from './lib/content-check-process.ts';

const { FINISH_AFTER_ASTRO, finishSite } = await import('../src/integrations/finish-site.ts');

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const outDir = resolve(values.outDir);
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;

const root = fileURLToPath(new URL('..', import.meta.url));
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
rmSync(staging, { recursive: true, force: true });
const exited = (child: ChildProcess) => new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));
const building = spawn(process.execPath, [astro, 'build', '--outDir', staging], {
	stdio: ['ignore', 'pipe', 'pipe'],
	env: { ...process.env, [FINISH_AFTER_ASTRO]: '1' },
});
const built = exited(building);
let checkPassed = false;
const held: [NodeJS.WriteStream, Buffer][] = [];
for (const [from, to] of [
	[building.stdout, process.stdout],
	[building.stderr, process.stderr],
] as const) {
	from.on('data', (chunk: Buffer) => (checkPassed ? to.write(chunk) : held.push([to, chunk])));
}
/**
 * The check, on the content Astro builds (CONTENT_DIR, as content.config.ts reads it), in a process that exits once it
 * has reported (scripts/lib/content-check-process.ts): 0 when nothing stops the build.
 */
async function check(): Promise<number> {
	const checking = fork(fileURLToPath(new URL('./lib/content-check-process.ts', import.meta.url)), [root, resolve(root, process.env.CONTENT_DIR ?? 'content')]);
	const outcome = await new Promise<CheckOutcome>((done) => {
		checking.once('message', (message) => done(message as CheckOutcome));
		checking.once('error', (error) => done({ passed: false, lines: [`The content check could not run: ${error.message}`] }));
		checking.once('exit', (code) => done({ passed: false, lines: [`The content check stopped (exit code ${code}) before it reported.`] }));
	});
	if (outcome.lines.length > 0) (outcome.passed ? console.warn : console.error)(outcome.lines.join('\n'));
	return outcome.passed ? 0 : 1;
}

let status = await check();
if (status === 0) {
	checkPassed = true;
	for (const [to, chunk] of held) to.write(chunk);
	status = await built;
} else {
	building.kill();
	await built;
}
if (status === 0) {
	try {
		await finishSite(staging, (line) => console.log(`[finish-site] ${line}`));
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		status = 1;
	}
}

if (status !== 0) {
	rmSync(staging, { recursive: true, force: true });
	const kept = existsSync(outDir) ? `The last good site in ${outDir} is unchanged.` : 'No site was written.';
	console.error(`\nThe build failed, see the message above. ${kept}`);
	process.exit(status);
}

rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
