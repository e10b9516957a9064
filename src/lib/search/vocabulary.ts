/**
 * The words a reader might mean: the distinct words of titles, summaries, names and
 * themes, lower-cased. The search page suggests one of these when a query finds
 * nothing, which is how it tolerates a typo (Pagefind itself matches words exactly).
 */
export function vocabularyOf(texts: readonly (string | undefined)[]): string[] {
	const words = new Set<string>();
	for (const text of texts) {
		for (const word of (text ?? '').toLowerCase().match(/\p{L}[\p{L}\p{M}'-]*\p{L}/gu) ?? []) {
			if (word.length >= 4) words.add(word);
		}
	}
	return [...words].sort();
}
