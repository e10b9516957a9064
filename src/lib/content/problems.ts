/** One thing wrong in the content, located as precisely as the source allows. */
export interface ContentProblem {
	/** The file, relative to the project folder: content/papers/foo.mdx. */
	file: string;
	/** 1-based; absent when no single line is to blame (a field that is missing). */
	line?: number | undefined;
	/** The field path ("authors[1]"), or what the problem is in: "body", "front matter", "file name". */
	field: string;
	/** What was found, what was expected, and a suggestion where there is one. */
	message: string;
	/** Something the editor should know that does not stop the build: a link left out until its target is published. */
	warning?: true;
}

/** `content/papers/foo.mdx:3  authors[1]: no person "j-smith" (did you mean "jsmith"?)`, or `… warning: evidence[0].paper: …` */
export function formatProblem(problem: ContentProblem): string {
	const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
	return `${where}  ${problem.warning ? 'warning: ' : ''}${problem.field}: ${problem.message}`;
}

/** The problems that stop a build: all but the warnings. */
export const errorsIn = (problems: readonly ContentProblem[]) => problems.filter((problem) => !problem.warning);

/** By file, then line, so an editor can work down the list. */
export function compareProblems(a: ContentProblem, b: ContentProblem): number {
	return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field);
}
