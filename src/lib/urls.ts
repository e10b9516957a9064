/**
 * Every address on the site, built in one place: a route's folder and every link to it
 * change together, and no page writes a path by hand.
 */
export const PAGES = {
	home: '/',
	papers: '/papers/',
	messages: '/messages/',
	commentary: '/commentary/',
	people: '/people/',
	programme: '/programme/',
	specialEdition: '/special-edition/',
	about: '/about/',
	search: '/search/',
} as const;

/** The collections that have a page per entry, and the folder of those pages. */
const ENTRY_FOLDERS = {
	papers: PAGES.papers,
	messages: PAGES.messages,
	commentary: PAGES.commentary,
	people: PAGES.people,
} as const;

export type EntryCollection = keyof typeof ENTRY_FOLDERS;

/** What a link to an entry needs: Astro's entries and references both have it. */
export interface EntryRef {
	collection: EntryCollection;
	id: string;
}

/** /papers/evaluation-of-partnerships/: an entry's file name is its address. */
export function entryHref({ collection, id }: EntryRef): string {
	return `${ENTRY_FOLDERS[collection]}${id}/`;
}

/** A session has no page of its own: it is a section of the programme. */
export function sessionHref({ id }: { id: string }): string {
	return `${PAGES.programme}#${id}`;
}
