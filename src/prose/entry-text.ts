import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { ImageMetadata, MarkdownHeading } from 'astro';
import { cached, cacheKey } from '../lib/build-cache';
import { entryBody } from '../lib/content-check/source';
import { renderProse } from './render';

/**
 * What the content loader (src/loaders/rendered-text.ts) keeps of an entry's text: the
 * key of the HTML that src/prose/render.ts made, in the build cache (none for an entry
 * without text), its headings, and its images, which Astro has imported and measured by
 * the time a page reads them.
 */
interface WithText {
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

function textKeyOf(entry: WithText): string | undefined {
	const key = entry.rendered?.metadata?.[TEXT_KEY];
	return typeof key === 'string' ? key : undefined;
}

/** Whether an entry has text after its front matter: a paper without offers its full text elsewhere. */
export function hasText(entry: WithText): boolean {
	return textKeyOf(entry) !== undefined;
}

/**
 * The entry's HTML, as the loader rendered it. The build cache is only a cache (deleted,
 * or pruned by another build): what is not there is rendered again from the entry's file,
 * which is as it was when the loader read it, or the key would be another.
 */
export function htmlOf(entry: WithText): string {
	const key = textKeyOf(entry);
	if (!key) return '';
	return cached(key, () => {
		const file = resolve(entry.filePath ?? '');
		const body = entryBody(readFileSync(file, 'utf8')) ?? '';
		return Buffer.from(renderProse(body, extname(file) === '.md' ? 'md' : 'mdx').html);
	}).toString('utf8');
}

export function headingsOf(entry: WithText): MarkdownHeading[] {
	return (entry.rendered?.metadata?.headings as MarkdownHeading[] | undefined) ?? [];
}

export function bodyImagesOf(entry: WithText): ImageMetadata[] {
	return (entry.data as { [BODY_IMAGES]?: ImageMetadata[] })[BODY_IMAGES] ?? [];
}
