import { describe, expect, it } from 'vitest';
import type { Edition, SiteContent, Symposium } from '../../src/lib/content/site-content';
import { whatIsNotYetKnown } from '../../src/lib/content/unknowns';
import { readCollection } from '../content';
import { siteContentOf } from '../site-content';
import { SITES } from '../sites';

interface EditionOverrides {
	kind?: 'special-issue' | 'proceedings';
	status?: string;
	editors?: number;
}

interface Overrides extends EditionOverrides {
	held?: object;
	venue?: string;
	sessions?: number;
	/** The symposium's editions; by default one, as the edition overrides above describe it. */
	editions?: EditionOverrides[];
	anonymousTitles?: string[];
	inEdition?: boolean;
	given?: boolean;
}

/** A symposium, and a site that holds it and another symposium, each with papers, sessions and editions of its own. */
function site(overrides: Overrides): { site: SiteContent; symposium: Symposium } {
	const paper = (data: object) => ({
		collection: 'papers',
		data: {
			authors: [{ id: 'someone', collection: 'people' }],
			inEdition: overrides.inEdition ? 'confirmed' : 'not-confirmed',
			presentedAtSymposium: overrides.given ? 'confirmed' : 'not-confirmed',
			...data,
		},
	});
	const papers = [paper({ title: 'Named' }), ...(overrides.anonymousTitles ?? []).map((title) => paper({ title, authors: 'not-known' }))];
	const editions = (overrides.editions ?? [overrides]).map(
		({ kind, status, editors }, index) =>
			({
				id: `edition-${index}`,
				collection: 'editions',
				data: {
					kind: kind ?? 'special-issue',
					status: status ?? 'unconfirmed',
					guestEditors: editors ? Array(editors).fill({ id: 'someone', collection: 'people' }) : 'not-known',
				},
			}) as unknown as Edition,
	);
	const symposium = {
		id: 'the-symposium',
		collection: 'symposia',
		data: { held: overrides.held ?? { year: 2006, month: 5 }, venue: overrides.venue },
	} as unknown as Symposium;
	// Another symposium of the series, as sparsely known as can be: none of its gaps is this symposium's.
	const otherPapers = [paper({ title: "Another symposium's paper", authors: 'not-known' })];
	const otherEdition = { id: 'other', collection: 'editions', data: { kind: 'proceedings', status: 'unconfirmed', guestEditors: 'not-known' } };
	const content = {
		partsOf: (of: Symposium) =>
			of === symposium
				? { papers, messages: [], commentary: [], sessions: Array(overrides.sessions ?? 0).fill({}) }
				: { papers: otherPapers, messages: [], commentary: [], sessions: [] },
		editionsOf: (of: Symposium) => (of === symposium ? editions : [otherEdition]),
		contentsOf: (edition: Edition) =>
			editions.includes(edition) && overrides.inEdition ? { contents: papers, alsoInJournal: [] } : { contents: [], alsoInJournal: papers },
	} as unknown as SiteContent;
	return { site: content, symposium };
}

const unknowns = (overrides: Overrides) => {
	const { site: content, symposium } = site(overrides);
	return whatIsNotYetKnown(content, symposium);
};

describe('whatIsNotYetKnown', () => {
	it('lists every gap in the record of a sparsely documented event', () => {
		expect(unknowns({ anonymousTitles: ['Whole-system approaches: a review'] })).toEqual([
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
		const full: Overrides = {
			held: { year: 2031, month: 3, day: 14 },
			venue: 'Hall',
			sessions: 3,
			status: 'published',
			editors: 1,
			inEdition: true,
			given: true,
		};
		expect(unknowns(full)).toEqual([]);
		expect(unknowns({ ...full, kind: 'proceedings' })).toEqual([]);
	});

	it('names each paper whose authors are not known', () => {
		expect(unknowns({ anonymousTitles: ['First', 'Second: a subtitle'] })).toEqual(
			expect.arrayContaining(['the authors of “First”', 'the authors of “Second”']),
		);
	});

	it("speaks of a proceedings volume's gaps as the proceedings', not as a special edition's", () => {
		expect(unknowns({ kind: 'proceedings' })).toEqual(
			expect.arrayContaining(['which volume holds the proceedings', 'who edited the proceedings', "the proceedings' contents"]),
		);
		expect(unknowns({ kind: 'proceedings' }).filter((gap) => gap.includes('special edition'))).toEqual([]);
	});

	it('says nothing of an edition for a symposium with none, and speaks of each edition a symposium has', () => {
		expect(unknowns({ editions: [] }).filter((gap) => /edition|proceedings/.test(gap))).toEqual([]);
		const both = unknowns({ editions: [{ kind: 'special-issue', status: 'published', editors: 2 }, { kind: 'proceedings' }] });
		expect(both.filter((gap) => /edition|proceedings/.test(gap))).toEqual([
			"the special edition's contents",
			'which volume holds the proceedings',
			'who edited the proceedings',
			"the proceedings' contents",
		]);
	});

	it('lists only the gaps of the symposium it is asked about, not those of the rest of the series', () => {
		// The other symposium's edition and paper are as little known as can be; none of it is this one's.
		expect(unknowns({ editions: [] }).join('\n')).not.toMatch(/Another symposium|proceedings/);
	});
});

const { contentDir } = SITES.fixtures;
/** The fixture series as the site's own query layer makes it. */
const content = await siteContentOf(contentDir);

describe('what is not yet known of each symposium of the fixture series', () => {
	// As the editors wrote them: each entry names its symposium by file name.
	const sessions = readCollection(contentDir, 'sessions');
	const editions = readCollection(contentDir, 'editions').filter(({ id }) => content.editions.some((edition) => edition.id === id));
	const papers = readCollection(contentDir, 'papers').filter(({ id }) => content.papers.some((paper) => paper.id === id));

	it('holds a symposium without a programme or an edition, and one with an edition another symposium shares', () => {
		expect(content.symposia.some(({ id }) => !sessions.some(({ data }) => data.symposium === id))).toBe(true);
		expect(content.symposia.some(({ id }) => !editions.some(({ data }) => (data.symposia as string[]).includes(id)))).toBe(true);
		expect(editions.some(({ data }) => (data.symposia as string[]).length > 1)).toBe(true);
	});

	for (const symposium of content.symposia) {
		it(`${symposium.id}: its own programme, editions and papers, as its entries and theirs give them`, () => {
			const gaps = whatIsNotYetKnown(content, symposium);
			const hasProgramme = sessions.some(({ data }) => data.symposium === symposium.id);
			expect(gaps.includes('its programme and speakers')).toBe(!hasProgramme);
			// Each of its editions' editors, as its own file gives them; and none for a symposium with no edition.
			const own = editions.filter(({ data }) => (data.symposia as string[]).includes(symposium.id));
			const editorsGaps = own
				.filter(({ data }) => data.guestEditors === undefined || data.guestEditors === 'not-known')
				.map(({ data }) => (data.kind === 'proceedings' ? 'who edited the proceedings' : 'who edited the special edition'));
			expect(gaps.filter((gap) => gap.startsWith('who edited'))).toEqual(editorsGaps);
			if (own.length === 0) expect(gaps.filter((gap) => /edition|proceedings/.test(gap))).toEqual([]);
			// The authors it does not know are its own papers' only.
			const anonymous = papers.filter(({ data }) => data.symposium === symposium.id && data.authors === 'not-known');
			expect(gaps.filter((gap) => gap.startsWith('the authors of ')).toSorted()).toEqual(
				anonymous.map(({ data }) => `the authors of “${String(data.title).split(':')[0]}”`).toSorted(),
			);
		});
	}
});
