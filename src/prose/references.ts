import type { Element, ElementContent, Nodes, Root, RootContent } from 'hast';
import { htmlToHast } from 'satteri';
import { REFERENCES_HEADING } from '../schemas/prose-components';

/** One reference of a paper, as its text writes it, with the id every format gives it (ref-1, ref-2, …). */
export interface Reference {
	id: string;
	/** Its words as the HTML has them, emphasis and links included. */
	content: ElementContent[];
}

/** A section headed References: its heading and its references. */
export interface ReferenceList {
	heading: Element;
	references: Reference[];
}

/**
 * An entry's text (the HTML src/prose/render.ts makes, as a tree) parted into its reference
 * lists and the rest, so that every format that lists a paper's references (JATS, Crossref
 * deposits) finds the same ones. A second-level heading "References" starts a list and the
 * next heading of that level ends it (a first-level heading counts as one, as the JATS body
 * nests it). Each item of the section's lists is a reference (each of its paragraphs, in a
 * loose list), and so is each paragraph between the lists; anything else there (a
 * subheading, a table) is neither a reference nor part of the rest. The footnotes, which
 * GFM puts after the last section, are never part of it. References are numbered through
 * the whole text, so their ids stay unique however many such sections it has.
 */
export function splitReferences(root: Root): { rest: RootContent[]; lists: ReferenceList[] } {
	const rest: RootContent[] = [];
	const lists: ReferenceList[] = [];
	let open: ReferenceList | undefined;
	let count = 0;
	for (const node of root.children) {
		if (node.type === 'element' && /^h[12]$/.test(node.tagName)) {
			open = textOf(node).trim() === REFERENCES_HEADING ? { heading: node, references: [] } : undefined;
			if (open) {
				lists.push(open);
				continue;
			}
		}
		if (node.type === 'element' && 'dataFootnotes' in node.properties) open = undefined;
		if (!open) rest.push(node);
		else for (const content of referencesIn(node)) open.references.push({ id: `ref-${++count}`, content });
	}
	return { rest, lists };
}

/** A paper's references as plain text, from its HTML, for a format that takes them without markup (Crossref's unstructured_citation). */
export function referenceTexts(html: string): { id: string; text: string }[] {
	const { lists } = splitReferences(htmlToHast(html, { fragment: true }) as Root);
	return lists.flatMap(({ references }) => references.map(({ id, content }) => ({ id, text: content.map(textOf).join('').replace(/\s+/g, ' ').trim() })));
}

/** The references a node of the section holds: a paragraph is one, a list one for each item. */
function referencesIn(node: RootContent): ElementContent[][] {
	if (node.type !== 'element') return [];
	if (node.tagName === 'p') return [node.children];
	if (node.tagName !== 'ul' && node.tagName !== 'ol') return [];
	return elements(node.children, 'li').flatMap(itemReferences);
}

/**
 * A list item's words, up to a list nested in it, which holds no reference of its own; or
 * each of its paragraphs when it has them (a loose list, or an item written as several).
 */
function itemReferences(item: Element): ElementContent[][] {
	const paragraphs = elements(item.children, 'p');
	if (paragraphs.length > 0) return paragraphs.map((paragraph) => paragraph.children);
	const nested = item.children.findIndex((node) => node.type === 'element' && (node.tagName === 'ul' || node.tagName === 'ol'));
	const words = nested === -1 ? item.children : item.children.slice(0, nested);
	return words.some((node) => node.type !== 'text' || node.value.trim() !== '') ? [words] : [];
}

function elements(nodes: readonly ElementContent[], tagName: string): Element[] {
	return nodes.filter((node): node is Element => node.type === 'element' && node.tagName === tagName);
}

function textOf(node: Nodes): string {
	if (node.type === 'text') return node.value;
	return 'children' in node ? node.children.map(textOf).join('') : '';
}
