import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { FEED_NAMESPACES, feedItem } from '../../lib/scholarly/feeds';
import { upperFirst } from '../../lib/format';
import { CORRECTION_KIND_LABELS } from '../../lib/labels';
import { describePapers } from '../../lib/content/paper-relations';
import { paperDate } from '../../lib/scholarly/record';
import { getSiteContent } from '../../lib/content/site-content';
import { entryHref } from '../../lib/urls';

/**
 * /papers/rss.xml: every correction and erratum, newest first, then every paper in the
 * order of the papers page. A correction is an item of its own, as journals' feeds have
 * it, so a reader who took a paper from the feed hears of its correction there.
 */
export const GET: APIRoute = async ({ site: base }) => {
	const site = await getSiteContent();
	return rss({
		title: `Papers · ${site.symposium.shortTitle}`,
		description: `${upperFirst(describePapers(site.papers))}. ${site.symposium.question}`,
		site: base!,
		xmlns: FEED_NAMESPACES,
		items: [
			...site.corrections.map((correction) =>
				feedItem({
					title: correction.data.title,
					href: entryHref(correction),
					summary: correction.data.summary,
					date: correction.data.date,
					creators: [],
					categories: [CORRECTION_KIND_LABELS[correction.data.kind]],
				}),
			),
			...site.papers.map((paper) => {
				const authors = site.authorsOf(paper);
				return feedItem({
					title: paper.data.title,
					href: entryHref(paper),
					summary: paper.data.plainSummary ?? paper.data.abstract,
					date: paperDate(paper),
					creators: authors === 'not-known' ? [] : authors.map((author) => author.data.name),
					categories: paper.data.themes,
				});
			}),
		],
	});
};
