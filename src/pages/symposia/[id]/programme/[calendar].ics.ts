import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarResponse, isTimed, programmeCalendar, type TimedSession } from '../../../../lib/scholarly/calendar';
import { getSiteContent, type Symposium } from '../../../../lib/content/site-content';
import { PROGRAMME_CALENDAR_NAME } from '../../../../lib/urls';

/**
 * A symposium's whole programme as one calendar file, at programmeCalendarHref. A route with a parameter
 * only so that it can be left out: while no session's time is known there is no file,
 * rather than an empty calendar.
 */
export const getStaticPaths = (async () => {
	const site = await getSiteContent();
	return site.symposia
		.map((symposium) => ({ symposium, sessions: site.partsOf(symposium).sessions.filter(isTimed) }))
		.filter(({ sessions }) => sessions.length > 0)
		.map((props) => ({ params: { id: props.symposium.id, calendar: PROGRAMME_CALENDAR_NAME }, props }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ symposium: Symposium; sessions: TimedSession[] }> = async ({ props, site: base }) =>
	calendarResponse(programmeCalendar(await getSiteContent(), props.symposium, props.sessions, base!));
