import { AstroError } from 'astro/errors';
import { getCollection, type CollectionEntry } from 'astro:content';
import { formatProblem } from './content-check/problem';
import { describeDanglingReference, findDanglingReferences } from './content-references';
import { comparePartialDates } from './dates';
import { compareEditionOrder } from './edition-order';
import { compareByFamilyName } from './names';
import type { SynonymGroup } from './synonyms';

export type Person = CollectionEntry<'people'>;
export type Paper = CollectionEntry<'papers'>;
export type Message = CollectionEntry<'messages'>;
export type Commentary = CollectionEntry<'commentary'>;
export type Session = CollectionEntry<'sessions'>;
export type Symposium = CollectionEntry<'symposium'>['data'];

/** Every collection, checked, ordered and cross-linked once for all pages. */
export interface SiteContent {
	symposium: Symposium;
	/** A–Z by family name. */
	people: Person[];
	/** In special-edition (journal) order. */
	papers: Paper[];
	/** By their number. */
	messages: Message[];
	/** Newest first. */
	commentary: Commentary[];
	/** In programme order. */
	sessions: Session[];
	/** Search vocabulary: groups of interchangeable terms. */
	synonyms: SynonymGroup[];
	person(id: string): Person;
	paper(id: string): Paper;
	message(id: string): Message;
	commentaryEntry(id: string): Commentary;
	session(id: string): Session;
	/** The paper's authors in order, or 'not-known' when the record does not show them. */
	authorsOf(paper: Paper): Person[] | 'not-known';
	/** A commentary piece's authors, in order. */
	writersOf(piece: Commentary): Person[];
	papersBy(person: Person): Paper[];
	commentaryBy(person: Person): Commentary[];
	messagesCiting(paper: Paper): Message[];
	papersIn(session: Session): Paper[];
}

function lookup<T extends { id: string }>(entries: T[], collection: string): (id: string) => T {
	const byId = new Map(entries.map((entry) => [entry.id, entry]));
	return (id) => {
		const entry = byId.get(id);
		// The integrity check has already run, so this is a bug in a page, not in content.
		if (!entry) throw new Error(`No ${collection} entry "${id}"`);
		return entry;
	};
}

async function loadSiteContent(): Promise<SiteContent> {
	const [symposiumEntries, people, sessions, papers, messages, commentary, synonyms] = await Promise.all([
		getCollection('symposium'),
		getCollection('people'),
		getCollection('sessions'),
		getCollection('papers'),
		getCollection('messages'),
		getCollection('commentary'),
		getCollection('synonyms'),
	]);

	const dangling = findDanglingReferences({ symposium: symposiumEntries, people, sessions, papers, messages, commentary });
	if (dangling.length > 0) {
		throw new AstroError(
			`${dangling.length} reference(s) point to entries that do not exist.\n\n${dangling.map((problem) => formatProblem({ ...problem, message: describeDanglingReference(problem) })).join('\n')}`,
			'A reference is the file name of another entry without its extension, e.g. helen-dickinson for content/people/helen-dickinson.yaml.',
		);
	}
	const [symposium, ...extra] = symposiumEntries;
	if (!symposium || extra.length > 0) {
		throw new AstroError(
			`Expected exactly one symposium.yaml in the content folder, found ${symposiumEntries.length}.`,
			'Create content/symposium.yaml describing the event; see src/schemas/symposium.ts for its fields.',
		);
	}

	people.sort((a, b) => compareByFamilyName(a.data, b.data));
	papers.sort((a, b) => compareEditionOrder(a.data, b.data));
	messages.sort((a, b) => a.data.order - b.data.order);
	commentary.sort((a, b) => comparePartialDates(b.data.date, a.data.date));
	sessions.sort((a, b) => a.data.order - b.data.order);

	const person = lookup(people, 'people');
	const authorIds = (paper: Paper) => (paper.data.authors === 'not-known' ? [] : paper.data.authors.map((a) => a.id));

	return {
		symposium: symposium.data,
		people,
		papers,
		messages,
		commentary,
		sessions,
		synonyms: synonyms.map((group) => group.data.terms),
		person,
		paper: lookup(papers, 'papers'),
		message: lookup(messages, 'messages'),
		commentaryEntry: lookup(commentary, 'commentary'),
		session: lookup(sessions, 'sessions'),
		authorsOf: (paper) => (paper.data.authors === 'not-known' ? 'not-known' : paper.data.authors.map((a) => person(a.id))),
		writersOf: (piece) => piece.data.authors.map((a) => person(a.id)),
		papersBy: (who) => papers.filter((paper) => authorIds(paper).includes(who.id)),
		commentaryBy: (who) => commentary.filter((piece) => piece.data.authors.some((a) => a.id === who.id)),
		messagesCiting: (paper) => messages.filter((m) => m.data.evidence.some((e) => e.id === paper.id)),
		papersIn: (session) => papers.filter((paper) => paper.data.session?.id === session.id),
	};
}

let cached: Promise<SiteContent> | undefined;

/**
 * The one way pages read content. Built once per build; in the dev server it is
 * read afresh on every request so that editors see their changes.
 */
export function getSiteContent(): Promise<SiteContent> {
	if (import.meta.env.DEV) return loadSiteContent();
	return (cached ??= loadSiteContent());
}
