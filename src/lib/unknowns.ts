import type { SiteContent } from './site-content';

/**
 * The facts the record does not yet give, derived from the content itself so the
 * About page can never claim more, or less, than the entries show.
 */
export function whatIsNotYetKnown(site: SiteContent): string[] {
	const { symposium, sessions, papers } = site;
	const edition = symposium.specialEdition;
	const unknown: string[] = [];
	if (symposium.held.day === undefined) unknown.push("the symposium's exact dates");
	if (!symposium.venue) unknown.push('its venue');
	if (sessions.length === 0) unknown.push('its programme and speakers');
	if (edition.status === 'unconfirmed') unknown.push('which issue of the journal is the special edition');
	if (edition.guestEditors.length === 0) unknown.push('who edited the special edition');
	const anonymous = papers.filter((paper) => paper.data.authors === 'not-known').length;
	if (anonymous > 0) unknown.push(`the authors of ${anonymous === 1 ? 'one paper' : `${anonymous} papers`}`);
	return unknown;
}

/** "a, b and c". */
export function listInWords(items: string[]): string {
	return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
