import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarResponse, isTimed, programmeCalendar, type TimedSession } from '../../../../../lib/scholarly/calendar';
import { getSiteContent } from '../../../../../lib/content/site-content';

/** /symposia/<symposium>/programme/sessions/<id>.ics: one file per session whose time is known; a session without one has none. */
export const getStaticPaths = (async () => {
	const site = await getSiteContent();
	return site.sessions.filter(isTimed).map((session) => ({ params: { id: session.data.symposium.id, session: session.id }, props: { session } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ session: TimedSession }> = async ({ props, site: base }) => {
	const site = await getSiteContent();
	return calendarResponse(programmeCalendar(site, site.symposiumOf(props.session), [props.session], base!));
};
