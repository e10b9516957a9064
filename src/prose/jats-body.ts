import type { Element, ElementContent, Root, RootContent } from 'hast';
import { htmlToHast } from 'satteri';
import type { JatsText } from '../lib/scholarly/jats';
import { x, type XmlElement, type XmlNode } from '../lib/xml';
import { markerIn, type ImageMarker } from './markers';
import { splitReferences } from './references';

/** What the text's markers and links become in the built site, which the page that serves the file knows. */
export interface JatsLinks {
	/** The address of the built file of the text's image `index`. */
	image(index: number): string;
	/** A cross-reference's words, and its address unless its target is held back. */
	crossRef(to: string): { href?: string | undefined; text: string };
	/** A link's full address, or undefined while its target is held back (its words stay). */
	link(href: string): string | undefined;
}

/**
 * A paper's text as JATS, converted from the HTML the site renders it to (src/prose/render.ts),
 * so the file says what the page says: headings become nested sections; paragraphs, lists,
 * emphasis and links their JATS elements; the site's components a figure (Figure), a
 * quotation with its attribution (Quote) and a box (KeyPoint); tables a table-wrap;
 * footnotes the notes of the back and their references; and the section headed References
 * the reference list (src/prose/references.ts finds it, as for every format that lists them).
 */
export function jatsText(html: string, links: JatsLinks): JatsText {
	const root = htmlToHast(html, { fragment: true }) as Root;
	const counters = { figure: 0, table: 0, box: 0 };
	const body: XmlElement[] = [];
	const back: XmlElement[] = [];
	/** The sections open at this point of the text, outermost first. */
	const open: { depth: number; element: XmlElement }[] = [];

	const inline = (nodes: readonly ElementContent[]): XmlNode[] => nodes.flatMap(inlineNode);

	const inlineNode = (node: ElementContent): XmlNode[] => {
		if (node.type === 'text') return [node.value];
		if (node.type === 'comment') {
			const marker = markerIn(node);
			if (marker?.kind === 'image') return [graphic('inline-graphic', marker.image)];
			if (marker?.kind === 'cross-ref') {
				const { href, text } = links.crossRef(marker.to);
				return [href ? externalLink(href, [text]) : text];
			}
			return [];
		}
		if (node.type !== 'element') return [];
		const children = inline(node.children);
		switch (node.tagName) {
			case 'em':
			case 'i':
			case 'cite':
				return [x('italic', {}, children)];
			case 'strong':
			case 'b':
				return [x('bold', {}, children)];
			case 'code':
			case 'kbd':
				return [x('monospace', {}, children)];
			case 'sub':
				return [x('sub', {}, children)];
			case 'del':
			case 's':
				return [x('strike', {}, children)];
			case 'sup': {
				const reference = node.children.find((child): child is Element => child.type === 'element' && 'dataFootnoteRef' in child.properties);
				return reference ? [footnoteReference(reference)] : [x('sup', {}, children)];
			}
			case 'a': {
				if ('dataFootnoteBackref' in node.properties) return [];
				const href = typeof node.properties.href === 'string' ? links.link(node.properties.href) : undefined;
				return href ? [externalLink(href, children)] : children;
			}
			case 'br':
				return ['\n'];
			default:
				return children;
		}
	};

	const footnoteReference = (link: Element): XmlElement =>
		x('xref', { 'ref-type': 'fn', rid: footnoteId(String(link.properties.href ?? '')) }, inline(link.children));

	const graphic = (name: 'graphic' | 'inline-graphic', { index, alt }: ImageMarker): XmlElement =>
		x(name, { 'xlink:href': links.image(index) }, [alt ? x('alt-text', {}, [alt]) : undefined]);

	/** A paragraph, or the paragraphs of something that holds text and blocks alike (a list item). */
	const paragraphs = (nodes: readonly ElementContent[]): XmlElement[] => {
		const blocks: XmlElement[] = [];
		let words: ElementContent[] = [];
		const flush = () => {
			if (words.some((node) => node.type !== 'text' || node.value.trim() !== '')) blocks.push(x('p', {}, trimmed(inline(words))));
			words = [];
		};
		for (const node of nodes) {
			if (node.type === 'element' && BLOCKS.has(node.tagName)) {
				flush();
				blocks.push(...block(node));
			} else words.push(node);
		}
		flush();
		return blocks;
	};

	const block = (node: RootContent): XmlElement[] => {
		if (node.type === 'comment') {
			const marker = markerIn(node);
			return marker?.kind === 'image' ? [x('fig', { id: `fig-${++counters.figure}` }, [graphic('graphic', marker.image)])] : [];
		}
		if (node.type !== 'element') return [];
		const classes = (node.properties.className as string[] | undefined) ?? [];
		switch (node.tagName) {
			case 'p': {
				const [only, ...rest] = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
				// An image alone in its paragraph is a figure of its own, as the page shows it.
				if (only?.type === 'comment' && rest.length === 0 && markerIn(only)?.kind === 'image') return block(only);
				return [x('p', {}, trimmed(inline(node.children)))];
			}
			case 'ul':
			case 'ol':
				return [
					x(
						'list',
						{ 'list-type': node.tagName === 'ol' ? 'order' : 'bullet' },
						elements(node.children, 'li').map((item) => x('list-item', {}, paragraphs(item.children))),
					),
				];
			case 'blockquote':
				return [x('disp-quote', {}, paragraphs(node.children))];
			case 'pre':
				return [x('preformat', {}, inline(node.children))];
			case 'table':
				return [tableWrap(node)];
			case 'figure':
				if (classes.includes('quote')) return [quote(node)];
				if (classes.includes('figure')) return [figure(node)];
				return paragraphs(node.children);
			case 'div':
				if (classes.includes('key-point')) return [keyPoint(node)];
				return paragraphs(node.children);
			case 'section':
				if ('dataFootnotes' in node.properties) {
					back.push(footnotes(node));
					return [];
				}
				return paragraphs(node.children);
			case 'hr':
				return [];
			default:
				return paragraphs(node.children);
		}
	};

	const tableWrap = (table: Element): XmlElement =>
		x('table-wrap', { id: `table-${++counters.table}` }, [x('table', {}, elements(table.children).map(tablePart))]);

	const tablePart = (node: Element): XmlElement => {
		if (node.tagName === 'td' || node.tagName === 'th') {
			const align = typeof node.properties.align === 'string' ? node.properties.align : undefined;
			return x(node.tagName, { align }, trimmed(inline(node.children)));
		}
		return x(node.tagName, {}, elements(node.children).map(tablePart));
	};

	// <Figure>: the image the editor put between its tags, its caption and, where given, its credit.
	const figure = (node: Element): XmlElement => {
		const caption = elements(node.children, 'figcaption')[0];
		const credit = caption && elements(caption.children).find((child) => ((child.properties.className as string[] | undefined) ?? []).includes('credit'));
		const captionWords = caption?.children.filter((child) => child !== credit) ?? [];
		const images = node.children.flatMap(commentsIn).flatMap((comment) => {
			const marker = markerIn(comment);
			return marker?.kind === 'image' ? [graphic('graphic', marker.image)] : [];
		});
		return x('fig', { id: `fig-${++counters.figure}` }, [
			captionWords.length > 0 && x('caption', {}, [x('p', {}, trimmed(inline(captionWords)))]),
			...images,
			credit && x('attrib', {}, trimmed(inline(credit.children))),
		]);
	};

	// <Quote>: the words, then who said them and where, as the quotation's attribution.
	const quote = (node: Element): XmlElement => {
		const words = elements(node.children, 'blockquote')[0];
		const by = elements(node.children, 'figcaption')[0];
		return x('disp-quote', {}, [...paragraphs(words?.children ?? []), by && x('attrib', {}, trimmed(inline(by.children)))]);
	};

	// <KeyPoint>: a box titled with its label.
	const keyPoint = (node: Element): XmlElement => {
		const [label, ...content] = elements(node.children);
		return x('boxed-text', { id: `box-${++counters.box}`, 'content-type': 'key-point' }, [
			label && x('caption', {}, [x('title', {}, trimmed(inline(label.children)))]),
			...content.flatMap(block),
		]);
	};

	const footnotes = (section: Element): XmlElement =>
		x(
			'fn-group',
			{},
			elements(section.children, 'ol')
				.flatMap((list) => elements(list.children, 'li'))
				.map((note, index) =>
					x('fn', { id: footnoteId(`#${String(note.properties.id ?? '')}`) }, [x('label', {}, [String(index + 1)]), ...paragraphs(note.children)]),
				),
		);

	const place = (element: XmlElement) => {
		const within: XmlNode[] = open.at(-1)?.element.children ?? body;
		within.push(element);
	};

	const { rest, lists } = splitReferences(root);
	for (const node of rest) {
		if (node.type === 'element' && /^h[1-6]$/.test(node.tagName)) {
			const depth = Math.max(2, Number(node.tagName[1]));
			while (open.length > 0 && open.at(-1)!.depth >= depth) open.pop();
			const section = x('sec', { id: `sec-${String(node.properties.id)}` }, [x('title', {}, trimmed(inline(node.children)))]);
			place(section);
			open.push({ depth, element: section });
			continue;
		}
		for (const element of block(node)) place(element);
	}
	back.unshift(
		...lists.map(({ heading, references }) =>
			x('ref-list', {}, [
				x('title', {}, trimmed(inline(heading.children))),
				...references.map(({ id, content }) => x('ref', { id }, [x('mixed-citation', {}, trimmed(inline(content)))])),
			]),
		),
	);
	return { body, back };
}

