import { COLLECTIONS, ENTRY_COLLECTIONS, isEntryCollection, type EntryCollection } from './content/collections';
import { PREFILL_PARAMS } from './script-addresses';
import type { Facet } from './search/facets';
import { emptyFilters, paramsFromState } from './search/url-state';

/**
 * Every address on the site, built in one place: a route's folder and every link to it
 * change together, and no page writes a path by hand.
 */
export const PAGES = {
	home: '/',
	...(Object.fromEntries(ENTRY_COLLECTIONS.map((name) => [name, COLLECTIONS[name].pages.folder])) as Record<EntryCollection, string>),
	about: '/about/',
	search: '/search/',
	learningLog: '/learning-log/',
	offline: '/offline/',
} as const;

/**
 * Page `page` of a listing that runs over numbered pages (src/lib/pagination.ts): the
 * first is the listing's own address, e.g. /papers/, the rest /papers/2/, /papers/3/ …
 */
export function listingPageHref(listing: string, page: number): string {
	return page === 1 ? listing : `${listing}${page}/`;
}

/** "/search/?session=…&type=paper": the search page, filtered as the URL state reads it (src/lib/search/url-state.ts). */
export function searchHref(filters: Partial<Record<Facet, string[]>>): string {
	return `${PAGES.search}?${paramsFromState({ query: '', filters: { ...emptyFilters(), ...filters }, sort: 'relevance' })}`;
}

/** What a link to an entry needs: Astro's entries and references both have it. */
export interface EntryRef {
	collection: EntryCollection;
	id: string;
}

/** /papers/evaluation-of-partnerships/: an entry's file name is its address. */
export function entryHref({ collection, id }: EntryRef): string {
	return `${PAGES[collection]}${id}/`;
}

/** The entry whose page an address is (/papers/x/, /papers/x/#a-heading), if it is one: entryHref read backwards. */
export function entryAtPath(pathname: string): EntryRef | undefined {
	const match = /^(\/[^/]+\/)([^/]+)\/$/.exec(pathname);
	const collection = match && ENTRY_COLLECTIONS.find((name) => PAGES[name] === match[1]);
	return collection ? { collection, id: match[2]! } : undefined;
}

/** /commentary/are-partnerships-worth-it/discuss/: the printable team guide of an entry with discussion questions. */
export function discussionHref(entry: EntryRef): string {
	return `${entryHref(entry)}discuss/`;
}

/** What names a symposium: a symposium entry, or a reference to one. */
interface SymposiumRef {
	id: string;
}

/** A session, or anything that knows its symposium as a session does. */
interface SessionRef {
	id: string;
	data: { symposium: SymposiumRef };
}

/** /symposia/<id>/programme/: a symposium's programme. */
export function programmeHref(symposium: SymposiumRef): string {
	return `${entryHref({ collection: 'symposia', id: symposium.id })}${COLLECTIONS.sessions.pages.sectionsOf}`;
}

/** A session has no page of its own: it is a section of its symposium's programme. */
export function sessionHref(session: SessionRef): string {
	return `${programmeHref(session.data.symposium)}#${session.id}`;
}

/** /symposia/<symposium>/programme/sessions/<id>.ics: one session as a calendar event, for a session whose time is known. */
export function sessionCalendarHref(session: SessionRef): string {
	return `${programmeHref(session.data.symposium)}sessions/${session.id}.ics`;
}

/** The file name, without .ics, of the calendar of every session whose time is known. */
export const PROGRAMME_CALENDAR_NAME = 'all-sessions';

/** /symposia/<id>/programme/all-sessions.ics: every session of a symposium whose time is known, in one calendar file. */
export function programmeCalendarHref(symposium: SymposiumRef): string {
	return `${programmeHref(symposium)}${PROGRAMME_CALENDAR_NAME}.ics`;
}

/**
 * The addresses the site served before it held a series, and where each leads now
 * (oldAddresses in content/site.yaml): each is a page that redirects there.
 */
export const OLD_ADDRESSES = {
	programme: '/programme/',
	specialEdition: '/special-edition/',
} as const;

/** "/learning-log/?title=…&url=/papers/x/": the log's form, prefilled with an entry. */
export function addToLearningLogHref(title: string, url: string): string {
	return `${PAGES.learningLog}?${new URLSearchParams({ [PREFILL_PARAMS.title]: title, [PREFILL_PARAMS.url]: url })}`;
}

/**
 * Where an entry of any collection is shown: its own page, or for a session its section
 * of its symposium's programme (undefined while it names none). The content check
 * derives the site's pages from this.
 */
export function addressOf(collection: string, id: string, data: unknown): string | undefined {
	if (collection === 'sessions') {
		const symposium = (data as Partial<SessionRef['data']> | undefined)?.symposium;
		return symposium && sessionHref({ id, data: { symposium } });
	}
	return isEntryCollection(collection) ? entryHref({ collection, id }) : undefined;
}

