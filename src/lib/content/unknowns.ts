import { givenAtSymposium } from './paper-relations';
import type { SiteContent, Symposium } from './site-content';

/** A paper named in a sentence: its title up to the colon, where a subtitle starts. */
const shortTitle = (title: string) => `“${title.split(':')[0]}”`;

/**
 * The facts the record does not yet give about a symposium, its editions and its papers,
 * derived from the content itself so the About page can never claim more, or less, than
 * the entries show.
 */
export function whatIsNotYetKnown(site: SiteContent, symposium: Symposium): string[] {
	const { sessions, papers } = site.partsOf(symposium);
	const unknown: string[] = [];
	if (symposium.data.held.day === undefined) unknown.push("the symposium's exact dates");
	if (!symposium.data.venue) unknown.push('its venue');
	if (sessions.length === 0) unknown.push('its programme and speakers');
	for (const edition of site.editionsOf(symposium)) {
		const special = edition.data.kind === 'special-issue';
		const name = special ? 'the special edition' : 'the proceedings';
		if (edition.data.status === 'unconfirmed') unknown.push(special ? 'which issue of the journal is the special edition' : 'which volume holds the proceedings');
		if (edition.data.guestEditors === 'not-known') unknown.push(`who edited ${name}`);
		if (site.contentsOf(edition).contents.length === 0) unknown.push(`${special ? "the special edition's" : "the proceedings'"} contents`);
	}
	if (papers.some((paper) => !givenAtSymposium(paper))) unknown.push('which papers were given at the symposium');
	for (const paper of papers.filter((paper) => paper.data.authors === 'not-known')) {
		unknown.push(`the authors of ${shortTitle(paper.data.title)}`);
	}
	return unknown;
}
