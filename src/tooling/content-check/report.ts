import type { CheckResult } from './check';
import { errorsIn, formatProblem } from '../../lib/content/problems';

/**
 * The check's findings as an editor reads them, wherever they are shown (npm run check,
 * npm run build, the dev server): every problem on a line of its own, then what it adds
 * up to. Only problems fail: warnings (a link held back until its target is published)
 * are shown and the build goes on.
 */
export function checkReport({ entries, problems }: CheckResult, seconds: number): { failed: boolean; lines: string[] } {
	const took = `${entries} entries in ${seconds.toFixed(1)} s`;
	if (problems.length === 0) return { failed: false, lines: [`Checked ${entries} entries: no problems (${seconds.toFixed(1)} s).`] };
	const errors = errorsIn(problems);
	const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
	const files = count(new Set(errors.map((problem) => problem.file)).size, 'file');
	const warnings = problems.length - errors.length;
	const total =
		errors.length === 0
			? `No problems, and ${count(warnings, 'warning')}`
			: `${count(errors.length, 'problem')} in ${files}${warnings > 0 ? `, and ${count(warnings, 'warning')}` : ''}`;
	return { failed: errors.length > 0, lines: [...problems.map(formatProblem), '', `${total} (checked ${took}).`] };
}
