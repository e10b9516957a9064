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

/**
 * Where an entry of any collection is shown: its own page, or for a session its section
 * of the programme. The content check derives the site's pages from this.
 */
export function addressOf(collection: string, id: string): string | undefined {
	if (collection === 'sessions') return sessionHref({ id });
	return collection in ENTRY_FOLDERS ? entryHref({ collection: collection as EntryCollection, id }) : undefined;
}

/** An entry, or one of its headings, as a cross-reference names it: "papers/shared-care-records#why-a-shared-record". */
export interface EntryTarget extends EntryRef {
	anchor?: string | undefined;
}

/** Reads "papers/shared-care-records#why-a-shared-record"; undefined when it names no collection with pages. */
export function parseEntryTarget(to: string): EntryTarget | undefined {
	const match = /^([^/#]+)\/([^/#]+)(?:#(.+))?$/.exec(to);
	if (!match || !(match[1]! in ENTRY_FOLDERS)) return undefined;
	return { collection: match[1] as EntryCollection, id: match[2]!, anchor: match[3] };
}

/** The address of an entry, or of one of its headings. */
export function targetHref({ anchor, ...entry }: EntryTarget): string {
	return anchor ? `${entryHref(entry)}#${anchor}` : entryHref(entry);
}
