import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { commentaryItems, correctionItems, FEED_NAMESPACES, paperItems } from '../../../lib/scholarly/feeds';
import { entryPaths } from '../../../lib/content/routes';
import { getSiteContent, type Symposium } from '../../../lib/content/site-content';

export const getStaticPaths = (() => entryPaths('symposia')) satisfies GetStaticPaths;

/** /symposia/<id>/rss.xml: one symposium's corrections, papers and commentary, for a reader who follows only it. */
export const GET: APIRoute<{ entry: Symposium }> = async ({ props, site: base }) => {
	const site = await getSiteContent();
	const symposium = props.entry;
	const { papers, commentary } = site.partsOf(symposium);
	const corrections = site.corrections.filter((correction) => papers.includes(site.correctedPaper(correction)));
	return rss({
		title: `${symposium.data.shortTitle} · ${site.settings.title}`,
		description: symposium.data.question,
		site: base!,
		xmlns: FEED_NAMESPACES,
		items: [...correctionItems(corrections), ...paperItems(site, papers), ...commentaryItems(site, commentary)],
	});
};
