import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { SYNONYMS_FILE } from '../../src/lib/search/synonyms';
import { root } from '../sites';
import { builtFile } from './built-pages';

/** Every term of the search vocabulary (content/search/synonyms.yaml), which both sites share. */
export function synonymTerms(): string[] {
	const groups = parse(readFileSync(join(root, SYNONYMS_FILE), 'utf8')) as Record<string, { terms: string[] }>;
	return Object.values(groups).flatMap((group) => group.terms);
}

/** A word as the index compares it: its letters and digits, in lower case. */
const bare = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

const wordsOf = (text: string) => new Set(text.split(/\s+/).map(bare).filter(Boolean));

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The words of a built page's indexed part, read from its file: its text from the element
 * marked as Pagefind's body on, each element's text apart from the next, as Pagefind reads
 * it; what a tag's attributes hold (the synonyms written in for the index) is not text.
 */
function indexedWordsOf(outDir: string, path: string): Set<string> {
	const html = readFileSync(builtFile(outDir, path), 'utf8');
	const body = html.slice(html.search(/<[^>]*\bdata-pagefind-body\b/));
	const text = body
		.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
		// The synonyms' empty elements stand inside words ("older people<span …></span>'s").
		.replace(/<span [^>]*data-pagefind-index-attrs[^>]*><\/span>/g, '')
		.replace(/<[^>]*>/g, ' ')
		.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (entity, name: string) =>
			name.startsWith('#') ? String.fromCodePoint(Number(name.replace(/^#x/i, '0x').replace(/^#/, ''))) : (ENTITIES[name] ?? entity),
		);
	return wordsOf(text);
}

/**
 * The words the excerpts on the search page show that the page each result links to does
 * not: a reader who opens the page would not find them there.
 */
export async function wordsNotOnTheirPage(page: Page, outDir: string): Promise<string[]> {
	const missing: string[] = [];
	for (const result of await page.getByRole('list', { name: 'Search results' }).getByRole('article').all()) {
		const href = (await result.getByRole('heading', { level: 2 }).getByRole('link').getAttribute('href'))!;
		const own = indexedWordsOf(outDir, new URL(href, page.url()).pathname);
		for (const excerpt of await result.locator('.excerpt').allTextContents()) {
			for (const word of wordsOf(excerpt)) if (!own.has(word)) missing.push(`"${word}" on ${href}, in "${excerpt.trim()}"`);
		}
	}
	return missing;
}
