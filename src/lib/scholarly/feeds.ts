import type { RSSFeedItem } from '@astrojs/rss';
import type { PartialDate } from '../../schemas/partial-date';
import { compact } from '../compact';
import { partialDateToIso } from '../dates';

/** Dublin Core elements carry what RSS cannot: a date as precise as known, and each author by name. */
export const FEED_NAMESPACES = { dc: 'http://purl.org/dc/elements/1.1/' };

export interface FeedEntry {
	title: string;
	href: string;
	summary?: string | undefined;
	date?: PartialDate | undefined;
	creators: string[];
	categories?: string[] | undefined;
}

const escapeXml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * One feed item. RSS's pubDate is a full date and time, so it is given only when the
 * record shows the day; dc:date says "2006-09" when that is all that is known.
 */
export function feedItem({ title, href, summary, date, creators, categories }: FeedEntry): RSSFeedItem {
	const dayKnown = date?.month !== undefined && date.day !== undefined;
	return compact({
		title,
		link: href,
		description: summary,
		pubDate: dayKnown ? new Date(Date.UTC(date.year, date.month! - 1, date.day)) : undefined,
		categories: categories?.length ? categories : undefined,
		customData:
			[date && `<dc:date>${partialDateToIso(date)}</dc:date>`, ...creators.map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`)]
				.filter(Boolean)
				.join('') || undefined,
	});
}
