/**
 * npm run check: validates all content without building the site, and prints every
 * problem on one line: file:line, the field, what was found and what to write instead.
 * Exits 1 when anything is wrong; warnings alone (a link held back until its target is
 * published) do not. The build runs the same check and refuses bad content.
 * Usage: npm run check [-- --content other/content]  (or CONTENT_DIR=other/content)
 */
import '../src/lib/build/load-src.ts';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const args = process.argv.slice(2);
const contentFlag = args.indexOf('--content');
const contentDir = resolve(root, (contentFlag >= 0 ? args[contentFlag + 1] : undefined) ?? process.env.CONTENT_DIR ?? 'content');

try {
	const started = performance.now();
	const { collections } = await import('../src/content.config.ts');
	const { checkContent } = await import('../src/tooling/content-check/check.ts');
	const { checkReport } = await import('../src/tooling/content-check/report.ts');
	const { failed, lines } = checkReport(await checkContent({ root, contentDir, collections }), (performance.now() - started) / 1000);
	(failed ? console.error : console.log)(lines.join('\n'));
	if (failed) process.exitCode = 1;
} catch (error) {
	// A check that cannot run is a bug in the check, not in the content: say so in one line.
	console.error(`The content check could not run: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
}
