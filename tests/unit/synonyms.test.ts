import { describe, expect, it } from 'vitest';
import { synonymsToIndex } from '../../src/lib/synonyms';

const groups = [
	['CMHT', 'community mental health team'],
	['PCT', 'primary care trust'],
	['carers', 'caregivers'],
];

describe('synonymsToIndex', () => {
	it('adds the other terms of a group whose term the text uses', () => {
		expect(synonymsToIndex('The local Community Mental Health Team met weekly.', groups)).toEqual(['CMHT']);
		expect(synonymsToIndex('Each PCT was reorganised.', groups)).toEqual(['primary care trust']);
	});

	it('adds nothing the text already says', () => {
		expect(synonymsToIndex('The CMHT, our community mental health team, met.', groups)).toEqual([]);
	});

	it('matches whole words only', () => {
		expect(synonymsToIndex('SPCTRA and carersfield are not matches.', groups)).toEqual([]);
	});

	it('collects several groups', () => {
		expect(synonymsToIndex('carers and the primary care trust', groups)).toEqual(['PCT', 'caregivers']);
	});

	it('treats terms with regular-expression characters literally', () => {
		expect(synonymsToIndex('a+b', [['a+b', 'plus']])).toEqual(['plus']);
		expect(synonymsToIndex('aab', [['a+b', 'plus']])).toEqual([]);
	});
});
