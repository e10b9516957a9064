import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { ContentEntryType } from 'astro';
import type { LoaderContext } from 'astro/loaders';
import type { ContentProblem } from '../lib/content/problems';
import { fillCache } from '../lib/build/cache';
import { BODY_IMAGES, TEXT_KEY, textKey } from '../lib/content/entry-text';
import { renderProse } from '../prose/render';

/**
 * Astro hands every loader the content entry types its integrations registered (the
 * glob loader reads them to parse and render each file), though LoaderContext does not
 * declare them.
 */
export type EntryTypes = Map<string, ContentEntryType>;
export type LoaderContextWithEntryTypes = LoaderContext & { entryTypes: EntryTypes };
type Store = LoaderContext['store'];

/**
 * Astro's entry types for .md and .mdx, with the site's renderer (src/prose/render.ts):
 * the glob loader then renders each entry's text when it reads the file, instead of
 * Astro compiling each .mdx entry into a module of the build. The HTML goes into the
 * build cache (src/lib/build/cache.ts) under the digest of the entry's file and the
 * renderer, and the entry keeps only that key (src/lib/content/entry-text.ts): Astro's content
 * store is loaded into the build as one JavaScript module, and ten thousand papers' HTML
 * in it took longer to compile than to render (npm run bench). A text that cannot be
 * rendered is reported through `failed`, with its file, as the content check words it.
 */
export function withProseRenderer(entryTypes: EntryTypes | undefined, root: string, failed: (problem: ContentProblem) => void): EntryTypes {
	// Astro's documented renderMarkdown renders Markdown with Astro's own processor, not MDX
	// with the site's components, so this relies on what Astro hands loaders without
	// declaring it: an upgrade that stops doing so must fail here, in words, not later.
	if (!entryTypes?.get('.md') || !entryTypes.get('.mdx')) {
		throw new Error(
			"Astro no longer hands content loaders its entry types for .md and .mdx (loaderContext.entryTypes), which src/loaders/rendered-text.ts uses to render entries' text with the site's renderer. Keep the Astro version in package.json, or render the text another way there.",
		);
	}
	const types = new Map(entryTypes);
	for (const extension of ['.md', '.mdx'] as const) {
		const type = entryTypes.get(extension)!;
		types.set(extension, {
			...type,
			getRenderFunction:
				async () =>
				async ({ body, filePath, digest }) => {
					try {
						const { html, headings, images } = renderProse(body ?? '', extension === '.md' ? 'md' : 'mdx');
						if (html.trim() === '') return { html: '' };
						const key = textKey(String(digest ?? createHash('sha256').update(html).digest('hex')));
						fillCache(key, () => Buffer.from(html));
						return { html: '', metadata: { headings, imagePaths: images, [TEXT_KEY]: key } };
					} catch (error) {
						failed({ file: relative(root, filePath!), field: 'body', message: error instanceof Error ? error.message : String(error) });
						return { html: '' };
					}
				},
		});
	}
	return types;
}

/**
 * The store, with each entry's text images added to its data (src/lib/content/entry-text.ts),
 * marked as images, so that Astro imports and measures them as it does an image field.
 */
export function withBodyImages(store: Store): Store {
	return {
		...store,
		set(entry) {
			const images = entry.rendered?.metadata?.imagePaths ?? [];
			if (images.length === 0) return store.set(entry);
			return store.set({
				...entry,
				data: { ...entry.data, [BODY_IMAGES]: images },
				imageImports: [...(entry.imageImports ?? []), ...images.map((_, index) => [BODY_IMAGES, index])],
			});
		},
	};
}

/**
 * Astro keeps an entry's rendered text until the entry's file changes. The renderer's
 * own code changes it too: this digest of that code, added to each file's, makes every
 * text render again when the renderer or the components' schemas change.
 */
export function rendererDigest(root: string): string {
	const hash = createHash('sha256');
	const files = [
		...readdirSync(join(root, 'src/prose'))
			.filter((file) => extname(file) === '.ts')
			.map((file) => join(root, 'src/prose', file)),
		join(root, 'src/schemas/prose-components.ts'),
	].sort();
	for (const file of files) hash.update(readFileSync(file));
	return hash.digest('hex').slice(0, 16);
}
