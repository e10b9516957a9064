import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarResponse, isTimed, programmeCalendar, type TimedSession } from '../../../lib/scholarly/calendar';
import { getSiteContent } from '../../../lib/content/site-content';

/** /programme/sessions/<id>.ics: one file per session whose time is known; a session without one has none. */
export const getStaticPaths = (async () => {
	const site = await getSiteContent();
	return site.sessions.filter(isTimed).map((session) => ({ params: { session: session.id }, props: { session } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ session: TimedSession }> = async ({ props, site: base }) =>
	calendarResponse(programmeCalendar(await getSiteContent(), [props.session], base!));
