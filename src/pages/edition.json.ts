import type { APIRoute } from 'astro';
import { editionData } from '../lib/scholarly/edition-data';
import { getSiteContent } from '../lib/content/site-content';

/** /edition.json: everything the site holds about the symposium and its papers, as data. */
export const GET: APIRoute = async ({ site }) =>
	new Response(`${JSON.stringify(editionData(await getSiteContent(), site!), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json' },
	});
