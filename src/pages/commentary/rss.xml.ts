import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { FEED_NAMESPACES, feedItem } from '../../lib/scholarly/feeds';
import { getSiteContent } from '../../lib/content/site-content';
import { entryHref } from '../../lib/urls';

/** /commentary/rss.xml: the comment pieces, newest first. */
export const GET: APIRoute = async ({ site: base }) => {
	const site = await getSiteContent();
	return rss({
		title: `Commentary · ${site.symposium.shortTitle}`,
		description: `Comment on ${site.symposium.title}, and on the question it asked.`,
		site: base!,
		xmlns: FEED_NAMESPACES,
		items: site.commentary.map((piece) =>
			feedItem({
				title: piece.data.title,
				href: entryHref(piece),
				summary: piece.data.standfirst,
				date: piece.data.date,
				creators: site.writersOf(piece).map((writer) => writer.data.name),
			}),
		),
	});
};