/** The elements that start a block of their own inside a list item or a note. */
const BLOCKS = new Set(['p', 'ul', 'ol', 'blockquote', 'pre', 'table', 'figure', 'div', 'section', 'hr']);

/** "#user-content-fn-1" → "fn-1": the note's id, as an XML ID. */
function footnoteId(href: string): string {
	return href.replace(/^#(?:user-content-)?/, '');
}

function externalLink(href: string, children: XmlNode[]): XmlElement {
	return x('ext-link', { 'ext-link-type': 'uri', 'xlink:href': href }, children);
}

function elements(nodes: readonly (ElementContent | RootContent)[], tagName?: string): Element[] {
	return nodes.filter((node): node is Element => node.type === 'element' && (tagName === undefined || node.tagName === tagName));
}

function commentsIn(node: ElementContent): Extract<ElementContent, { type: 'comment' }>[] {
	if (node.type === 'comment') return [node];
	return node.type === 'element' ? node.children.flatMap(commentsIn) : [];
}

/** Text without the line breaks the HTML had at its start and end. */
function trimmed(nodes: XmlNode[]): XmlNode[] {
	const result = [...nodes];
	if (typeof result[0] === 'string') result[0] = result[0].trimStart();
	const last = result.length - 1;
	if (typeof result[last] === 'string') result[last] = result[last].trimEnd();
	return result.filter((node) => node !== '');
}
