import { closest, distance } from 'fastest-levenshtein';

/** How many typing slips a word of this length may carry and still be recognised. */
const tolerance = (word: string) => (word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0);

/**
 * The query with each unknown word replaced by the closest known one, or undefined
 * when there is nothing to correct. Short words are left alone: too many are close.
 */
export function correctQuery(query: string, vocabulary: readonly string[]): string | undefined {
	const known = new Set(vocabulary);
	let changed = false;
	const words = query.split(/\s+/).map((word) => {
		const lower = word.toLowerCase();
		if (tolerance(lower) === 0 || known.has(lower)) return word;
		const candidate = closest(lower, vocabulary as string[]);
		if (!candidate || distance(lower, candidate) > tolerance(lower)) return word;
		changed = true;
		return candidate;
	});
	return changed ? words.join(' ') : undefined;
}

/**
 * Whether a query whose results are on screen may still be misspelt, so that the vocabulary is worth fetching:
 * only when a word it would correct begins none of the words the results marked. "readmision" marks
 * "readmission" (Pagefind matched a word's start), so it may be; "quillwort" marks itself, so it is not.
 */
export function mayBeMisspelt(query: string, marked: readonly string[]): boolean {
	const found = marked.map((word) => word.toLowerCase());
	return query.split(/\s+/).some((word) => {
		const lower = word.toLowerCase();
		return tolerance(lower) > 0 && !found.some((mark) => mark.startsWith(lower));
	});
}
