import { entryHref, PAGES, type EntryRef } from './urls';

/**
 * The stable addresses of the site's scholarly files: citation downloads, feeds, social
 * cards and the edition's data. Routes and links both read them from here.
 */

/** The citation files each citable entry offers, by extension. */
export const CITATION_FILE_FORMATS = ['bib', 'ris', 'json'] as const;
export type CitationFileFormat = (typeof CITATION_FILE_FORMATS)[number];

/** /papers/<id>/cite.bib, .ris and .json (CSL-JSON). */
export function citationFileHref(entry: EntryRef, format: CitationFileFormat): string {
	return `${entryHref(entry)}cite.${format}`;
}

export const FEEDS = {
	papers: `${PAGES.papers}rss.xml`,
	commentary: `${PAGES.commentary}rss.xml`,
} as const;

/** The card a link preview shows for an entry, or for the home page. */
export function socialCardHref(entry?: EntryRef): string {
	return entry ? `/social/${entry.collection}/${entry.id}.png` : '/social/home.png';
}

/** The whole edition as data, and reference lists named for what they hold. */
export const LIST_FILES = {
	/** Everything the site holds about the symposium and its papers. */
	editionData: '/edition.json',
	/** The papers the record confirms as the special edition's contents. */
	editionContents: (format: 'bib' | 'ris') => `${PAGES.specialEdition}edition.${format}`,
	/** Every paper on the site. */
	allPapers: (format: 'bib' | 'ris') => `${PAGES.papers}papers.${format}`,
} as const;
