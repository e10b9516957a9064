import yaml from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { FieldPath } from './field-paths';

/** An entry file's data as Astro reads it, and a way back from a field to its line. */
export interface EntrySource {
	data: unknown;
	/** The body after the front matter; undefined for YAML files. */
	body?: string | undefined;
	/** The line of the file a field's key (or list item) is on. */
	lineOf(path: FieldPath): number | undefined;
}

export interface SyntaxProblem {
	line?: number | undefined;
	/** "front matter" or "YAML": what the editor should look at. */
	field: string;
	message: string;
}

/**
 * Astro's own pattern for front matter (@astrojs/internal-helpers/frontmatter), so the
 * check reads exactly the block that Astro reads.
 */
const FRONT_MATTER = /(?:^\uFEFF?|^\s*\n)(?:---)([\s\S]*?\n)(?:---)/;

/** A Markdown or MDX entry's text after its front matter, as Astro reads it; undefined when it has no front matter. */
export function entryBody(text: string): string | undefined {
	const match = FRONT_MATTER.exec(text);
	return match ? text.slice(match.index + match[0].length) : undefined;
}

/** Reads a .yaml entry, or a Markdown or MDX entry's front matter, with js-yaml as Astro does. */
export function readEntrySource(text: string, kind: 'yaml' | 'front matter'): EntrySource | SyntaxProblem {
	let yamlText = text;
	let firstLine = 1;
	let body: string | undefined;
	if (kind === 'front matter') {
		const match = FRONT_MATTER.exec(text);
		if (!match || match[1] === undefined) {
			return { line: 1, field: 'front matter', message: 'none found: an entry starts with its fields between two lines of ---' };
		}
		yamlText = match[1];
		firstLine = lineAtOffset(text, match.index + match[0].indexOf(yamlText));
		body = entryBody(text);
	}
	let data: unknown;
	try {
		data = yaml.load(yamlText);
	} catch (error) {
		if (!(error instanceof yaml.YAMLException)) throw error;
		return {
			line: firstLine + error.mark.line,
			field: kind === 'front matter' ? 'front matter' : 'YAML',
			message: `${error.reason}: ${yamlAdvice(error.reason)}`,
		};
	}
	// A copy of the YAML, kept for the lines: the slice of the file it is would keep the whole file's text alive.
	return { data, body, lineOf: lineFinder(structuredClone(yamlText), firstLine) };
}

/** The 1-based line of a character offset. */
export function lineAtOffset(text: string, offset: number): number {
	let line = 1;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
	return line;
}

function yamlAdvice(reason: string): string {
	if (reason.startsWith('duplicated mapping key')) return 'a field is written twice; keep one';
	if (reason.includes('indentation')) return 'check the spaces at the start of the line (spaces, not tabs), and put a value that contains a colon in quotes';
	return 'check this line and the one above it, and put a value that contains a colon, #, [ or { in quotes';
}

/**
 * Field paths to lines, from a second, position-keeping parse. Only a file with a
 * problem needs one, so it is made on the first question.
 */
function lineFinder(yamlText: string, firstLine: number): (path: FieldPath) => number | undefined {
	let parsed: { root: Node | null; lines: LineCounter } | undefined;
	return (path) => {
		if (!parsed) {
			const lines = new LineCounter();
			parsed = { root: parseDocument(yamlText, { lineCounter: lines }).contents, lines };
		}
		const { root, lines } = parsed;
		let node: unknown = root;
		let offset: number | undefined;
		for (const segment of path) {
			if (isMap(node)) {
				const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
				if (!pair || !isScalar(pair.key)) break;
				offset = pair.key.range?.[0];
				node = pair.value;
			} else if (isSeq(node) && typeof segment === 'number') {
				const item = node.items[segment];
				if (!item) break;
				offset = (item as Node).range?.[0];
				node = item;
			} else {
				break;
			}
		}
		return offset === undefined ? undefined : firstLine - 1 + lines.linePos(offset).line;
	};
}
