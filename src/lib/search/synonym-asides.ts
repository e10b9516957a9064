/**
 * The synonyms written into a page for the search index (synonyms.ts) are not the page's
 * words, so a result's excerpt must not show them. Pagefind keeps them in the text it
 * quotes from, so each word of one is set apart there by a word joiner (U+2060) before it:
 * a character Pagefind neither indexes nor treats as a space, and one no page has reason
 * to use. The first word of an aside carries one joiner for each word of the phrase it
 * follows, so that phrase can be marked in its place. This module writes that shape and
 * reads it back; it runs in the build and in the browser.
 */
const JOINER = '\u2060';

/** A word of an excerpt as Pagefind gives it (split at white space) and whether it matched the query. */
export interface ExcerptWord {
	text: string;
	marked: boolean;
}

/** The index-only text written after `phrase` on a page: its synonyms, set apart. */
export function synonymAside(phrase: string, synonyms: readonly string[]): string {
	const [first, ...rest] = synonyms.join(', ').split(/\s+/);
	const phraseWords = phrase.trim().split(/\s+/).length;
	return [JOINER.repeat(phraseWords) + first, ...rest.map((word) => JOINER + word)].join(' ');
}

/**
 * Punctuation that follows a word directly ("carers,", "Carers' Centre"): after an aside,
 * the space Pagefind put between them goes with it.
 */
const FOLLOWS_DIRECTLY = /^[,.;:!?)\]}'’”…]/u;

/** A word as the index compares it: its letters and digits, in lower case. */
const bare = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * An excerpt's words with the asides left out: what a reader of the page would find there.
 * Where the query matched a synonym that the phrase before it does not show ("CMHT" after
 * "community mental health team"), the phrase is marked in its place. An excerpt is a window
 * on the page's words, so it can start or end inside an aside or its phrase: what it shows
 * of either is treated the same.
 */
export function pageWords(words: readonly ExcerptWord[]): ExcerptWord[] {
	const own: ExcerptWord[] = [];
	/** The words of the phrase the aside being read follows; while none is, undefined. */
	let phraseWords: number | undefined;
	for (const word of words) {
		const joiners = /^\u2060*/u.exec(word.text)![0].length;
		if (joiners > 0) {
			phraseWords ??= joiners;
			const phrase = own.slice(-phraseWords);
			if (word.marked && !phrase.some((phraseWord) => bare(phraseWord.text) === bare(word.text))) for (const phraseWord of phrase) phraseWord.marked = true;
			continue;
		}
		const previous = own.at(-1);
		if (phraseWords !== undefined && previous && FOLLOWS_DIRECTLY.test(word.text))
			own[own.length - 1] = { text: previous.text + word.text, marked: previous.marked };
		else own.push({ ...word });
		phraseWords = undefined;
	}
	return own;
}
