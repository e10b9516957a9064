import { entryHref, PAGES, programmeHref } from '../urls';
import type { SiteContent } from './site-content';

/**
 * The header's and footer's links to the series: with one symposium, straight to its
 * programme and its edition, as a site of one event has them; with several, to the
 * archive of symposia and the list of editions.
 */
export function seriesLinks({ symposia, editions, featured }: Pick<SiteContent, 'symposia' | 'editions' | 'featured'>): { href: string; label: string }[] {
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
	return [{ href: programmeHref(featured), label: 'Programme' }, ...(editions.length > 0 ? [editionLink] : [])];
}

/** The hosts of the series' symposia, each named once, in the series' order. */
export function hostsOf({ symposia }: Pick<SiteContent, 'symposia'>): string[] {
	return [...new Set(symposia.map(({ data: { host } }) => (host.parent ? `${host.name}, ${host.parent}` : host.name)))];
}
