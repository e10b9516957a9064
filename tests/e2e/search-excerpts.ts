import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { SYNONYMS_FILE } from '../../src/lib/search/synonyms';
import { root } from '../sites';
import { builtFile, outDirOf } from './built-pages';
import { allowTimeFor, expect, test } from './test';

/** The groups of the search vocabulary (content/search/synonyms.yaml), which both sites share. */
export function synonymGroups(): string[][] {
	const groups = parse(readFileSync(join(root, SYNONYMS_FILE), 'utf8')) as Record<string, { terms: string[] }>;
	return Object.values(groups).map((group) => group.terms);
}

/** Every term of the search vocabulary. */
export const synonymTerms = () => synonymGroups().flat();

/** A word as the index compares it: its letters and digits, in lower case. */
const bare = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

const wordsOf = (text: string) => new Set(text.split(/\s+/).map(bare).filter(Boolean));

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The words of a built page's indexed part, read from its file: its text from the element
 * marked as Pagefind's body on, each element's text apart from the next, as Pagefind reads it.
 */
function indexedWordsOf(outDir: string, path: string): Set<string> {
	return wordsOf(indexedTextOf(outDir, path));
}

function indexedTextOf(outDir: string, path: string): string {
	const html = readFileSync(builtFile(outDir, path), 'utf8');
	if (!/\bdata-pagefind-body\b/.test(html)) return '';
	const body = html.slice(html.search(/<[^>]*\bdata-pagefind-body\b/));
	const text = body
		.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
		.replace(/<[^>]*>/g, ' ')
		.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (entity, name: string) =>
			name.startsWith('#') ? String.fromCodePoint(Number(name.replace(/^#x/i, '0x').replace(/^#/, ''))) : (ENTITIES[name] ?? entity),
		);
	return text;
}

/** The pages (their paths) whose indexed part uses one of these terms, as a whole word or phrase. */
export function pagesUsing(outDir: string, paths: readonly string[], terms: readonly string[]): string[] {
	const mention = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map((term) => RegExp.escape(term)).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
	return paths.filter((path) => mention.test(indexedTextOf(outDir, path).replace(/\s+/g, ' ')));
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

/**
 * The sub-results whose excerpt quotes words that are not in the section their label heads: a
 * reader who follows "In plain words" must find those words under that heading. A section runs
 * from its heading to the next heading with an id (or text titled for the index), as Pagefind
 * divides a page.
 */
export async function subResultsQuotingOtherSections(page: Page): Promise<string[]> {
	const subResults = await page
		.getByRole('list', { name: 'Search results' })
		.locator('.sub-results li')
		.evaluateAll((items) =>
			items.map((item) => ({
				href: item.querySelector('a')!.href,
				label: item.querySelector('a')!.textContent!,
				excerpt: item.querySelector('.excerpt')!.textContent!,
			})),
		);
	const reader = await page.context().newPage();
	const wrong: string[] = [];
	for (const { href, label, excerpt } of subResults) {
		const url = new URL(href);
		await reader.goto(url.pathname);
		const section = await reader.evaluate(
			(id) => {
				const heading = document.getElementById(id);
				if (!heading) return undefined;
				const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
				walker.currentNode = heading;
				let text = heading.textContent ?? '';
				for (let node = walker.nextSibling() ?? walker.nextNode(); node; node = walker.nextNode()) {
					if (node instanceof Element && node.id && (/^H\d$/.test(node.tagName) || node.hasAttribute('data-pagefind-title'))) break;
					if (node.nodeType === Node.TEXT_NODE) text += ` ${node.textContent}`;
				}
				return text;
			},
			decodeURIComponent(url.hash.slice(1)),
		);
		if (section === undefined) {
			wrong.push(`"${label}" links to ${href}, which has no such section`);
			continue;
		}
		const own = wordsOf(section);
		const elsewhere = [...wordsOf(excerpt)].filter((word) => !own.has(word));
		if (elsewhere.length > 0) wrong.push(`"${label}" on ${url.pathname} quotes "${elsewhere.join(' ')}" from outside its section, in "${excerpt.trim()}"`);
	}
	await reader.close();
	return wrong;
}

/**
 * Declares, in the spec of the site that calls it, the test that search quotes each page's own words:
 * every term of the vocabulary is searched for, every result shown (with the spec's own `showAll`),
 * and every word of every excerpt must be on the page it links to.
 */
export function excerptsQuoteTheirPagesTest(showAll: (page: Page) => Promise<void>): void {
	test('every excerpt quotes only words its page shows, whichever term of the search vocabulary is searched for', async ({ page }, testInfo) => {
		allowTimeFor(synonymTerms().length);
		await page.goto('/search/');
		const searchBox = page.getByRole('search', { name: 'Search the site' }).getByRole('searchbox', { name: 'Search for' });
		for (const term of synonymTerms()) {
			await searchBox.fill(term);
			await expect(page.getByRole('status')).toHaveText(new RegExp(`^(No results|\\d+ results?) for “${RegExp.escape(term)}”`));
			await showAll(page);
			expect(await wordsNotOnTheirPage(page, outDirOf(testInfo)), `searching for "${term}"`).toEqual([]);
		}
	});
}
