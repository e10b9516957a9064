import { fieldsOf, parseFieldPath, type FieldPath } from '../../lib/content/field-paths';
import { lineAtOffset } from '../../lib/content/entry-source';

/**
 * What `npm run new` writes where only an editor knows what to say. A draft may keep it;
 * the check refuses it in anything that will be published, so it never reaches readers.
 */
export const PLACEHOLDER = 'TODO:';

export interface PlaceholderProblem {
	line: number | undefined;
	field: string;
	message: string;
}

const MESSAGE = 'still holds what npm run new wrote: write it, or keep draft: true until you have';

/** The fields and the body of an entry that still hold a placeholder, unless the entry is a draft. */
export function placeholderProblems(
	data: unknown,
	file: { text: string; body?: string | undefined; lineOf(path: FieldPath): number | undefined },
): PlaceholderProblem[] {
	if ((data as { draft?: unknown } | null)?.draft === true) return [];
	const problems: PlaceholderProblem[] = [];
	for (const [field, value] of fieldsOf(data)) {
		if (typeof value === 'string' && value.startsWith(PLACEHOLDER)) problems.push({ line: file.lineOf(parseFieldPath(field)), field, message: MESSAGE });
	}
	const at = file.body === undefined ? -1 : file.body.indexOf(PLACEHOLDER);
	if (at >= 0) problems.push({ line: lineAtOffset(file.text, file.text.length - file.body!.length + at), field: 'body', message: MESSAGE });
	return problems;
}
