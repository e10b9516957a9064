import { SEARCH_FOLDER } from './sections';

/**
 * Which sections of the search index hold words beginning with each four letters: so that a search of every symposium
 * loads only the sections that can match its rarer words, rather than each section's metadata and word index.
 * Pagefind matches a query word by the index's words that begin with its stem, and an English stem keeps the first four
 * letters of any word of six or more (Snowball's stemmer changes only endings), so the sections listed under a word's
 * first four letters are all the sections where it can match. Shorter words, and words with other characters, are
 * not looked up: they leave every section in play.
 */
export const PREFIX_LENGTH = 4;

/** The shortest query word looked up: its stem is sure to keep its first PREFIX_LENGTH letters. */
const LOOKED_UP_FROM = 6;

/** The folder of the table, one file for each two letters that prefixes begin with. */
export const PREFIXES_FOLDER = `${SEARCH_FOLDER}prefixes/`;

/** One file of the table: the sections it names, and each prefix's sections as places in that list. */
export interface PrefixShard {
	sections: string[];
	prefixes: Record<string, number[]>;
}

/** The prefix a query word is looked up by, when it is one the table can answer for: lower case, without accents, as Pagefind indexes words. */
export function lookupPrefix(word: string): string | undefined {
	const plain = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
	return new RegExp(`^[a-z]{${LOOKED_UP_FROM},}$`).test(plain) ? plain.slice(0, PREFIX_LENGTH) : undefined;
}

/** The prefix an indexed word is listed under, when it has one the table holds. */
export function indexedPrefix(word: string): string | undefined {
	return new RegExp(`^[a-z]{${PREFIX_LENGTH}}`).test(word) ? word.slice(0, PREFIX_LENGTH) : undefined;
}

/** The file of the table that holds a prefix. */
export function shardPath(prefix: string): string {
	return `${PREFIXES_FOLDER}${prefix.slice(0, 2)}.json`;
}
