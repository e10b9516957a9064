import { validate } from '../error-map';
import { formatFieldPath } from '../../lib/content/field-paths';
import { suggest } from '../../lib/suggest';
import { PROSE_COMPONENTS, type ProseComponentName } from '../../schemas/prose-components';
import type { ComponentUse } from './body';

/** What is wrong with one use of a component, at its line. */
export interface ComponentProblem {
	line: number | undefined;
	message: string;
}

const NAMES = Object.keys(PROSE_COMPONENTS) as ProseComponentName[];
const isProse = (name: string): name is ProseComponentName => name in PROSE_COMPONENTS;

/**
 * Checks each component written in a body against the catalogue: its name, its
 * attributes (with the same error map as an entry's fields) and what is between its
 * tags. `crossRef` says what is wrong
 * with a CrossRef's target, given its (valid) `to`.
 */
export async function componentProblems(uses: readonly ComponentUse[], crossRef: (to: string) => string | undefined): Promise<ComponentProblem[]> {
	const problems: ComponentProblem[] = [];
	for (const use of uses) {
		const at = (message: string) => problems.push({ line: use.line, message: `<${use.name}> ${message}` });
		if (!isProse(use.name)) {
			const meant = suggest(use.name, NAMES);
			at(`is not a component of this site${meant ? ` (did you mean <${meant}>?)` : `: the components are ${NAMES.map((name) => `<${name}>`).join(', ')}`}`);
			continue;
		}
		const { props, children } = PROSE_COMPONENTS[use.name];
		const written: Record<string, unknown> = {};
		for (const [name, value] of Object.entries(use.attributes)) {
			if (typeof value === 'object') at(`${name}: write the value in quotes, ${name}="…", not in braces`);
			else written[name] = value;
		}
		const result = await validate(props, written);
		if (!result.success) for (const problem of result.problems) at(`${formatFieldPath(problem.path)}: ${problem.message}`);
		if (children === 'one image' && use.images !== 1) {
			at(`needs one Markdown image between its tags, e.g. ![What the image shows](./image.png); found ${use.images}`);
		} else if (children === 'text' && !use.hasContent) {
			at(`is empty: write the text between <${use.name}> and </${use.name}>`);
		} else if (children === 'none' && use.hasContent) {
			at(`takes nothing between its tags: write it as one tag ending in />`);
		}
		const to = use.attributes['to'];
		if (use.name === 'CrossRef' && result.success && typeof to === 'string') {
			const problem = crossRef(to);
			if (problem) at(`to "${to}": ${problem}`);
		}
	}
	return problems;
}
