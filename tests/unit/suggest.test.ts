import { describe, expect, it } from 'vitest';
import { suggest } from '../../src/lib/suggest';

describe('suggest', () => {
	const fields = ['title', 'authors', 'abstract', 'plainSummary', 'photoAlt', 'status'];

	it.each([
		['authros', 'authors'],
		['plainsummary', 'plainSummary'],
		['photo_alt', 'photoAlt'],
		['Title', 'title'],
		['stauts', 'status'],
	])('takes %s for %s', (typed, meant) => {
		expect(suggest(typed, fields)).toBe(meant);
	});

	it.each(['colour', 'licence', 'xy'])('offers nothing for %s, which is not close to any', (typed) => {
		expect(suggest(typed, fields)).toBeUndefined();
	});

	it('offers nothing when there is nothing to choose from', () => {
		expect(suggest('authors', [])).toBeUndefined();
	});
});
