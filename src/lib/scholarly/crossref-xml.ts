/**
 * The few lines of XML writing a Crossref deposit needs: elements with attributes and
 * children, written indented, every text and attribute escaped. An absent child (undefined,
 * false) is left out, so a deposit's builder can say "this element when the record has it"
 * inline.
 */
export interface XmlElement {
	name: string;
	attributes: Record<string, string | undefined>;
	children: XmlNode[];
}

export type XmlNode = XmlElement | string;
export type XmlChild = XmlNode | undefined | false | XmlChild[];

export function el(name: string, attributes: Record<string, string | undefined> = {}, ...children: XmlChild[]): XmlElement {
	const flat = (items: XmlChild[]): XmlNode[] =>
		items.flatMap((item) => (Array.isArray(item) ? flat(item) : item === undefined || item === false ? [] : [item]));
	return { name, attributes, children: flat(children) };
}

/** An element holding only text, or nothing when there is no text. */
export function text(name: string, value: string | number | undefined, attributes: Record<string, string | undefined> = {}): XmlElement | undefined {
	return value === undefined || value === '' ? undefined : el(name, attributes, String(value));
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (value: string) => value.replace(/[&<>"]/g, (character) => ESCAPES[character]!);

function write(node: XmlNode, depth: number): string {
	const indent = '\t'.repeat(depth);
	if (typeof node === 'string') return escape(node);
	const attributes = Object.entries(node.attributes)
		.filter((entry): entry is [string, string] => entry[1] !== undefined)
		.map(([key, value]) => ` ${key}="${escape(value)}"`)
		.join('');
	if (node.children.length === 0) return `${indent}<${node.name}${attributes}/>`;
	// Text stays on its element's line: whitespace around it would become part of the value.
	if (node.children.every((child) => typeof child === 'string'))
		return `${indent}<${node.name}${attributes}>${node.children.map((child) => write(child, 0)).join('')}</${node.name}>`;
	return `${indent}<${node.name}${attributes}>\n${node.children.map((child) => write(child, depth + 1)).join('\n')}\n${indent}</${node.name}>`;
}

/** The document, with its XML declaration, as UTF-8 text. */
export function xmlDocument(root: XmlElement): string {
	return `<?xml version="1.0" encoding="UTF-8"?>\n${write(root, 0)}\n`;
}
