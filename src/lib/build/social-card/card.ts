import { formatPartialDate } from '../../dates';
import { formatList } from '../../format';
import { paperPlace } from '../../content/paper-relations';
import { socialCardHref } from '../../urls';
import type { Commentary, Message, Paper, Person, SiteContent, Symposium } from '../../content/site-content';

/** Link previews ask for 1200 × 630 (Open Graph's 1.91:1). */
export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 } as const;

/**
 * What a card says: the page's kind, its title, who wrote it (when known), and a line
 * that places it, saying no more than its page (a paper's from its relation states).
 */
export interface CardText {
	kind?: string | undefined;
	title: string;
	byline?: string | undefined;
	footer: string;
}

const MAX_NAMED = 3;

/** "A, B and C", or "A, B, C and 7 others" for a long author list. */
function byline(names: string[]): string | undefined {
	if (names.length === 0) return undefined;
	const shown = names.length > MAX_NAMED + 1 ? [...names.slice(0, MAX_NAMED), `${names.length - MAX_NAMED} others`] : names;
	return formatList(shown);
}

export function paperCard(paper: Paper, site: SiteContent): CardText {
	const authors = site.authorsOf(paper);
	return {
		kind: 'Paper',
		title: paper.data.title,
		byline: authors === 'not-known' ? undefined : byline(authors.map((author) => author.data.name)),
		footer: paperPlace(paper, site.symposiumOf(paper), site.editionOf(paper)),
	};
}

export function commentaryCard(piece: Commentary, site: SiteContent): CardText {
	return {
		kind: 'Commentary',
		title: piece.data.title,
		byline: byline(site.writersOf(piece).map((writer) => writer.data.name)),
		footer: site.symposiumOf(piece).data.title,
	};
}

/** A symposium's card; the home page's is the card of the symposium it leads with. */
export function symposiumCard({ data }: Symposium): CardText {
	const { host, held } = data;
	return {
		title: data.title,
		byline: [host.name, host.parent].filter(Boolean).join(', '),
		footer: formatPartialDate(held),
	};
}

/** Every card the site publishes, by its address: the home page's, then each symposium's, paper's and commentary piece's. */
export function siteCards(site: SiteContent): [string, CardText][] {
	return [
		[socialCardHref(), symposiumCard(site.featured)],
		...site.symposia.map((symposium): [string, CardText] => [socialCardHref(symposium), symposiumCard(symposium)]),
		...site.papers.map((paper): [string, CardText] => [socialCardHref(paper), paperCard(paper, site)]),
		...site.commentary.map((piece): [string, CardText] => [socialCardHref(piece), commentaryCard(piece, site)]),
	];
}

/** The card in words, for the image's alt text. */
export function cardAlt({ kind, title, byline, footer }: CardText): string {
	return [kind && `${kind}:`, `${title}${byline ? `, by ${byline}` : ''}.`, `${footer}.`].filter(Boolean).join(' ');
}

/** The card a shared link to an entry shows: papers and commentary have their own; other pages use the home page's. */
export function entryCard(entry: Paper | Message | Commentary | Person, site: SiteContent): { image: string; imageAlt: string } | undefined {
	if (entry.collection === 'papers') return { image: socialCardHref(entry), imageAlt: cardAlt(paperCard(entry, site)) };
	if (entry.collection === 'commentary') return { image: socialCardHref(entry), imageAlt: cardAlt(commentaryCard(entry, site)) };
	return undefined;
}
