import GithubSlugger from 'github-slugger';
import type { MarkdownHeading } from 'astro';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Nodes, Properties, Root } from 'hast';
import { markdownToHast, mdxToHast } from 'satteri';
import { PROSE_COMPONENTS, type ProseComponentName } from '../schemas/prose-components';
import { componentElement } from './components';
import { crossRefMarker, imageMarker } from './markers';

/** An entry's text as HTML, with what its page needs to know about it. */
export interface RenderedProse {
	html: string;
	headings: MarkdownHeading[];
	/** The Markdown images, in order, as written (`./pilot-map.png`); the HTML marks where each goes. */
	images: string[];
}

/** The features Astro's Markdown has by default, which the content check parses with too. */
export const PROSE_FEATURES = { gfm: true, smartPunctuation: true } as const;

/** A node of Sätteri's MDX tree that hast's types do not name: a component, an expression or an import. */
interface MdxNode {
	type: string;
	name?: string | null;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: (MdxNode | ElementContent)[];
	value?: unknown;
}

/**
 * Renders an entry's text (`.md` or `.mdx`) to HTML once, when Astro reads the content,
 * rather than compiling each entry into a module of the site's bundle: with a thousand
 * papers that bundling was most of the build's time and memory (BENCHMARKS.md). An entry's
 * MDX is a closed language: Markdown, HTML tags and the components of
 * src/schemas/prose-components.ts, which become HTML here. Images and cross-references
 * need the built site (image files, other entries' titles), so they are left as markers
 * that the page fills in (src/components/EntryText.astro). Anything else, an import or
 * `{code}`, is an error, which the content check reports first with its line.
 */
export function renderProse(source: string, format: 'md' | 'mdx'): RenderedProse {
	const options = { features: PROSE_FEATURES, position: false };
	const root = (format === 'md' ? markdownToHast(source, options) : mdxToHast(source, options)) as Root;
	const slugger = new GithubSlugger();
	const rendered: RenderedProse = { html: '', headings: [], images: [] };

	const convert = (node: MdxNode | ElementContent): ElementContent[] => {
		switch (node.type) {
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				return [jsxElement(node as MdxNode)];
			case 'mdxjsEsm':
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				throw new Error(codeIn(node as MdxNode));
			case 'element':
				return [element(node as Element)];
			default:
				return [node as ElementContent];
		}
	};
	const children = (node: { children?: (MdxNode | ElementContent)[] }) => (node.children ?? []).flatMap(convert);

	const element = (node: Element): ElementContent => {
		const converted: Element = { ...node, children: children(node) };
		if (/^h[1-6]$/.test(node.tagName)) {
			const text = textOf(converted);
			const slug = typeof node.properties.id === 'string' ? node.properties.id : slugger.slug(text);
			converted.properties = { ...node.properties, id: slug };
			rendered.headings.push({ depth: Number(node.tagName[1]), slug, text });
		}
		if (node.tagName === 'img' && typeof node.properties.src === 'string' && !/^(?:[a-z]+:|\/)/i.test(node.properties.src)) {
			rendered.images.push(decodeURI(node.properties.src));
			return imageMarker({ index: rendered.images.length - 1, alt: stringOf(node.properties.alt), title: stringOf(node.properties.title) });
		}
		// A wide table scrolls in a box that takes keyboard focus, so a reader without a
		// mouse can scroll it too (WCAG 2.1.1); as a named region, a screen reader says what it is.
		if (node.tagName === 'table') {
			return { type: 'element', tagName: 'section', properties: { className: ['table-scroll'], ariaLabel: 'Table', tabIndex: 0 }, children: [converted] };
		}
		return converted;
	};

	const jsxElement = (node: MdxNode): ElementContent => {
		const name = node.name ?? '';
		const attributes: Record<string, string | true> = {};
		for (const attribute of node.attributes ?? []) {
			if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) throw new Error(`<${name}>: write each attribute as name="value".`);
			if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
				throw new Error(`<${name}> ${attribute.name}: write the value in quotes, ${attribute.name}="…", not in braces.`);
			}
			attributes[attribute.name] = attribute.value ?? true;
		}
		if (/^[a-z]/.test(name))
			return element({ type: 'element', tagName: name, properties: attributes as Properties, children: node.children as ElementContent[] });
		if (!(name in PROSE_COMPONENTS)) throw new Error(`<${name}> is not a component of this site.`);
		const component = name as ProseComponentName;
		const props = PROSE_COMPONENTS[component].props.parse(attributes);
		if (component === 'CrossRef') return crossRefMarker((props as { to: string }).to);
		return componentElement(component, props, children(node));
	};

	rendered.html = toHtml({ type: 'root', children: children(root) }, { allowDangerousHtml: true });
	return rendered;
}

/** What is wrong with a node of MDX that is code (an import, an export or an {expression}), or undefined for any other. */
export function codeIn(node: { type: string; value?: unknown }): string | undefined {
	if (node.type === 'mdxjsEsm') {
		return `an import or export, which an entry's text cannot hold (the site's components need no import): ${String(node.value ?? '').split('\n')[0]}`;
	}
	if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
		return `{${String(node.value ?? '')}} is code, which an entry's text cannot run: write \\{ for the character itself`;
	}
	return undefined;
}

function textOf(node: Nodes): string {
	if (node.type === 'text') return node.value;
	return 'children' in node ? node.children.map(textOf).join('') : '';
}

function stringOf(value: unknown): string | undefined {
	return typeof value === 'string' ? value : undefined;
}
