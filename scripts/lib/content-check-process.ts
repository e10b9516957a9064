/**
 * The content check in a process of its own, for scripts/build.ts, which runs it beside `astro build`: its memory (some
 * 450 MB at 1,000 papers) would otherwise stay held in the build's process while Astro renders, since Node keeps what a
 * finished check or worker thread used. Sends the report's lines and whether the build must stop, then exits.
 */
import '../../src/lib/build/load-src.ts';

export interface CheckOutcome {
	/** The check could run and found nothing that stops the build. */
	passed: boolean;
	/** What to print: the report, or why the check could not run; none when there is nothing to say. */
	lines: string[];
}

const [root, contentDir] = process.argv.slice(2) as [string, string];
const started = performance.now();
let outcome: CheckOutcome;
try {
	const { collections } = await import('../../src/content.config.ts');
	const { checkContent } = await import('../../src/tooling/content-check/check.ts');
	const { checkReport } = await import('../../src/tooling/content-check/report.ts');
	const result = await checkContent({ root, contentDir, collections });
	const { failed, lines } = checkReport(result, (performance.now() - started) / 1000);
	outcome = { passed: !failed, lines: failed || result.problems.length > 0 ? lines : [] };
} catch (error) {
	outcome = { passed: false, lines: [`The content check could not run: ${error instanceof Error ? error.message : String(error)}`] };
}
process.send!(outcome);
