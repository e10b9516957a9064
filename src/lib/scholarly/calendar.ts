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

/**
 * An iCalendar file of the given sessions, with times on the symposium's clock (TZID, and
 * the zone's rules as a VTIMEZONE, so a clock change is kept). The UID is the session's
 * address on the site, so importing a file again updates its events instead of
 * duplicating them.
 */
export function programmeCalendar(site: CalendarSite, symposiumEntry: Symposium, sessions: TimedSession[], base: URL): string {
	const symposium = symposiumEntry.data;
	const calendar = new ICalCalendar({
		name: `${symposium.shortTitle}: programme`,
		prodId: { company: base.host, product: 'programme', language: 'EN' },
		url: new URL(programmeHref(symposiumEntry), base).href,
		timezone: { name: symposium.timeZone, generator: getVtimezoneComponent },
	});
	for (const session of sessions) {
		const address = new URL(sessionHref(session), base).href;
		calendar.createEvent({
			id: address,
			start: wallClock(session.data.start, symposium.timeZone),
			end: session.data.end ? wallClock(session.data.end, symposium.timeZone) : null,
			timezone: symposium.timeZone,
			summary: session.data.title,
			location: session.data.room ?? null,
			description: describeSession(site, symposium.title, session),
			url: address,
		});
	}
	return calendar.toString();
}

/** "Chair: …" and the papers given, one a line: what the programme page shows beside the time. */
function describeSession(site: CalendarSite, symposiumTitle: string, session: Session): string {
	const chair = site.chairOf(session);
	const papers = site.papersIn(session);
	return [
		`Part of ${symposiumTitle}.`,
		...(chair ? [`Chair: ${chair.data.name}`] : []),
		...(papers.length > 0 ? ['Papers:', ...papers.map((paper) => `- ${paper.data.title}`)] : []),
	].join('\n');
}

/** The response for a .ics file; "text/calendar" lets a click open the reader's calendar. */
export function calendarResponse(body: string): Response {
	return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
