import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarResponse, isTimed, programmeCalendar } from '../../lib/scholarly/calendar';
import { getSiteContent } from '../../lib/content/site-content';
import { PROGRAMME_CALENDAR_NAME } from '../../lib/urls';

/**
 * The whole programme's calendar file, at programmeCalendarHref. A route with a parameter
 * only so that it can be left out: while no session's time is known there is no file,
 * rather than an empty calendar.
 */
export const getStaticPaths = (async () => {
	const site = await getSiteContent();
	return site.sessions.some(isTimed) ? [{ params: { calendar: PROGRAMME_CALENDAR_NAME } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site: base }) => {
	const site = await getSiteContent();
	return calendarResponse(programmeCalendar(site, site.sessions.filter(isTimed), base!));
};
