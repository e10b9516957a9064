/**
 * Checks the content (scripts/check.ts: every problem, one line each), then builds the
 * site into a staging folder and swaps it into dist/ only when the build succeeds, so a
 * mistake in the content never leaves a half-built or empty dist/ behind: the last good
 * site stays in place until a new one is complete.
 * Astro runs as a child process beside the check, on the second core; what it prints is
 * held back until the check has passed, and it is stopped when the check fails, so an
 * editor reads only the check's lines. The search index and the offline list are written
 * once Astro has exited (src/integrations/finish-site.ts), so their memory is never added to Astro's.
 * Usage: npm run build [-- --outDir other/dir]
 */
import '../src/lib/build/load-src.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { FINISH_AFTER_ASTRO, finishSite } = await import('../src/integrations/finish-site.ts');

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const outDir = resolve(values.outDir);
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;

const check = fileURLToPath(new URL('check.ts', import.meta.url));
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
rmSync(staging, { recursive: true, force: true });
// The check reads CONTENT_DIR as Astro does, so both look at the same content.
const exited = (child: ChildProcess) => new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));
const checking = spawn(process.execPath, [check], { stdio: 'inherit' });
const building = spawn(process.execPath, [astro, 'build', '--outDir', staging], {
	stdio: ['ignore', 'pipe', 'pipe'],
	env: { ...process.env, [FINISH_AFTER_ASTRO]: '1' },
});
const checked = exited(checking);
const built = exited(building);
let checkPassed = false;
const held: [NodeJS.WriteStream, Buffer][] = [];
for (const [from, to] of [
	[building.stdout, process.stdout],
	[building.stderr, process.stderr],
] as const) {
	from.on('data', (chunk: Buffer) => (checkPassed ? to.write(chunk) : held.push([to, chunk])));
}
let status = await checked;
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
