import type { SessionEvent } from './calendar';

/**
 * Links that open a web calendar with a session filled in, or subscribe it to a whole
 * programme, for readers whose calendar lives in a browser rather than in an app that opens
 * a .ics file. Neither service documents these addresses; their parameters are the ones
 * in wide use (https://github.com/InteractionDesignFoundation/add-event-to-calendar-docs).
 * Times are given in UTC, marked Z, which each service shows on the reader's own clock.
 */

/** "20310314T093000Z": a moment in UTC, to the second, as Google's dates parameter takes it. */
const compactUtc = (moment: Date) =>
	moment
		.toISOString()
		.replace(/\.\d{3}Z$/, 'Z')
		.replace(/[-:]/g, '');

/** "2031-03-14T09:30:00Z": a moment in UTC as Outlook's startdt and enddt take it. */
const isoUtc = (moment: Date) => moment.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The note on a web calendar's event: what the file's says, with the session's address in place of its papers. */
const details = (event: SessionEvent) => [...event.about, `Papers and details: ${event.url}`].join('\n');

/** Google Calendar's "create event" page with the session filled in; one with no known end ends as it starts, as in its file. */
export function googleCalendarHref(event: SessionEvent): string {
	const params = new URLSearchParams({
		action: 'TEMPLATE',
		text: event.title,
		dates: `${compactUtc(event.start)}/${compactUtc(event.end ?? event.start)}`,
		details: details(event),
		...(event.location ? { location: event.location } : {}),
	});
	return `https://calendar.google.com/calendar/render?${params}`;
}

/** Outlook on the web's "new event" page with the session filled in. */
export function outlookCalendarHref(event: SessionEvent): string {
	const params = new URLSearchParams({
		path: '/calendar/action/compose',
		rru: 'addevent',
		subject: event.title,
		startdt: isoUtc(event.start),
		enddt: isoUtc(event.end ?? event.start),
		body: details(event),
		...(event.location ? { location: event.location } : {}),
	});
	return `https://outlook.live.com/calendar/0/action/compose?${params}`;
}

/**
 * Google Calendar's page that subscribes to a calendar file: a link can fill in only one
 * event, so a whole programme is offered as its file, which Google then keeps up to date.
 * Google takes the file's address as webcal://, the scheme for a calendar to subscribe to.
 */
export function googleSubscribeHref(calendarFile: URL): string {
	return `https://calendar.google.com/calendar/render?${new URLSearchParams({ cid: calendarFile.href.replace(/^https?:/, 'webcal:') })}`;
}

/** Outlook on the web's page that subscribes to a calendar file, under the name given. */
export function outlookSubscribeHref(calendarFile: URL, name: string): string {
	return `https://outlook.live.com/calendar/0/addfromweb?${new URLSearchParams({ url: calendarFile.href, name })}`;
}
