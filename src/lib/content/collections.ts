import type { RESULT_TYPE_LABELS } from '../labels';

/**
 * Every collection of the site's content, written once: where its files are, what an
 * entry is called, where its pages live, what kind of search result they are and whether
 * an entry can wait to be published. The loaders, the content check, the editors' guide,
 * `npm run new`, the sitemap's dates, the site's addresses and the tests all read this.
 * Adding a collection is an entry here, its schema in src/schemas/ (wired in
 * src/content.config.ts, which fails to compile without one) and the components that
 * show it. Plain data, so that browser code may read it too; which files in the content
 * folder are a collection's entries, and their ids, is collection-files.ts.
 */
export interface Collection {
	/** Where its entries are in the content folder: one fixed file, one file holding a list of entries, or every file with one of the extensions (the first is the one to suggest). */
	files: { folder: string; file: string; list?: true } | { folder: string; extensions: readonly string[] };
	/** What an editor or a reader calls one entry, and several. */
	noun: { one: string; many: string };
	/** The heading of its part of the editors' guide. */
	guideTitle: string;
	/** Its pages: one per entry in a folder of its own (named in the navigation and breadcrumbs by `label`), or one section per entry of a page of its symposium's. */
	pages?: { folder: string; label: string } | { sectionsOf: string };
	/** What its pages are as a search result (the ?type= of the search page). */
	resultType?: keyof typeof RESULT_TYPE_LABELS;
	/** Whether an entry can be a draft, or wait for a time (draft, publishAt). */
	publishable: boolean;
	/** The word for it in `npm run new -- <word> "Title"`, for the collections editors add to that way. */
	scaffold?: string;
}

/** In the order the editors' guide takes them: what editors add most often first. */
export const COLLECTIONS = {
	papers: {
		files: { folder: 'papers', extensions: ['.mdx', '.md'] },
		noun: { one: 'paper', many: 'papers' },
		guideTitle: 'Papers',
		pages: { folder: '/papers/', label: 'Papers' },
		resultType: 'paper',
		publishable: true,
		scaffold: 'paper',
	},
	messages: {
		files: { folder: 'messages', extensions: ['.mdx', '.md'] },
		noun: { one: 'key message', many: 'key messages' },
		guideTitle: 'Key messages',
		pages: { folder: '/messages/', label: 'Key messages' },
		resultType: 'key-message',
		publishable: true,
		scaffold: 'message',
	},
	commentary: {
		files: { folder: 'commentary', extensions: ['.mdx', '.md'] },
		noun: { one: 'commentary piece', many: 'commentary pieces' },
		guideTitle: 'Commentary',
		pages: { folder: '/commentary/', label: 'Commentary' },
		resultType: 'commentary',
		publishable: true,
		scaffold: 'commentary',
	},
	corrections: {
		files: { folder: 'corrections', extensions: ['.mdx', '.md'] },
		noun: { one: 'correction', many: 'corrections' },
		guideTitle: 'Corrections and errata',
		pages: { folder: '/corrections/', label: 'Corrections' },
		resultType: 'correction',
		publishable: true,
	},
	people: {
		files: { folder: 'people', extensions: ['.yaml'] },
		noun: { one: 'person', many: 'people' },
		guideTitle: 'People',
		pages: { folder: '/people/', label: 'People' },
		resultType: 'person',
		publishable: false,
		scaffold: 'person',
	},
	sessions: {
		files: { folder: 'sessions', extensions: ['.yaml'] },
		noun: { one: 'session', many: 'sessions' },
		guideTitle: 'Sessions of the programme',
		pages: { sectionsOf: 'programme/' },
		resultType: 'session',
		publishable: false,
		scaffold: 'session',
	},
	symposia: {
		files: { folder: 'symposia', extensions: ['.yaml'] },
		noun: { one: 'symposium', many: 'symposia' },
		guideTitle: 'Symposia',
		pages: { folder: '/symposia/', label: 'Symposia' },
		resultType: 'symposium',
		publishable: true,
		scaffold: 'symposium',
	},
	editions: {
		files: { folder: 'editions', extensions: ['.yaml'] },
		noun: { one: 'edition', many: 'editions' },
		guideTitle: 'Editions: special issues and proceedings',
		pages: { folder: '/editions/', label: 'Editions' },
		resultType: 'edition',
		publishable: true,
		scaffold: 'edition',
	},
	site: {
		files: { folder: '.', file: 'site.yaml' },
		noun: { one: 'site settings file', many: 'site settings files' },
		guideTitle: 'The site',
		publishable: false,
	},
	synonyms: {
		files: { folder: 'search', file: 'synonyms.yaml', list: true },
		noun: { one: 'group of search synonyms', many: 'groups of search synonyms' },
		guideTitle: 'Search synonyms',
		publishable: false,
	},
} as const satisfies Record<string, Collection>;

export type CollectionName = keyof typeof COLLECTIONS;

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** The collections with a page per entry, at <folder><id>/. */
export type EntryCollection = { [C in CollectionName]: (typeof COLLECTIONS)[C] extends { pages: { folder: string } } ? C : never }[CollectionName];

export const ENTRY_COLLECTIONS = COLLECTION_NAMES.filter((name): name is EntryCollection => {
	const { pages } = COLLECTIONS[name] as Collection;
	return pages !== undefined && 'folder' in pages;
});

/** The collections `npm run new` writes entries of. */
export type ScaffoldedCollection = { [C in CollectionName]: (typeof COLLECTIONS)[C] extends { scaffold: string } ? C : never }[CollectionName];

/** What an editor calls one entry of a collection, for any collection name the content may give. */
export function nounOf(collection: string): string | undefined {
	return collection in COLLECTIONS ? COLLECTIONS[collection as CollectionName].noun.one : undefined;
}

/** Whether a collection's entries have pages of their own. */
export function isEntryCollection(name: string): name is EntryCollection {
	return (ENTRY_COLLECTIONS as string[]).includes(name);
}
