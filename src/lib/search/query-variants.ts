/** At most this many searches for one query: each synonym in it multiplies them. */
const MOST_VARIANTS = 16;

/** A term as a whole word or phrase, in any case: "PCT" but not the "pct" in "SPCTRA". */
const wholeWords = (terms: readonly string[]) =>
	new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map((term) => RegExp.escape(term)).join('|')})(?![\\p{L}\\p{N}])`, 'giu');

/**
 * The searches that together answer a query, the query itself first: where it uses a term of a
 * synonym group (synonyms.ts: "CMHT"), one search for each term of the group in its place ("community
 * mental health teams", ...). Pagefind has no OR, so the search page runs each and merges the
 * results; the pages are indexed in their own words only. Longer terms are found first, so
 * "primary care trusts" is one term, not "primary care trust" and a stray "s".
 */
export function queryVariants(query: string, groups: readonly (readonly string[])[]): string[] {
	const groupOf = new Map(groups.flatMap((terms) => terms.map((term) => [term.toLowerCase(), terms] as const)));
	if (groupOf.size === 0) return [query];
	const mention = wholeWords([...groupOf.keys()].sort((a, b) => b.length - a.length));
	let variants = [''];
	let from = 0;
	for (const found of query.matchAll(mention)) {
		const before = query.slice(from, found.index);
		const terms = groupOf.get(found[0].toLowerCase())!;
		// The reader's own word first, so the query as typed is always searched.
		const alternatives = [found[0], ...terms.filter((term) => term.toLowerCase() !== found[0].toLowerCase())];
		variants = variants.flatMap((start) => alternatives.map((term) => start + before + term)).slice(0, MOST_VARIANTS);
		from = found.index + found[0].length;
	}
	return variants.map((start) => start + query.slice(from));
}
