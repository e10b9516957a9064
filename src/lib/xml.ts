/**
 * XML elements as data, and their text: what the site's XML formats (JATS, Crossref
 * deposits) are built as, so that escaping is done in one place and no format concatenates
 * markup by hand.
 */
export interface XmlElement {
	name: string;
	attributes: Record<string, string | undefined>;
	children: XmlNode[];
}

/** An element, or text (escaped when written). */
export type XmlNode = XmlElement | string;

/** A child as a builder may give it: absent (undefined, false) is left out, so "this element when the record has it" reads inline; a list is its items. */
export type XmlChild = XmlNode | undefined | false | XmlChild[];

/** An element; attributes whose value is undefined are left out. */
export function x(name: string, attributes: Record<string, string | undefined> = {}, ...children: XmlChild[]): XmlElement {
	const flat = (items: XmlChild[]): XmlNode[] =>
		items.flatMap((item) => (Array.isArray(item) ? flat(item) : item === undefined || item === false ? [] : [item]));
	return { name, attributes, children: flat(children) };
}

/** An element holding only text, or nothing when there is no text. */
export function textElement(name: string, value: string | number | undefined, attributes: Record<string, string | undefined> = {}): XmlElement | undefined {
	return value === undefined || value === '' ? undefined : x(name, attributes, String(value));
}

/** A whole document, with its XML declaration, as UTF-8 text. */
export function xmlDocument(root: XmlElement, mixed: ReadonlySet<string> = new Set()): string {
	return `<?xml version="1.0" encoding="UTF-8"?>\n${xmlText(root, mixed)}\n`;
}

const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replaceAll('"', '&quot;');

/**
 * The element as XML. An element that holds only elements puts each on a line of its own,
 * indented, unless the format says it holds text (`mixed`, such as a paragraph): there a
 * line break would be a space in the text, so its content is written as it is.
 */
export function xmlText(node: XmlNode, mixed: ReadonlySet<string>, indent = ''): string {
	if (typeof node === 'string' || node.children.length === 0 || mixed.has(node.name) || node.children.some((child) => typeof child === 'string')) {
		return asWritten(node);
	}
	const lines = node.children.map((child) => `\n${indent}\t${xmlText(child, mixed, `${indent}\t`)}`);
	return `${startTag(node)}${lines.join('')}\n${indent}</${node.name}>`;
}

function asWritten(node: XmlNode): string {
	if (typeof node === 'string') return escapeText(node);
	if (node.children.length === 0) return startTag(node).replace(/>$/, '/>');
	return `${startTag(node)}${node.children.map(asWritten).join('')}</${node.name}>`;
}

function startTag({ name, attributes }: XmlElement): string {
	const written = Object.entries(attributes)
		.filter((entry): entry is [string, string] => entry[1] !== undefined)
		.map(([attribute, value]) => ` ${attribute}="${escapeAttribute(value)}"`);
	return `<${name}${written.join('')}>`;
}
