import { describe, expect, it } from 'vitest';
import { synonymsMentioned } from '../../src/lib/synonyms';

const groups = [
	['CMHT', 'community mental health team'],
	['PCT', 'primary care trust'],
	['carers', 'caregivers'],
];

describe('synonymsMentioned', () => {
	it('returns the whole group when the text uses any one of its terms', () => {
		expect(synonymsMentioned('The local Community Mental Health Team met weekly.', groups)).toEqual([
			'CMHT',
			'community mental health team',
		]);
		expect(synonymsMentioned('Each PCT was reorganised.', groups)).toEqual(['PCT', 'primary care trust']);
	});

	it('matches whole words only', () => {
		expect(synonymsMentioned('SPCTRA and carersfield are not matches.', groups)).toEqual([]);
	});

	it('collects several groups', () => {
		expect(synonymsMentioned('carers and the primary care trust', groups)).toEqual([
			'PCT',
			'primary care trust',
			'carers',
			'caregivers',
		]);
	});

	it('treats terms with regular-expression characters literally', () => {
		expect(synonymsMentioned('a+b', [['a+b', 'plus']])).toEqual(['a+b', 'plus']);
		expect(synonymsMentioned('aab', [['a+b', 'plus']])).toEqual([]);
	});
});
