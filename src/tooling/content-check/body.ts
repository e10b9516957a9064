import GithubSlugger from 'github-slugger';
import { markdownToHast, mdxToHast } from 'satteri';
import { codeIn, PROSE_FEATURES } from '../../prose/render';

/** What the check needs from an entry's body: where it can be linked to, and what it links to. */
export interface BodyFacts {
	/** Heading ids (as Astro makes them) and every other id in the body, footnotes included. */
	anchors: Set<string>;
	links: { href: string; line: number | undefined }[];
	images: { src: string; alt: string | undefined; line: number | undefined }[];
	/** Every component written in the body (<Figure>, <CrossRef>), for checking against the catalogue. */
	components: ComponentUse[];
	/** Imports, exports and {expressions}: code, which an entry's text cannot hold (src/prose/render.ts). */
	code: { line: number | undefined; message: string }[];
}

/** A component as written: an attribute is text, true when written bare, or code in braces. */
export interface ComponentUse {
	name: string;
	attributes: Record<string, string | true | { code: string }>;
	/** Markdown images between its tags. */
	images: number;
	/** Whether anything but white space is between its tags. */
	hasContent: boolean;
	line: number | undefined;
}

export interface BodySyntaxError {
	line: number | undefined;
	message: string;
}

interface HastNode {
	type: string;
	tagName?: string;
	name?: string | null;
	value?: unknown;
	properties?: Record<string, unknown>;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: HastNode[];
	position?: { start: { line: number } };
}

/**
 * Parses a whole .mdx or .md file with Sätteri, the parser and features the site renders
 * it with (src/prose/render.ts: smart quotes change heading ids). Lines are the file's own.
 */
export function readBody(file: string, format: 'md' | 'mdx'): BodyFacts | BodySyntaxError {
	let root: HastNode;
	const options = { features: PROSE_FEATURES };
	try {
		root = (format === 'md' ? markdownToHast(file, options) : mdxToHast(file, options)) as HastNode;
	} catch (error) {
		return describeSyntaxError(error instanceof Error ? error.message : String(error));
	}
	const facts: BodyFacts = { anchors: new Set(), links: [], images: [], components: [], code: [] };
	// One slugger per page, as Astro's heading-ids plugin has: a repeated heading gets "-1".
	const slugger = new GithubSlugger();
	const visit = (node: HastNode) => {
		const line = node.position?.start.line;
		const attribute = (name: string) => {
			const value = node.type === 'element' ? node.properties?.[name] : node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
			return typeof value === 'string' ? value : undefined;
		};
		const tag = node.type === 'element' ? node.tagName : node.type.startsWith('mdxJsx') ? node.name : undefined;
		const id = attribute('id');
		if (id) facts.anchors.add(id);
		else if (node.type === 'element' && tag && /^h[1-6]$/.test(tag)) facts.anchors.add(slugger.slug(textOf(node)));
		const href = tag === 'a' ? attribute('href') : undefined;
		if (href !== undefined) facts.links.push({ href, line });
		const src = tag === 'img' || tag === 'Image' ? attribute('src') : undefined;
		if (src !== undefined) facts.images.push({ src, alt: attribute('alt'), line });
		const code = codeIn(node);
		if (code) facts.code.push({ line, message: code });
		// Capitalised tags are components; lower-case ones are HTML.
		if (node.type.startsWith('mdxJsx') && tag && /^[A-Z]/.test(tag)) facts.components.push(componentUse(tag, node, line));
		for (const child of node.children ?? []) visit(child);
	};
	visit(root);
	return facts;
}

function componentUse(name: string, node: HastNode, line: number | undefined): ComponentUse {
	const attributes: ComponentUse['attributes'] = {};
	for (const { name: key, value } of node.attributes ?? []) {
		if (!key) continue;
		attributes[key] =
			value === null || value === undefined ? true : typeof value === 'string' ? value : { code: String((value as { value?: unknown }).value ?? '') };
	}
	const images = (from: HastNode): number =>
		(from.type === 'element' && from.tagName === 'img' ? 1 : 0) + (from.children ?? []).reduce((sum, child) => sum + images(child), 0);
	const hasContent = (node.children ?? []).some((child) => child.type !== 'text' || String(child.value ?? '').trim() !== '');
	return { name, attributes, images: images(node), hasContent, line };
}

function textOf(node: HastNode): string {
	if (node.type === 'text') return String(node.value ?? '');
	return (node.children ?? []).map(textOf).join('');
}

/** Sätteri says "7:1: Expected a closing tag for `<div>` (7:1) (mdx-jsx:unexpected-character)". */
function describeSyntaxError(raw: string): BodySyntaxError {
	const match = /^(\d+):\d+: (.*?)(?: \([\w:-]+\))?$/s.exec(raw.trim());
	const what = (match?.[2] ?? raw).replace(/ \(\d+:\d+\)/g, '').replace(/\s+/g, ' ');
	return {
		line: match ? Number(match[1]) : undefined,
		message: `${what}. In MDX, < starts a tag and { starts code: close every tag, and write \\< or \\{ for the characters themselves`,
	};
}
