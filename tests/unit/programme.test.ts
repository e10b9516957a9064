import { describe, expect, it } from 'vitest';
import { programmeDays } from '../../src/lib/content/programme';
import { seriesLinks } from '../../src/lib/content/series-links';
import { symposiumDates } from '../../src/lib/content/symposium-dates';
import type { Session, SiteContent, Symposium } from '../../src/lib/content/site-content';
import type { PartialDate } from '../../src/schemas/partial-date';

/** A symposium held on 14 and 15 March 2031 in London, with sessions given by their start and end. */
const symposium = (dates: { held: PartialDate; ends?: PartialDate } = { held: { year: 2031, month: 3, day: 14 }, ends: { year: 2031, month: 3, day: 15 } }) =>
	({
		id: 'fixture-2031',
		collection: 'symposia',
		data: { title: 'A symposium', shortTitle: 'A symposium', ...dates, timeZone: 'Europe/London' },
	}) as unknown as Symposium;

const session = (id: string, order: number, start?: string, end?: string) =>
	({
		id,
		collection: 'sessions',
		data: { title: id, order, symposium: { id: 'fixture-2031' }, start: start && new Date(start), end: end && new Date(end) },
	}) as unknown as Session;

/** In programme order, which is not the order of their times. */
const sessions = [
	session('saturday-afternoon', 1, '2031-03-15T14:00:00Z', '2031-03-15T15:30:00Z'),
	session('friday-late', 2, '2031-03-14T11:30:00Z', '2031-03-14T13:00:00Z'),
	session('untimed', 3),
	session('friday-early', 4, '2031-03-14T09:30:00Z', '2031-03-14T11:00:00Z'),
	// 00:30 BST on 1 April is still 31 March in UTC: the day is the symposium's.
	session('workshop-after-midnight', 5, '2031-03-31T23:30:00Z'),
];

describe('programmeDays', () => {
	const days = programmeDays(sessions, 'Europe/London');

	it('sets the sessions out a day at a time, each day in time order, on the symposium’s clock', () => {
		expect(days.map(({ day }) => day)).toEqual([
			{ year: 2031, month: 3, day: 14 },
			{ year: 2031, month: 3, day: 15 },
			{ year: 2031, month: 4, day: 1 },
			undefined,
		]);
		expect(days.map(({ sessions }) => sessions.map(({ id }) => id))).toEqual([
			['friday-early', 'friday-late'],
			['saturday-afternoon'],
			['workshop-after-midnight'],
			['untimed'],
		]);
	});

	it('gives no group for untimed sessions when every time is known', () => {
		expect(
			programmeDays(
				sessions.filter(({ id }) => id !== 'untimed'),
				'Europe/London',
			).every(({ day }) => day !== undefined),
		).toBe(true);
	});
});

describe('symposiumDates', () => {
	it('runs from the first day to the last session, a later workshop included', () => {
		expect(symposiumDates(symposium(), sessions)).toEqual({ from: { year: 2031, month: 3, day: 14 }, to: { year: 2031, month: 4, day: 1 } });
	});

	it('keeps the symposium’s own days when its sessions fall within them, or it has none', () => {
		expect(symposiumDates(symposium(), sessions.slice(0, 2))).toEqual({ from: { year: 2031, month: 3, day: 14 }, to: { year: 2031, month: 3, day: 15 } });
		expect(symposiumDates(symposium({ held: { year: 2006, month: 5 } }), [])).toEqual({ from: { year: 2006, month: 5 }, to: { year: 2006, month: 5 } });
	});

	it('starts at a session held before the first day the record gives', () => {
		expect(symposiumDates(symposium({ held: { year: 2031, month: 3, day: 15 } }), sessions.slice(0, 2)).from).toEqual({ year: 2031, month: 3, day: 14 });
	});
});

describe('seriesLinks', () => {
	const site = (featuredSessions: Session[]) =>
		({
			symposia: [symposium()],
			editions: [],
			featured: symposium(),
			partsOf: () => ({ sessions: featuredSessions, papers: [], messages: [], commentary: [] }),
		}) as unknown as SiteContent;

	it('offers the programme of a site of one symposium once it has a session', () => {
		expect(seriesLinks(site(sessions))).toEqual([{ href: '/symposia/fixture-2031/programme/', label: 'Programme' }]);
	});

	it('offers no programme while it has none', () => {
		expect(seriesLinks(site([])).map(({ label }) => label)).not.toContain('Programme');
	});
});
