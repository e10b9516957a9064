/**
 * The site's words for lists and counts, from the platform's Intl formatters in British
 * English, so every byline and count reads alike on every page.
 */
const LOCALE = 'en-GB';

const conjunction = new Intl.ListFormat(LOCALE, { style: 'long', type: 'conjunction' });
const disjunction = new Intl.ListFormat(LOCALE, { style: 'long', type: 'disjunction' });
const plural = new Intl.PluralRules(LOCALE);
const number = new Intl.NumberFormat(LOCALE);

/** "1,000": a count as readers write it. */
export function formatNumber(count: number): string {
	return number.format(count);
}

/** "A", "A and B", "A, B and C". */
export function formatList(items: readonly string[]): string {
	return conjunction.format(items);
}

/** "A or B", "A, B or C": choices. */
export function formatChoices(items: readonly string[]): string {
	return disjunction.format(items);
}

/**
 * The same list as parts, for markup that wraps each item (a byline of links):
 * each element part says which item it is.
 */
export function listParts<T>(items: readonly T[]): ({ item: T } | { literal: string })[] {
	let next = 0;
	return conjunction
		.formatToParts(items.map((_, index) => String(index)))
		.map((part) => (part.type === 'element' ? { item: items[next++]! } : { literal: part.value }));
}

/** "84 KB", "1.2 MB": a file's size as a download link gives it, in thousands of bytes as the offline page counts them. */
export function formatFileSize(bytes: number): string {
	if (bytes < 999_500) return `${formatNumber(Math.max(1, Math.round(bytes / 1000)))} KB`;
	return `${new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 }).format(bytes / 1_000_000)} MB`;
}

/** "1 paper", "2 papers": the noun's form for the count. */
export function countOf(count: number, forms: { one: string; other: string }): string {
	return `${formatNumber(count)} ${plural.select(count) === 'one' ? forms.one : forms.other}`;
}

/** "Papers on ..." from "papers on ...": a derived phrase that opens a sentence or heading. */
export function upperFirst(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
