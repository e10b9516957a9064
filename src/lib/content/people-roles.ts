import { formatChoices } from '../format';
import type { SiteContent } from './site-content';

/**
 * "an author, chair or guest editor": the parts people play in this site's content, as
 * the people listing names them. Derived from the entries, so the listing names no part
 * the record does not give anyone.
 */
export function peoplesParts(site: Pick<SiteContent, 'people' | 'papersBy' | 'commentaryBy' | 'sessions' | 'editions'>): string | undefined {
	const parts = [
		site.people.some((person) => site.papersBy(person).length > 0 || site.commentaryBy(person).length > 0) && 'author',
		site.sessions.some((session) => session.data.chair) && 'chair',
		site.editions.some((edition) => edition.data.guestEditors !== 'not-known') && 'guest editor',
	].filter((part) => part !== false);
	if (parts.length === 0) return undefined;
	return `${/^[aeiou]/.test(parts[0]!) ? 'an' : 'a'} ${formatChoices(parts)}`;
}
