import { describe, expect, it } from 'vitest';
import { correctQuery, mayBeMisspelt } from '../../src/client/search/spelling';
import { vocabularyOf } from '../../src/lib/search/vocabulary';

describe('vocabularyOf', () => {
	it('keeps distinct words of four letters or more, lower-cased, including non-ASCII names', () => {
		expect(vocabularyOf(['Partnership is not a cure-all', 'PARTNERSHIP and Ó Súilleabháin', undefined])).toEqual(['cure-all', 'partnership', 'súilleabháin']);
	});
});

describe('correctQuery', () => {
	const vocabulary = vocabularyOf(['partnership evaluation carers commissioning older people']);

	it('corrects a slip in each unknown word', () => {
		expect(correctQuery('partnrship evaluaton', vocabulary)).toBe('partnership evaluation');
	});

	it('allows two slips only in long words', () => {
		expect(correctQuery('comissioing', vocabulary)).toBe('commissioning');
		expect(correctQuery('crers', vocabulary)).toBe('carers');
		expect(correctQuery('cxrxrs', vocabulary)).toBeUndefined();
	});

	it('leaves known words, short words and far-off words alone', () => {
		expect(correctQuery('carers', vocabulary)).toBeUndefined();
		expect(correctQuery('NHS', vocabulary)).toBeUndefined();
		expect(correctQuery('zzzzzzzz', vocabulary)).toBeUndefined();
	});

	it('copes with an empty vocabulary', () => {
		expect(correctQuery('partnrship', [])).toBeUndefined();
	});
});

describe('mayBeMisspelt', () => {
	it('is not when every word the spelling help could correct begins a word the results marked', () => {
		expect(mayBeMisspelt('quillwort', ['quillwort', 'Quillwort'])).toBe(false);
		expect(mayBeMisspelt('Carer', ['carers'])).toBe(false);
		expect(mayBeMisspelt('older people', ['older', 'people'])).toBe(false);
	});

	it('may be when a word is found only as the start of another, or not marked at all', () => {
		expect(mayBeMisspelt('readmision', ['readmission'])).toBe(true);
		expect(mayBeMisspelt('older peple', ['older', 'people'])).toBe(true);
		expect(mayBeMisspelt('quillwort', [])).toBe(true);
	});

	it('leaves out words too short to correct', () => {
		expect(mayBeMisspelt('NHS', [])).toBe(false);
	});
});
