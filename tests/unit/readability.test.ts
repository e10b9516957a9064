import { describe, expect, it } from 'vitest';
import { plainLanguageProblems } from '../../src/tooling/content-check/plain-language';
import { PLACEHOLDER } from '../../src/tooling/content-check/placeholders';
import { PLAIN_READING_EASE, readingEase } from '../../src/tooling/readability';

describe('reading ease', () => {
	it('scores short sentences of everyday words higher than long ones of long words', () => {
		const plain = 'Staff shared one record. People told their story once.';
		const dense = 'Interprofessional documentation accessibility substantially diminished duplicative domiciliary visitation requirements.';
		expect(readingEase(plain)).toBeGreaterThanOrEqual(PLAIN_READING_EASE);
		expect(readingEase(dense)).toBeLessThan(PLAIN_READING_EASE);
	});

	it('counts a sentence at each full stop, question mark and exclamation mark, and a text with none as one', () => {
		const words = 'the team met the family at home and then they talked';
		// The same words in more sentences read more easily.
		expect(readingEase(`${words}.`)).toBe(readingEase(words));
		expect(readingEase('The team met the family. At home? Then they talked!')).toBeGreaterThan(readingEase(words));
	});

	it('has no score for a text with no words', () => {
		expect(readingEase('  … ')).toBeNaN();
	});
});

describe('the plain-language rule', () => {
	it('passes a summary at or above the threshold', () => {
		expect(plainLanguageProblems({ plainSummary: 'Staff shared one record. People told their story once.' })).toEqual([]);
	});

	it('names the field and the score of a summary below it, and says what to do', () => {
		const plainSummary = 'Interprofessional documentation accessibility substantially diminished duplicative domiciliary visitation.';
		const [problem, ...rest] = plainLanguageProblems({ plainSummary });
		expect(rest).toEqual([]);
		expect(problem?.field).toBe('plainSummary');
		expect(problem?.message).toContain(`scores ${readingEase(plainSummary)} for reading ease`);
		expect(problem?.message).toContain(`needs ${PLAIN_READING_EASE} or more`);
	});

	it('leaves a placeholder from npm run new, and entries without the field, to other rules', () => {
		expect(plainLanguageProblems({ plainSummary: `${PLACEHOLDER} What the paper is about, in plain language, written by the site's editors.` })).toEqual([]);
		expect(plainLanguageProblems({ name: 'Jane Doe' })).toEqual([]);
		expect(plainLanguageProblems(null)).toEqual([]);
	});
});
