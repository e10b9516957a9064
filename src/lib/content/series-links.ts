import { entryHref, PAGES, programmeHref } from '../urls';
import type { SiteContent } from './site-content';

/**
 * The header's and footer's links to the series: with one symposium, straight to its
 * programme and its edition, as a site of one event has them; with several, to the
 * archive of symposia and the list of editions. The programme is offered only once it
 * has a session: a reader who follows "Programme" expects a timetable, not a page saying
 * there is none (which the symposium's own page still links to, saying so).
 */
export function seriesLinks({
	symposia,
	editions,
	featured,
	partsOf,
}: Pick<SiteContent, 'symposia' | 'editions' | 'featured' | 'partsOf'>): { href: string; label: string }[] {
	if (symposia.length > 1) {
		return [
			{ href: PAGES.symposia, label: 'Symposia' },
			{ href: PAGES.editions, label: 'Editions' },
		];
	}
	const [edition, ...more] = editions;
	const editionLink =
		edition && more.length === 0
			? { href: entryHref(edition), label: edition.data.kind === 'special-issue' ? 'Special edition' : 'Proceedings' }
			: { href: PAGES.editions, label: 'Editions' };
	const programmeLink = { href: programmeHref(featured), label: 'Programme' };
	return [...(partsOf(featured).sessions.length > 0 ? [programmeLink] : []), ...(editions.length > 0 ? [editionLink] : [])];
}

/** The hosts of the series' symposia, each named once, in the series' order. */
export function hostsOf({ symposia }: Pick<SiteContent, 'symposia'>): string[] {
	return [...new Set(symposia.map(({ data: { host } }) => (host.parent ? `${host.name}, ${host.parent}` : host.name)))];
}
