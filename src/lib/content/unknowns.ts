import { givenAtSymposium } from './paper-relations';
import type { SiteContent } from './site-content';

/** A paper named in a sentence: its title up to the colon, where a subtitle starts. */
const shortTitle = (title: string) => `“${title.split(':')[0]}”`;

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
	if (site.edition.contents.length === 0) unknown.push("the special edition's contents");
	if (papers.some((paper) => !givenAtSymposium(paper))) unknown.push('which papers were given at the symposium');
	for (const paper of papers.filter((paper) => paper.data.authors === 'not-known')) {
		unknown.push(`the authors of ${shortTitle(paper.data.title)}`);
	}
	return unknown;
}
