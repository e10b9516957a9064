import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { isTimed, programmeCalendar, programmeCalendarName, sessionEvent, type CalendarSite } from '../../src/lib/scholarly/calendar';
import { googleCalendarHref, googleSubscribeHref, outlookCalendarHref, outlookSubscribeHref } from '../../src/lib/scholarly/calendar-links';
import { eventsOf } from '../ics';
import type { Paper, Person, Session, Symposium } from '../../src/lib/content/site-content';

const base = new URL('https://symposium.example.org/');

/** The symposium the sessions belong to: its clock is the one the programme's times are on. */
const symposium = {
	id: 'integrated-care-2031',
	collection: 'symposia',
	data: { title: 'A symposium on integrated care', shortTitle: 'The symposium', timeZone: 'Europe/London' },
} as unknown as Symposium;
const of = { symposium: { id: symposium.id, collection: 'symposia' } };

/** Sessions either side of the UK's clock change on Sunday 30 March 2031, on the symposium's clock. */
const sessions = [
	{
		id: 'before-the-change',
		collection: 'sessions',
		data: {
			...of,
			title: 'Before the change',
			order: 1,
			start: new Date('2031-03-28T09:30:00+00:00'),
			end: new Date('2031-03-28T11:00:00+00:00'),
			room: 'Hall A, east wing',
		},
	},
	{
		id: 'after-the-change',
		collection: 'sessions',
		data: { ...of, title: 'After the change', order: 2, start: new Date('2031-03-31T09:30:00+01:00'), room: undefined },
	},
	{ id: 'untimed', collection: 'sessions', data: { ...of, title: 'Untimed', order: 3 } },
] as unknown as Session[];

const chair = { id: 'a-chair', collection: 'people', data: { name: 'Zoë Ó Súilleabháin' } } as unknown as Person;
/** Commas, semicolons and a title long enough that its line must be folded. */
const paper = {
	id: 'a-paper',
	collection: 'papers',
	data: { title: 'Carers, commissioners; and the long, winding road from a hospital ward to a home that has been adapted for a return' },
} as unknown as Paper;

const site: CalendarSite = {
	chairOf: (session) => (session.id === 'before-the-change' ? chair : undefined),
	papersIn: (session) => (session.id === 'before-the-change' ? [paper] : []),
};

const events = eventsOf;

