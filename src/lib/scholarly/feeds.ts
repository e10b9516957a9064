import type { RSSFeedItem } from '@astrojs/rss';
import type { PartialDate } from '../../schemas/partial-date';
import { compact } from '../compact';
import { partialDateToIso } from '../dates';
import type { Commentary, Correction, Paper, SiteContent } from '../content/site-content';
import { CORRECTION_KIND_LABELS } from '../labels';
import { entryHref } from '../urls';
import { paperDate } from './record';

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

/** A feed's items for corrections and errata, newest first as given. */
export function correctionItems(corrections: readonly Correction[]): RSSFeedItem[] {
	return corrections.map((correction) =>
		feedItem({
			title: correction.data.title,
			href: entryHref(correction),
			summary: correction.data.summary,
			date: correction.data.date,
			creators: [],
			categories: [CORRECTION_KIND_LABELS[correction.data.kind]],
		}),
	);
}

/** A feed's items for papers, in the order given. */
export function paperItems(site: Pick<SiteContent, 'authorsOf'>, papers: readonly Paper[]): RSSFeedItem[] {
	return papers.map((paper) => {
		const authors = site.authorsOf(paper);
		return feedItem({
			title: paper.data.title,
			href: entryHref(paper),
			summary: paper.data.plainSummary ?? paper.data.abstract,
			date: paperDate(paper),
			creators: authors === 'not-known' ? [] : authors.map((author) => author.data.name),
			categories: paper.data.themes,
		});
	});
}

/** A feed's items for commentary pieces, in the order given. */
export function commentaryItems(site: Pick<SiteContent, 'writersOf'>, pieces: readonly Commentary[]): RSSFeedItem[] {
	return pieces.map((piece) =>
		feedItem({
			title: piece.data.title,
			href: entryHref(piece),
			summary: piece.data.standfirst,
			date: piece.data.date,
			creators: site.writersOf(piece).map((writer) => writer.data.name),
		}),
	);
}
