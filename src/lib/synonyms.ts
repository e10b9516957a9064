/** Where the search vocabulary lives: shared by every site, since it is about the field, not one event. */
export const SYNONYMS_FILE = 'content/search/synonyms.yaml';

/** A group of interchangeable terms, from SYNONYMS_FILE. */
export type SynonymGroup = readonly string[];

/** A term as a whole word or phrase: "PCT" but not the "pct" in "SPCTRA". */
const wholeWords = (terms: readonly string[], flags: string) =>
	new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map((term) => RegExp.escape(term)).join('|')})(?![\\p{L}\\p{N}])`, flags);

/** Each term's pattern, made once for the whole site rather than once per page. */
const termPatterns = new Map<string, RegExp>();
const usesTerm = (text: string, term: string) => {
	if (!termPatterns.has(term)) termPatterns.set(term, wholeWords([term], 'iu'));
	return termPatterns.get(term)!.test(text);
};

/**
 * Writes, for the search index only, the other terms of a synonym group next to each
 * phrase that uses one of them: "community mental health team" gains a hidden
 * "CMHT", so a search for the acronym finds the page and its excerpt is the sentence
 * with the phrase. Terms the page already uses are not added: a search for them draws
 * its excerpt from the page's own words.
 *
 * Works on the built HTML as text: Astro escapes ">" inside attribute values, so a
 * text run is whatever lies between one ">" and the next "<". Headings are left as they
 * are, since results take their titles from them.
 */
export function annotateSynonyms(html: string, groups: readonly SynonymGroup[]): string {
	const text = html.replace(/<[^>]*>/g, ' ');
	const additions = new Map<string, string>();
	for (const terms of groups) {
		const missing = terms.filter((term) => !usesTerm(text, term));
		if (missing.length === terms.length) continue;
		for (const term of terms) {
			const others = missing.filter((other) => other !== term);
			if (others.length > 0) additions.set(term.toLowerCase(), others.join(', '));
		}
	}
	if (additions.size === 0) return html;
	const mention = wholeWords([...additions.keys()].sort((a, b) => b.length - a.length), 'giu');
	// Headings stay as written: Pagefind takes result titles and section names from them.
	let inHeading = false;
	return html.replace(/(<[^>]*>)|([^<]+)/g, (_, tag: string | undefined, run: string | undefined) => {
		if (tag) {
			if (/^<\/?h[1-6][\s>]/i.test(tag)) inHeading = !tag.startsWith('</');
			return tag;
		}
		return inHeading ? run! : run!.replace(mention, (found) => `${found}<span hidden> (${additions.get(found.toLowerCase())})</span>`);
	});
}
