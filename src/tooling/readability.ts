import { flesch } from 'flesch';
import { syllable } from 'syllable';

/**
 * The least Flesch reading ease a plain-language summary may have: 60 is "plain
 * English", easily read by most people of 13 and over.
 */
export const PLAIN_READING_EASE = 60;

/** Words as a reader counts them: "carers'" and "ground-up" are one word each. */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** The Flesch reading ease of a text (higher is easier), to one decimal place; NaN for a text with no words. */
export function readingEase(text: string): number {
	const words = text.match(WORD) ?? [];
	// A sentence ends at . ! or ? before a space or the end; a text with no full stop is one sentence.
	const sentences = Math.max(1, text.split(/[.!?]+(?=\s|$)/).filter((part) => /\p{L}/u.test(part)).length);
	const syllables = words.reduce((total, word) => total + syllable(word), 0);
	return Math.round(flesch({ sentence: sentences, word: words.length, syllable: syllables }) * 10) / 10;
}
