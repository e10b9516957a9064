import { describe, expect, it } from 'vitest';
import { countOf, formatFileSize, formatList, listParts, upperFirst } from '../../src/lib/format';
import {
	addressOf,
	entryHref,
	LIST_FILES,
	materialCitationHref,
	materialFileHref,
	materialHref,
	PAGES,
	programmeCalendarHref,
	programmeHref,
	sessionCalendarHref,
	sessionHref,
} from '../../src/lib/urls';

describe('bylines and lists', () => {
	it('read as British English lists, with no serial comma', () => {
		expect(formatList(['Timothy Freeman'])).toBe('Timothy Freeman');
		expect(formatList(['Timothy Freeman', 'Edward Peck'])).toBe('Timothy Freeman and Edward Peck');
		expect(formatList(['A', 'B', 'C'])).toBe('A, B and C');
	});

	it('come apart into the items and the words between them, in order', () => {
		const people = [{ name: 'A' }, { name: 'B' }, { name: 'C' }];
		const parts = listParts(people);
		expect(parts.map((part) => ('item' in part ? part.item.name : part.literal)).join('')).toBe('A, B and C');
		expect(parts.filter((part) => 'item' in part).map((part) => ('item' in part ? part.item : undefined))).toEqual(people);
	});
});

describe('counts', () => {
	it('take the noun form their number needs', () => {
		const forms = { one: 'commentary piece', other: 'commentary pieces' };
		expect(countOf(1, forms)).toBe('1 commentary piece');
		expect(countOf(2, forms)).toBe('2 commentary pieces');
		expect(countOf(0, forms)).toBe('0 commentary pieces');
	});
});

describe('file sizes', () => {
	it('read as a download link gives them, in thousands of bytes, never 0 KB', () => {
		expect(formatFileSize(86_418)).toBe('86 KB');
		expect(formatFileSize(120)).toBe('1 KB');
		expect(formatFileSize(999_400)).toBe('999 KB');
		expect(formatFileSize(999_600)).toBe('1 MB');
		expect(formatFileSize(1_234_567)).toBe('1.2 MB');
		expect(formatFileSize(20_000_000)).toBe('20 MB');
	});
});

describe('phrases that open a sentence', () => {
	it('start with a capital', () => {
		expect(upperFirst("papers on the symposium's question")).toBe("Papers on the symposium's question");
	});
});

describe('addresses', () => {
	it("follow an entry's collection and file name", () => {
		expect(entryHref({ collection: 'papers', id: 'shared-care-records' })).toBe('/papers/shared-care-records/');
		expect(entryHref({ collection: 'people', id: 'li-ming' })).toBe('/people/li-ming/');
		expect(entryHref({ collection: 'symposia', id: 'fixture-2031' })).toBe('/symposia/fixture-2031/');
		expect(entryHref({ collection: 'editions', id: 'fixture-journal-31-2' })).toBe('/editions/fixture-journal-31-2/');
		expect(PAGES.symposia).toBe('/symposia/');
		expect(PAGES.editions).toBe('/editions/');
	});

	it("put a session, and the calendars, in its own symposium's programme", () => {
		const session = { id: 'opening-plenary', data: { symposium: { id: 'fixture-2031' } } };
		const other = { id: 'opening-plenary', data: { symposium: { id: 'fixture-2029' } } };
		expect(programmeHref(session.data.symposium)).toBe('/symposia/fixture-2031/programme/');
		expect(sessionHref(session)).toBe('/symposia/fixture-2031/programme/#opening-plenary');
		// Two symposia may each have a session of the same name: each is in its own programme.
		expect(sessionHref(other)).toBe('/symposia/fixture-2029/programme/#opening-plenary');
		expect(sessionCalendarHref(session)).toBe('/symposia/fixture-2031/programme/sessions/opening-plenary.ics');
		expect(programmeCalendarHref(session.data.symposium)).toBe('/symposia/fixture-2031/programme/all-sessions.ics');
	});

	it('are where the content check looks for any entry: a page, a programme section, or none', () => {
		expect(addressOf('papers', 'shared-care-records', {})).toBe('/papers/shared-care-records/');
		expect(addressOf('sessions', 'opening-plenary', { symposium: { id: 'fixture-2031' } })).toBe('/symposia/fixture-2031/programme/#opening-plenary');
		// A session that names no symposium yet (the check reports that) has no address to give.
		expect(addressOf('sessions', 'opening-plenary', {})).toBeUndefined();
		expect(addressOf('site', 'site', { title: 'Fixture symposium' })).toBeUndefined();
	});

	it("give each edition its own data and reference lists, beside the site's", () => {
		const edition = { id: 'fixture-journal-31-2' };
		expect(LIST_FILES.editionData(edition)).toBe('/editions/fixture-journal-31-2/edition.json');
		expect(LIST_FILES.editionContents(edition, 'bib')).toBe('/editions/fixture-journal-31-2/edition.bib');
		expect(LIST_FILES.editionContents(edition, 'ris')).toBe('/editions/fixture-journal-31-2/edition.ris');
		expect(LIST_FILES.siteData).toBe('/edition.json');
	});
});

describe('talk materials’ addresses', () => {
	const paper = { collection: 'papers', id: 'shared-care-records' } as const;
	const session = { collection: 'sessions', id: 'opening-plenary', data: { symposium: { id: 'fixture-2031' } } } as const;

	it('sit in a folder of their entry’s, named for their kind', () => {
		expect(materialFileHref(paper, 'slides', '.pdf')).toBe('/papers/shared-care-records/materials/slides.pdf');
		expect(materialHref(paper, 'video')).toBe('/papers/shared-care-records/materials/video/');
		expect(materialCitationHref(paper, 'slides-2', 'ris')).toBe('/papers/shared-care-records/materials/slides-2/cite.ris');
		expect(materialFileHref(session, 'poster', '.png')).toBe('/symposia/fixture-2031/programme/sessions/opening-plenary/materials/poster.png');
	});

	it('differ between entries whose files have the same name', () => {
		const other = { collection: 'papers', id: 'discharge-to-assess-evaluation' } as const;
		expect(materialFileHref(paper, 'slides', '.pdf')).not.toBe(materialFileHref(other, 'slides', '.pdf'));
	});
});
