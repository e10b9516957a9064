/**
 * The one place that knows each entry's address on this site. Pages build links with
 * these, and the content check derives the site's pages from them to check the links
 * editors write inside entries.
 */
export const paperHref = (id: string) => `/papers/${id}/`;
export const messageHref = (id: string) => `/messages/${id}/`;
export const commentaryHref = (id: string) => `/commentary/${id}/`;
export const personHref = (id: string) => `/people/${id}/`;
/** A session has no page of its own: it is a section of the programme. */
export const sessionHref = (id: string) => `/programme/#${id}`;

/** Where each collection's entries are shown, by collection name: a page of their own or a section of another. */
export const entryHref: Readonly<Record<string, (id: string) => string>> = {
	papers: paperHref,
	messages: messageHref,
	commentary: commentaryHref,
	people: personHref,
	sessions: sessionHref,
};
