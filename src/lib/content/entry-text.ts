import type { ImageMetadata, MarkdownHeading } from 'astro';
import { cacheKey } from '../build/cache';

/**
 * What the content loader (src/loaders/rendered-text.ts) keeps of an entry's text, and how
 * the site reads it back: the key of the HTML that src/prose/render.ts made, in the build
 * cache (none for an entry without text), its headings, and its images, which Astro has
 * imported and measured by the time a page reads them. The HTML itself is read with
 * htmlOf (src/prose/entry-html.ts), which can render it again.
 */
export interface WithText {
	data: object;
	filePath?: string | undefined;
	rendered?: { metadata?: { [key: string]: unknown } } | undefined;
}

/** Where in `rendered.metadata` the loader puts the build cache's key for the entry's HTML. */
export const TEXT_KEY = 'textKey';

/** The key an entry's HTML is kept under: Astro's digest of the entry's file and of the renderer. */
export const textKey = (digest: string) => cacheKey('entry-text', [digest]);

/**
 * Where in an entry's data the loader puts its text's images. Not a field an editor
 * writes: the loader adds it after the schema has checked the front matter, and tells
 * Astro it holds images (`imageImports`), so Astro hands each one over measured, as it
 * does an image field.
 */
export const BODY_IMAGES = 'bodyImages';

export function textKeyOf(entry: WithText): string | undefined {
	const key = entry.rendered?.metadata?.[TEXT_KEY];
	return typeof key === 'string' ? key : undefined;
}

/** Whether an entry has text after its front matter: a paper without offers its full text elsewhere. */
export function hasText(entry: WithText): boolean {
	return textKeyOf(entry) !== undefined;
}

export function headingsOf(entry: WithText): MarkdownHeading[] {
	return (entry.rendered?.metadata?.headings as MarkdownHeading[] | undefined) ?? [];
}

export function bodyImagesOf(entry: WithText): ImageMetadata[] {
	return (entry.data as { [BODY_IMAGES]?: ImageMetadata[] })[BODY_IMAGES] ?? [];
}

/** An entry's "On this page": its second-level headings, each with its third-level ones beneath. */
export interface ContentsSection {
	heading: MarkdownHeading;
	children: MarkdownHeading[];
}

/** The sections of an entry's contents; fewer than two make no list worth showing. */
export function contentsOf(headings: readonly MarkdownHeading[]): ContentsSection[] {
	const sections: ContentsSection[] = [];
	for (const heading of headings) {
		if (heading.depth === 2) sections.push({ heading, children: [] });
		else if (heading.depth === 3) sections.at(-1)?.children.push(heading);
	}
	return sections.length > 1 ? sections : [];
}
