import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { ICalCalendar } from 'ical-generator';
import type { Session, SiteContent, Symposium } from '../content/site-content';
import { wallClockAt } from '../dates';
import { programmeHref, sessionHref } from '../urls';

/** What a calendar says about a session beside its time: the symposium, its chair and its papers. */
export type CalendarSite = Pick<SiteContent, 'chairOf' | 'papersIn'>;

/** A session whose start the record gives: only these can be put in a calendar. */
export type TimedSession = Session & { data: { start: Date } };

export function isTimed(session: Session): session is TimedSession {
	return session.data.start !== undefined;
}

/**
 * "2031-03-31T09:30:00": a moment as the symposium's own clock shows it. ical-generator
 * writes a native Date's UTC digits under whatever TZID it is given, so it is handed the
 * wall-clock time instead, and labels it with the zone.
 */
function wallClock(moment: Date, timeZone: string): string {
	const { year, month, day, hour, minute, second } = wallClockAt(moment, timeZone);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
}

/** A session as an event, the same for its calendar file and the web calendars' links (calendar-links.ts). */
export interface SessionEvent {
	/** The session's address on the site: the event's UID in a file, so importing it again updates the event. */
	url: string;
	title: string;
	start: Date;
	end: Date | undefined;
	location: string | undefined;
	/** "Part of …" and "Chair: …": what every calendar's note on the event begins with. */
	about: string[];
	/**
	 * The titles of the papers given, which only the file lists: a link carries its event in
	 * its address, which would grow with a session of hundreds, so it names the session's
	 * address for them instead.
	 */
	papers: string[];
}

export function sessionEvent(site: CalendarSite, symposium: Symposium, session: TimedSession, base: URL): SessionEvent {
	const chair = site.chairOf(session);
	return {
		url: new URL(sessionHref(session), base).href,
		title: session.data.title,
		start: session.data.start,
		end: session.data.end,
		location: session.data.room,
		about: [`Part of ${symposium.data.title}.`, ...(chair ? [`Chair: ${chair.data.name}`] : [])],
		papers: site.papersIn(session).map((paper) => paper.data.title),
	};
}

/** "Fixture symposium: programme": the name of a symposium's calendar, in a file or subscribed to. */
export function programmeCalendarName(symposium: Symposium): string {
	return `${symposium.data.shortTitle}: programme`;
}

/**
 * An iCalendar file of the given sessions, with times on the symposium's clock (TZID, and
 * the zone's rules as a VTIMEZONE, so a clock change is kept).
 */
export function programmeCalendar(site: CalendarSite, symposium: Symposium, sessions: TimedSession[], base: URL): string {
	const { timeZone } = symposium.data;
	const calendar = new ICalCalendar({
		name: programmeCalendarName(symposium),
		prodId: { company: base.host, product: 'programme', language: 'EN' },
		url: new URL(programmeHref(symposium), base).href,
		timezone: { name: timeZone, generator: getVtimezoneComponent },
	});
	for (const event of sessions.map((session) => sessionEvent(site, symposium, session, base))) {
		calendar.createEvent({
			id: event.url,
			start: wallClock(event.start, timeZone),
			end: event.end ? wallClock(event.end, timeZone) : null,
			timezone: timeZone,
			summary: event.title,
			location: event.location ?? null,
			description: [...event.about, ...(event.papers.length > 0 ? ['Papers:', ...event.papers.map((title) => `- ${title}`)] : [])].join('\n'),
			url: event.url,
		});
	}
	return calendar.toString();
}

/** The response for a .ics file; "text/calendar" lets a click open the reader's calendar. */
export function calendarResponse(body: string): Response {
	return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
