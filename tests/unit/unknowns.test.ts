import { describe, expect, it } from 'vitest';
import type { SiteContent } from '../../src/lib/content/site-content';
import { whatIsNotYetKnown } from '../../src/lib/content/unknowns';

interface Overrides {
	held?: object;
	venue?: string;
	sessions?: number;
	status?: string;
	editors?: number;
	anonymousTitles?: string[];
	inEdition?: boolean;
	given?: boolean;
}

function site(overrides: Overrides) {
	const paper = (data: object) => ({
		data: {
			authors: [{ id: 'someone', collection: 'people' }],
			specialEdition: overrides.inEdition ? 'confirmed' : 'not-confirmed',
			presentedAtSymposium: overrides.given ? 'confirmed' : 'not-confirmed',
			...data,
		},
	});
	const papers = [paper({ title: 'Named' }), ...(overrides.anonymousTitles ?? []).map((title) => paper({ title, authors: 'not-known' }))];
	return {
		symposium: {
			held: overrides.held ?? { year: 2006, month: 5 },
			venue: overrides.venue,
			specialEdition: { status: overrides.status ?? 'unconfirmed', guestEditors: Array(overrides.editors ?? 0).fill({}) },
		},
		sessions: Array(overrides.sessions ?? 0).fill({}),
		papers,
		edition: { contents: overrides.inEdition ? papers : [], alsoInJournal: overrides.inEdition ? [] : papers },
	} as unknown as SiteContent;
}

describe('whatIsNotYetKnown', () => {
	it('lists every gap in the record of a sparsely documented event', () => {
		expect(whatIsNotYetKnown(site({ anonymousTitles: ['Whole-system approaches: a review'] }))).toEqual([
			"the symposium's exact dates",
			'its venue',
			'its programme and speakers',
			'which issue of the journal is the special edition',
			'who edited the special edition',
			"the special edition's contents",
			'which papers were given at the symposium',
			'the authors of “Whole-system approaches”',
		]);
	});

	it('claims nothing unknown for a fully documented event', () => {
		const full = site({
			held: { year: 2031, month: 3, day: 14 },
			venue: 'Hall',
			sessions: 3,
			status: 'published',
			editors: 1,
			inEdition: true,
			given: true,
		});
		expect(whatIsNotYetKnown(full)).toEqual([]);
	});

	it('names each paper whose authors are not known', () => {
		expect(whatIsNotYetKnown(site({ anonymousTitles: ['First', 'Second: a subtitle'] }))).toEqual(
			expect.arrayContaining(['the authors of “First”', 'the authors of “Second”']),
		);
	});
});
