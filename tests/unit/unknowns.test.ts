import { describe, expect, it } from 'vitest';
import type { SiteContent } from '../../src/lib/site-content';
import { listInWords, whatIsNotYetKnown } from '../../src/lib/unknowns';

function site(overrides: { held?: object; venue?: string; sessions?: number; status?: string; editors?: number; anonymous?: number }) {
	return {
		symposium: {
			held: overrides.held ?? { year: 2006, month: 5 },
			venue: overrides.venue,
			specialEdition: { status: overrides.status ?? 'unconfirmed', guestEditors: Array(overrides.editors ?? 0).fill({}) },
		},
		sessions: Array(overrides.sessions ?? 0).fill({}),
		papers: [
			...Array(overrides.anonymous ?? 0).fill({ data: { authors: 'not-known' } }),
			{ data: { authors: [{ id: 'someone', collection: 'people' }] } },
		],
	} as unknown as SiteContent;
}

describe('whatIsNotYetKnown', () => {
	it('lists every gap in the record of a sparsely documented event', () => {
		expect(whatIsNotYetKnown(site({ anonymous: 1 }))).toEqual([
			"the symposium's exact dates",
			'its venue',
			'its programme and speakers',
			'which issue of the journal is the special edition',
			'who edited the special edition',
			'the authors of one paper',
		]);
	});

	it('claims nothing unknown for a fully documented event', () => {
		const full = site({ held: { year: 2031, month: 3, day: 14 }, venue: 'Hall', sessions: 3, status: 'published', editors: 1 });
		expect(whatIsNotYetKnown(full)).toEqual([]);
	});

	it('counts papers whose authors are not known', () => {
		expect(whatIsNotYetKnown(site({ anonymous: 2 }))).toContain('the authors of 2 papers');
	});
});

describe('listInWords', () => {
	it('joins with commas and a final "and"', () => {
		expect(listInWords(['a'])).toBe('a');
		expect(listInWords(['a', 'b'])).toBe('a and b');
		expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
	});
});