/** An entry, or one of its headings, as a cross-reference names it: "papers/shared-care-records#why-a-shared-record". */
export interface EntryTarget extends EntryRef {
	anchor?: string | undefined;
}

/** Reads "papers/shared-care-records#why-a-shared-record"; undefined when it names no collection with pages. */
export function parseEntryTarget(to: string): EntryTarget | undefined {
	const match = /^([^/#]+)\/([^/#]+)(?:#(.+))?$/.exec(to);
	if (!match || !isEntryCollection(match[1]!)) return undefined;
	return { collection: match[1] as EntryCollection, id: match[2]!, anchor: match[3] };
}

/** The address of an entry, or of one of its headings. */
export function targetHref({ anchor, ...entry }: EntryTarget): string {
	return anchor ? `${entryHref(entry)}#${anchor}` : entryHref(entry);
}

/**
 * What talk materials belong to: a paper, or a session of a programme. Each has a folder
 * of its own for them, so two entries may name their files alike.
 */
export type MaterialOwner = { collection: 'papers'; id: string } | (SessionRef & { collection: 'sessions' });

/** "papers/<id>" or "symposia/<symposium>/programme/sessions/<id>": where an owner's materials folder sits, without slashes around it. */
export function materialOwnerPath(owner: MaterialOwner): string {
	const at = owner.collection === 'papers' ? entryHref(owner) : `${programmeHref(owner.data.symposium)}sessions/${owner.id}/`;
	return at.slice(1, -1);
}

/** Where an owner's materials are shown: a paper's page, or a session's place in its programme. */
export function materialsShownHref(owner: MaterialOwner): string {
	return owner.collection === 'papers' ? entryHref(owner) : sessionHref(owner);
}

/** /papers/<id>/materials/slides/: a material's own folder, and for a video the page that plays it. */
export function materialHref(owner: MaterialOwner, name: string): string {
	return `/${materialOwnerPath(owner)}/materials/${name}/`;
}

/** /papers/<id>/materials/slides.pdf: a material's file, named for its kind, not for the file an editor saved. */
export function materialFileHref(owner: MaterialOwner, name: string, extension: string): string {
	return `/${materialOwnerPath(owner)}/materials/${name}${extension}`;
}

/** /papers/<id>/materials/slides/cite.bib, .ris and .json: a material's own reference files. */
export function materialCitationHref(owner: MaterialOwner, name: string, format: CitationFileFormat): string {
	return `${materialHref(owner, name)}cite.${format}`;
}

/* The site's scholarly files: citation downloads, feeds, social cards and the edition's data. */

/** The citation files each citable entry offers, by extension. */
export const CITATION_FILE_FORMATS = ['bib', 'ris', 'json'] as const;
export type CitationFileFormat = (typeof CITATION_FILE_FORMATS)[number];

/** /papers/<id>/cite.bib, .ris and .json (CSL-JSON). */
export function citationFileHref(entry: EntryRef, format: CitationFileFormat): string {
	return `${entryHref(entry)}cite.${format}`;
}

/** /papers/<id>/jats.xml: a paper as JATS XML, for archives and publishing systems. */
export function jatsHref(paper: EntryRef): string {
	return `${entryHref(paper)}jats.xml`;
}

export const FEEDS = {
	papers: `${PAGES.papers}rss.xml`,
	commentary: `${PAGES.commentary}rss.xml`,
	/** One symposium's papers, corrections and commentary. */
	symposium: (symposium: { id: string }) => `${entryHref({ collection: 'symposia', id: symposium.id })}rss.xml`,
} as const;

/** /papers/<id>/<id>.pdf: a paper's PDF galley, named for the paper so that a saved copy says what it is. */
export function galleyHref(paper: { id: string }): string {
	return `${entryHref({ collection: 'papers', id: paper.id })}${paper.id}.pdf`;
}

/** The card a link preview shows for an entry, or for the home page. */
export function socialCardHref(entry?: EntryRef): string {
	return entry ? `/social/${entry.collection}/${entry.id}.png` : '/social/home.png';
}

/** The site's and each edition's data, and reference lists named for what they hold. */
export const LIST_FILES = {
	/** Everything the site holds about its symposia, editions and papers. */
	siteData: '/edition.json',
	/** What the site holds about one edition. */
	editionData: (edition: { id: string }) => `${entryHref({ collection: 'editions', id: edition.id })}edition.json`,
	/** The papers the record confirms as an edition's contents. */
	editionContents: (edition: { id: string }, format: 'bib' | 'ris') => `${entryHref({ collection: 'editions', id: edition.id })}edition.${format}`,
	/** Every paper on the site. */
	allPapers: (format: 'bib' | 'ris') => `${PAGES.papers}papers.${format}`,
} as const;