describe('the programme as an iCalendar file', () => {
	const ics = programmeCalendar(site, symposium, sessions.filter(isTimed), base);
	const [before, after] = events(ics);

	it('holds an event for each session whose time is known, and none for a session without one', () => {
		expect(events(ics).map(({ event }) => event.summary)).toEqual(['Before the change', 'After the change']);
	});

	it("writes times on the symposium's clock, with its zone and the zone's rules", () => {
		expect(before!.vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/London');
		expect(ics).toContain('DTSTART;TZID=Europe/London:20310331T093000');
		expect(ics).toMatch(/BEGIN:VTIMEZONE[\s\S]*TZID:Europe\/London[\s\S]*END:VTIMEZONE/);
	});

	it("writes another symposium's sessions on that symposium's own clock", () => {
		const abroad = { ...symposium, data: { ...symposium.data, timeZone: 'America/New_York' } } as Symposium;
		const elsewhere = programmeCalendar(site, abroad, sessions.filter(isTimed), base);
		const [first] = events(elsewhere);
		expect(first!.vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('America/New_York');
		// The same moment, 09:30 in London (GMT), is 05:30 in New York (EDT since 9 March 2031).
		expect(elsewhere).toContain('DTSTART;TZID=America/New_York:20310328T053000');
		expect(first!.event.startDate.toJSDate().toISOString()).toBe('2031-03-28T09:30:00.000Z');
	});

	it('gives each session its moment, whichever side of a clock change it falls', () => {
		// 09:30 on the symposium's clock both days: GMT (UTC) before 30 March, BST (UTC+1) after.
		expect(before!.event.startDate.toJSDate().toISOString()).toBe('2031-03-28T09:30:00.000Z');
		expect(before!.event.endDate.toJSDate().toISOString()).toBe('2031-03-28T11:00:00.000Z');
		expect(after!.event.startDate.toJSDate().toISOString()).toBe('2031-03-31T08:30:00.000Z');
	});

	it('identifies each event by the session’s address in its symposium’s programme, stamped with when the file was made', () => {
		expect(before!.event.uid).toBe('https://symposium.example.org/symposia/integrated-care-2031/programme/#before-the-change');
		expect(after!.event.uid).toBe('https://symposium.example.org/symposia/integrated-care-2031/programme/#after-the-change');
		const stamp = before!.vevent.getFirstPropertyValue('dtstamp') as ICAL.Time;
		expect(Math.abs(stamp.toJSDate().getTime() - Date.now())).toBeLessThan(60_000);
	});

	it('names the symposium the sessions belong to, and links to its programme', () => {
		const calendar = new ICAL.Component(ICAL.parse(ics));
		expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('The symposium: programme');
		expect(calendar.getFirstPropertyValue('url')).toBe('https://symposium.example.org/symposia/integrated-care-2031/programme/');
		for (const { event } of events(ics)) expect(event.description).toContain('Part of A symposium on integrated care.');
	});

	it('gives the room, chair and papers as written, however they are punctuated', () => {
		expect(before!.event.location).toBe('Hall A, east wing');
		expect(before!.event.description).toContain('Chair: Zoë Ó Súilleabháin');
		expect(before!.event.description).toContain(`- ${paper.data.title}`);
		expect(after!.event.location).toBeNull();
		expect(after!.event.description).not.toContain('Chair');
	});

	it('keeps every line within the 75 octets iCalendar allows', () => {
		const lines = ics.split('\r\n');
		expect(lines.some((line) => line.startsWith(' '))).toBe(true);
		for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
	});
});

describe('the links that add a session to a web calendar', () => {
	const [before, after] = sessions.filter(isTimed).map((session) => sessionEvent(site, symposium, session, base));
	const params = (href: string) => new URL(href).searchParams;

	it('fill in Google Calendar with the session’s title, its moments in UTC, its room and a note', () => {
		const google = new URL(googleCalendarHref(before!));
		expect(`${google.origin}${google.pathname}`).toBe('https://calendar.google.com/calendar/render');
		expect(google.searchParams.get('action')).toBe('TEMPLATE');
		expect(google.searchParams.get('text')).toBe('Before the change');
		expect(google.searchParams.get('dates')).toBe('20310328T093000Z/20310328T110000Z');
		expect(google.searchParams.get('location')).toBe('Hall A, east wing');
	});

	it('fill in Outlook with the same event', () => {
		const outlook = new URL(outlookCalendarHref(before!));
		expect(`${outlook.origin}${outlook.pathname}`).toBe('https://outlook.live.com/calendar/0/action/compose');
		expect(outlook.searchParams.get('subject')).toBe('Before the change');
		expect(outlook.searchParams.get('startdt')).toBe('2031-03-28T09:30:00Z');
		expect(outlook.searchParams.get('enddt')).toBe('2031-03-28T11:00:00Z');
		expect(outlook.searchParams.get('location')).toBe('Hall A, east wing');
	});

	it('give the moment on the symposium’s clock after a clock change, and a session with no known end ends as it starts', () => {
		// 09:30 BST is 08:30 UTC.
		expect(params(googleCalendarHref(after!)).get('dates')).toBe('20310331T083000Z/20310331T083000Z');
		expect(params(outlookCalendarHref(after!)).get('startdt')).toBe('2031-03-31T08:30:00Z');
		expect(params(outlookCalendarHref(after!)).get('enddt')).toBe('2031-03-31T08:30:00Z');
		expect(params(googleCalendarHref(after!)).has('location')).toBe(false);
	});

	it('note the symposium, the chair and the session’s address, where its papers are, rather than list them', () => {
		for (const note of [params(googleCalendarHref(before!)).get('details'), params(outlookCalendarHref(before!)).get('body')]) {
			expect(note).toContain('Part of A symposium on integrated care.');
			expect(note).toContain('Chair: Zoë Ó Súilleabháin');
			expect(note).toContain('https://symposium.example.org/symposia/integrated-care-2031/programme/#before-the-change');
			expect(note).not.toContain(paper.data.title);
		}
	});
});

describe('the links that subscribe a web calendar to a whole programme', () => {
	const file = new URL('https://symposium.example.org/symposia/integrated-care-2031/programme/all-sessions.ics');

	it('give Google the file’s address as a calendar to subscribe to', () => {
		const google = new URL(googleSubscribeHref(file));
		expect(`${google.origin}${google.pathname}`).toBe('https://calendar.google.com/calendar/render');
		expect(google.searchParams.get('cid')).toBe('webcal://symposium.example.org/symposia/integrated-care-2031/programme/all-sessions.ics');
	});

	it('give Outlook the file’s address, under the name the file gives itself', () => {
		const outlook = new URL(outlookSubscribeHref(file, programmeCalendarName(symposium)));
		expect(`${outlook.origin}${outlook.pathname}`).toBe('https://outlook.live.com/calendar/0/addfromweb');
		expect(outlook.searchParams.get('url')).toBe(file.href);
		expect(outlook.searchParams.get('name')).toBe('The symposium: programme');
	});
});
