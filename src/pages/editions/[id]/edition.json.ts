import type { APIRoute, GetStaticPaths } from 'astro';
import { editionRecord } from '../../../lib/scholarly/edition-data';
import { getSiteContent, type Edition } from '../../../lib/content/site-content';

export const getStaticPaths = (async () =>
	(await getSiteContent()).editions.map((edition) => ({ params: { id: edition.id }, props: { edition } }))) satisfies GetStaticPaths;

/** /editions/<id>/edition.json: what the site holds about one edition, as data (/edition.json holds them all). */
export const GET: APIRoute<{ edition: Edition }> = async ({ props, site }) =>
	new Response(`${JSON.stringify(editionRecord(props.edition, await getSiteContent(), site!), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json' },
	});
