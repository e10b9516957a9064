import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { commentaryItems, FEED_NAMESPACES } from '../../lib/scholarly/feeds';
import { getSiteContent } from '../../lib/content/site-content';

/** /commentary/rss.xml: the comment pieces, newest first. */
export const GET: APIRoute = async ({ site: base }) => {
	const site = await getSiteContent();
	return rss({
		title: `Commentary · ${site.settings.title}`,
		description:
			site.symposia.length === 1
				? `Comment on ${site.featured.data.title}, and on the question it asked.`
				: 'Comment on the symposia of the series, and on the questions they asked.',
		site: base!,
		xmlns: FEED_NAMESPACES,
		items: commentaryItems(site, site.commentary),
	});
};
