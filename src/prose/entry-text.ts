import type { ImageMetadata, MarkdownHeading } from 'astro';

/**
 * What the content loader (src/loaders/checked-glob.ts) keeps of an entry's text: the
 * HTML that src/prose/render.ts made, its headings, and its images, which Astro has
 * imported and measured by the time a page reads them.
 */
interface WithText {
	data: object;
	rendered?: { html: string; metadata?: { [key: string]: unknown } } | undefined;
}

/**
 * Where in an entry's data the loader puts its text's images. Not a field an editor
 * writes: the loader adds it after the schema has checked the front matter, and tells
 * Astro it holds images (`imageImports`), so Astro hands each one over measured, as it
 * does an image field.
 */
export const BODY_IMAGES = 'bodyImages';

export function htmlOf(entry: WithText): string {
	return entry.rendered?.html ?? '';
}

export function headingsOf(entry: WithText): MarkdownHeading[] {
	return (entry.rendered?.metadata?.headings as MarkdownHeading[] | undefined) ?? [];
}

export function bodyImagesOf(entry: WithText): ImageMetadata[] {
	return (entry.data as { [BODY_IMAGES]?: ImageMetadata[] })[BODY_IMAGES] ?? [];
}
