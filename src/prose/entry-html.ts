import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { cached } from '../lib/build/cache';
import { textKeyOf, type WithText } from '../lib/content/entry-text';
import { entryBody } from '../lib/content/entry-source';
import { renderProse } from './render';

/**
 * The entry's HTML, as the loader rendered it. The build cache is only a cache (deleted,
 * or pruned by another build): what is not there is rendered again from the entry's file,
 * which is as it was when the loader read it, or the key would be another.
 */
export function htmlOf(entry: WithText): string {
	const key = textKeyOf(entry);
	if (!key) return '';
	return cached(key, () => Buffer.from(renderEntryFile(resolve(entry.filePath ?? '')))).toString('utf8');
}

/**
 * An entry file's text as HTML, rendered as the loader renders it. Tools that read content
 * without Astro (src/tooling/site-reader.ts) use this, not htmlOf: the key their entries
 * carry only says that an entry has text and is none of the build cache's, so their HTML is
 * made afresh and never kept.
 */
export function renderEntryFile(file: string): string {
	const body = entryBody(readFileSync(file, 'utf8')) ?? '';
	return renderProse(body, extname(file) === '.md' ? 'md' : 'mdx').html;
}
