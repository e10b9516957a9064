import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { correctionItems, FEED_NAMESPACES, paperItems } from '../../lib/scholarly/feeds';
import { upperFirst } from '../../lib/format';
import { describePapers } from '../../lib/content/paper-relations';
import { getSiteContent } from '../../lib/content/site-content';

/**
 * /papers/rss.xml: every correction and erratum, newest first, then every paper in the
 * order of the papers page. A correction is an item of its own, as journals' feeds have
 * it, so a reader who took a paper from the feed hears of its correction there.
 */
export const GET: APIRoute = async ({ site: base }) => {
	const site = await getSiteContent();
	return rss({
		title: `Papers · ${site.settings.title}`,
		description: `${upperFirst(describePapers(site.papers))}. ${site.symposia.length === 1 ? site.featured.data.question : 'From every symposium of the series.'}`,
		site: base!,
		xmlns: FEED_NAMESPACES,
		items: [...correctionItems(site.corrections), ...paperItems(site, site.papers)],
	});
};
