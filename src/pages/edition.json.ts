import type { APIRoute } from 'astro';
import { siteData } from '../lib/scholarly/edition-data';
import { getSiteContent } from '../lib/content/site-content';

/** /edition.json: everything the site holds about its symposia, editions and papers, as data. */
export const GET: APIRoute = async ({ site }) =>
	new Response(`${JSON.stringify(siteData(await getSiteContent(), site!), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json' },
	});
