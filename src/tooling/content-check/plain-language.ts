import { PLAIN_READING_EASE, readingEase } from '../readability';
import { PLACEHOLDER } from './placeholders';

export interface PlainLanguageProblem {
	field: string;
	message: string;
}

/**
 * A plain-language summary that is hard to read. People who use services and their
 * carers read it first, so it must score at least PLAIN_READING_EASE on the Flesch
 * reading ease scale. A placeholder left by npm run new is the placeholder rule's to report.
 */
export function plainLanguageProblems(data: unknown): PlainLanguageProblem[] {
	const text = (data as { plainSummary?: unknown } | null)?.plainSummary;
	if (typeof text !== 'string' || !text.trim() || text.startsWith(PLACEHOLDER)) return [];
	const score = readingEase(text);
	if (score >= PLAIN_READING_EASE) return [];
	return [
		{
			field: 'plainSummary',
			message: `scores ${score} for reading ease (Flesch); a plain-language summary needs ${PLAIN_READING_EASE} or more: write shorter sentences and shorter, everyday words`,
		},
	];
}
