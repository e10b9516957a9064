/**
 * npm run check: validates all content without building the site, and prints every
 * problem on one line: file:line, the field, what was found and what to write instead.
 * Exits 1 when anything is wrong. The build runs it first and refuses bad content.
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
	const { checkContent } = await import('../src/lib/tooling/content-check/check.ts');
	const { formatProblem } = await import('../src/lib/tooling/content-check/problem.ts');
	const { entries, problems } = await checkContent({ root, contentDir, collections });
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	if (problems.length === 0) {
		console.log(`Checked ${entries} entries: no problems (${seconds} s).`);
	} else {
		for (const problem of problems) console.error(formatProblem(problem));
		const files = new Set(problems.map((problem) => problem.file)).size;
		const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
		console.error(`\n${count(problems.length, 'problem')} in ${count(files, 'file')} (checked ${entries} entries in ${seconds} s).`);
		process.exitCode = 1;
	}
} catch (error) {
	// A check that cannot run is a bug in the check, not in the content: say so in one line.
	console.error(`The content check could not run: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
}
