import { readFileSync } from 'node:fs';
import type { ImageMetadata, MarkdownHeading } from 'astro';

/**
 * What the content loader (src/loaders/rendered-text.ts) keeps of an entry's text: the
 * file holding the HTML that src/prose/render.ts made (none for an entry without text),
 * its headings, and its images, which Astro has imported and measured by the time a page
 * reads them.
 */
interface WithText {
	data: object;
	rendered?: { metadata?: { [key: string]: unknown } } | undefined;
}

/** Where in `rendered.metadata` the loader names the file with the entry's HTML. */
export const TEXT_FILE = 'textFile';

/**
 * Where in an entry's data the loader puts its text's images. Not a field an editor
 * writes: the loader adds it after the schema has checked the front matter, and tells
 * Astro it holds images (`imageImports`), so Astro hands each one over measured, as it
 * does an image field.
 */
export const BODY_IMAGES = 'bodyImages';

export function textFileOf(entry: WithText): string | undefined {
	const file = entry.rendered?.metadata?.[TEXT_FILE];
	return typeof file === 'string' ? file : undefined;
}

/** Whether an entry has text after its front matter: a paper without offers its full text elsewhere. */
export function hasText(entry: WithText): boolean {
	return textFileOf(entry) !== undefined;
}

export function htmlOf(entry: WithText): string {
	const file = textFileOf(entry);
	return file ? readFileSync(file, 'utf8') : '';
}

export function headingsOf(entry: WithText): MarkdownHeading[] {
	return (entry.rendered?.metadata?.headings as MarkdownHeading[] | undefined) ?? [];
}

export function bodyImagesOf(entry: WithText): ImageMetadata[] {
	return (entry.data as { [BODY_IMAGES]?: ImageMetadata[] })[BODY_IMAGES] ?? [];
}
