import { COLLECTIONS } from '../content/collections';
import { folderOf } from '../content/collection-files';

/** Where the search vocabulary lives: always content/search/, for the fixture and benchmark sites too, since it is about the field, not one event. */
export const SYNONYMS_FILE = `${folderOf('synonyms', 'content')}/${COLLECTIONS.synonyms.files.file}`;

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

/** The attribute that holds a phrase's other terms, which Pagefind indexes where it stands (its data-pagefind-index-attrs). */
const SYNONYMS_ATTRIBUTE = 'data-synonyms';

/**
 * Elements whose text stays as written: headings, since Pagefind takes result titles and
 * section names from them; and text where an element would be shown as text or break what
 * it is (scripts and their data, styles, drawings, form values).
 */
const LEFT_AS_WRITTEN = /^<(h[1-6]|script|style|svg|textarea|option)[\s>]/i;

/**
 * Pagefind ends an indexed attribute's value with a full stop when its last character is a
 * letter, digit, quote or bracket (it was made for alt text), which would put ". ," in the
 * middle of an excerpt; a no-break space is white space to it, and stops that.
 */
const AFTER_SYNONYMS = '\u00a0';

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Writes, for the search index only, the other terms of a synonym group next to each
 * phrase that uses one of them: "community mental health team" gains a "CMHT" that
 * Pagefind reads from an attribute of an empty element, so a search for the acronym
 * finds the page and its excerpt is the sentence with the phrase, while readers, screen
 * readers and search engines see only the page's own words. Terms the page already
 * uses are not added: a search for them draws its excerpt from the page's own words.
 * Only the part of the page that Pagefind indexes is read and annotated.
 *
 * Works on the built HTML as text: Astro escapes ">" inside attribute values, so a
 * text run is whatever lies between one ">" and the next "<".
 */
export function annotateSynonyms(html: string, groups: readonly SynonymGroup[]): string {
	// Pagefind reads only the part of a page marked as its body, and no page without one.
	const body = /<[^>]*\bdata-pagefind-body\b/.exec(html);
	if (!body) return html;
	return html.slice(0, body.index) + annotateIndexed(html.slice(body.index), groups);
}

function annotateIndexed(html: string, groups: readonly SynonymGroup[]): string {
	const text = html.replace(/<[^>]*>/g, ' ');
	const additions = new Map<string, string>();
	for (const terms of groups) {
		const missing = terms.filter((term) => !usesTerm(text, term));
		if (missing.length === terms.length) continue;
		for (const term of terms) {
			const others = missing.filter((other) => other !== term);
			if (others.length > 0)
				additions.set(
					term.toLowerCase(),
					`<span data-pagefind-index-attrs="${SYNONYMS_ATTRIBUTE}" ${SYNONYMS_ATTRIBUTE}="${escapeAttribute(`(${others.join(', ')})${AFTER_SYNONYMS}`)}"></span>`,
				);
		}
	}
	if (additions.size === 0) return html;
	const mention = wholeWords(
		[...additions.keys()].sort((a, b) => b.length - a.length),
		'giu',
	);
	// The element being left as written, by the end tag that closes it.
	let leftUntil: string | undefined;
	return html.replace(/(<[^>]*>)|([^<]+)/g, (_, tag: string | undefined, run: string | undefined) => {
		if (tag) {
			if (leftUntil === undefined) leftUntil = LEFT_AS_WRITTEN.exec(tag)?.[1]?.toLowerCase();
			else if (tag.toLowerCase().startsWith(`</${leftUntil}`)) leftUntil = undefined;
			return tag;
		}
		return leftUntil === undefined ? run!.replace(mention, (found) => found + additions.get(found.toLowerCase())) : run!;
	});
}
