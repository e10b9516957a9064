import { describe, expect, it } from 'vitest';
import { queryVariants } from '../../src/lib/search/query-variants';

const groups = [
	['CMHT', 'CMHTs', 'community mental health team'],
	['PCT', 'primary care trust', 'primary care trusts'],
	['carers', 'caregivers'],
];

describe('queryVariants', () => {
	it('searches a query with no synonym as it is, once', () => {
		expect(queryVariants('hospital discharge', groups)).toEqual(['hospital discharge']);
	});

	it('searches the query as typed first, then with each other term of its group in place of the word', () => {
		expect(queryVariants('cmht funding', groups)).toEqual(['cmht funding', 'CMHTs funding', 'community mental health team funding']);
	});

	it('finds a phrase of the group in the query, the longest term first', () => {
		expect(queryVariants('the primary care trusts', groups)).toEqual(['the primary care trusts', 'the PCT', 'the primary care trust']);
	});

	it('finds terms as whole words only', () => {
		expect(queryVariants('SPCTRA', groups)).toEqual(['SPCTRA']);
	});

	it('replaces every synonym in a query, each with every term of its group', () => {
		expect(queryVariants('PCT carers', groups)).toEqual([
			'PCT carers',
			'PCT caregivers',
			'primary care trust carers',
			'primary care trust caregivers',
			'primary care trusts carers',
			'primary care trusts caregivers',
		]);
	});
});
