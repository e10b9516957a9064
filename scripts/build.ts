/**
 * Checks the content (scripts/check.ts: every problem, one line each), then builds the
 * site into a staging folder and swaps it into dist/ only when the build succeeds, so a
 * mistake in the content never leaves a half-built or empty dist/ behind: the last good
 * site stays in place until a new one is complete.
 * Astro runs as a child process; the search index and the offline list are written once
 * it has exited (src/integrations/finish-site.ts), so their memory is never added to Astro's.
 * Usage: npm run build [-- --outDir other/dir]
 */
import './lib/load-src.ts';
import { spawnSync } from 'node:child_process';
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
const checked = spawnSync(process.execPath, [check], { stdio: 'inherit' });
const built =
	checked.status === 0
		? spawnSync(process.execPath, [astro, 'build', '--outDir', staging], { stdio: 'inherit', env: { ...process.env, [FINISH_AFTER_ASTRO]: '1' } })
		: checked;
let status = built.status ?? 1;
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
