import { AstroError } from 'astro/errors';
import { getCollection, type CollectionEntry } from 'astro:content';
import { formatProblem } from './problems';
import { describeDanglingReference, findDanglingReferences } from './references';
import { comparePartialDates } from '../dates';
import { compareEditionOrder } from './edition-order';
import { groupEvidence, linkedBy, type EvidenceGroup } from './evidence';
import { compareByFamilyName } from './names';
import { correctionsFor } from './paper-corrections';
import { inSpecialEdition } from './paper-relations';
import { appearanceTimes, publicationAt, type Publication } from './publication';
import type { SynonymGroup } from '../search/synonyms';
import type { EntryRef } from '../urls';
import { hasText } from './entry-text';

export type Person = CollectionEntry<'people'>;
export type Paper = CollectionEntry<'papers'>;
export type Message = CollectionEntry<'messages'>;
export type Commentary = CollectionEntry<'commentary'>;
export type Correction = CollectionEntry<'corrections'>;
export type Session = CollectionEntry<'sessions'>;
export type Symposium = CollectionEntry<'symposium'>['data'];

/**
 * Every collection, checked, ordered and cross-linked once for all pages. Pages ask it
 * their questions (a paper's session, a message's evidence) and never resolve a
 * reference themselves.
 */
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
	/** Corrections and errata to papers, newest first. */
	corrections: Correction[];
	/**
	 * Whether an entry is published yet. A build holds only published entries; the dev
	 * server holds drafts and embargoed entries too, and their pages say so.
	 */
	publicationOf(entry: { collection: string; id: string }): Publication;
	/** The entry a cross-reference names, if it is on the site. */
	entryAt(ref: EntryRef): Paper | Message | Commentary | Person | Correction | undefined;
	/** Whether an entry has text after its front matter: a paper without offers its full text elsewhere. */
	hasText(entry: Paper | Message | Commentary | Correction): boolean;
	/** Search vocabulary: groups of interchangeable terms. */
	synonyms: SynonymGroup[];
	/** The paper's authors in order, or 'not-known' when the record does not show them. */
	authorsOf(paper: Paper): Person[] | 'not-known';
	/** A commentary piece's authors, in order. */
	writersOf(piece: Commentary): Person[];
	papersBy(person: Person): Paper[];
	commentaryBy(person: Person): Commentary[];
	/** The key messages linked to a paper, each with who made the link ("chosen by the site's editors"). */
	messagesLinkedTo(paper: Paper): { message: Message; linkedBy: string }[];
	/** A message's linked papers, grouped by who linked them. */
	evidenceFor(message: Message): EvidenceGroup[];
	/**
	 * The special edition as the record shows it: the papers confirmed as its contents,
	 * and the other papers that appeared in its journal. Both in journal order.
	 */
	edition: { contents: Paper[]; alsoInJournal: Paper[] };
	/** The special edition's guest editors, in the order the record gives them. */
	guestEditors: Person[];
	/** The commentary that reports the symposium, the source the site relies on. */
	report: Commentary | undefined;
	/** The commentary a key message was reported in. */
	reportOf(message: Message): Commentary | undefined;
	papersIn(session: Session): Paper[];
	/** A paper's corrections and errata, in the order they were published. */
	correctionsOf(paper: Paper): Correction[];
	/** The paper a correction corrects. */
	correctedPaper(correction: Correction): Paper;
	/** The programme session a paper was given in, when the programme is known. */
	sessionOf(paper: Paper): Session | undefined;
	chairOf(session: Session): Person | undefined;
	/** The key messages and papers a commentary piece points to. */
	relatedTo(piece: Commentary): { messages: Message[]; papers: Paper[] };
	/** The entries either side of one in its collection's order (papers in journal order, messages by number). */
	neighbours<T extends Paper | Message>(entry: T): { previous: T | undefined; next: T | undefined };
}

/** The title an entry's page and every link to it show: a person's is their name. */
export function titleOf(entry: Paper | Message | Commentary | Person | Correction): string {
	return 'name' in entry.data ? entry.data.name : entry.data.title;
}

/** An entry by id among those shown: a published entry may name one that is not yet. */
function shownById<T extends { id: string }>(entries: T[]): (id: string) => T | undefined {
	const byId = new Map(entries.map((entry) => [entry.id, entry]));
	return (id) => byId.get(id);
}

/** An entry by id that must be shown: a person named by a shown entry, a session (never held back). */
function lookup<T extends { id: string }>(entries: T[], collection: string): (id: string) => T {
	const byId = new Map(entries.map((entry) => [entry.id, entry]));
	return (id) => {
		const entry = byId.get(id);
		// The integrity check has already run, so this is a bug in a page, not in content.
		if (!entry) throw new Error(`No ${collection} entry "${id}"`);
		return entry;
	};
}

/** Entries under each key they name, in the entries' order. */
function groupBy<T>(entries: readonly T[], keysOf: (entry: T) => string[]): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const entry of entries) {
		for (const key of new Set(keysOf(entry))) {
			const group = groups.get(key);
			if (group) group.push(entry);
			else groups.set(key, [entry]);
		}
	}
	return groups;
}

/** Every collection's entries, as Astro's getCollection gives them. */
export interface Collections {
	symposium: CollectionEntry<'symposium'>[];
	people: Person[];
	sessions: Session[];
	papers: Paper[];
	messages: Message[];
	commentary: Commentary[];
	corrections: Correction[];
	synonyms: CollectionEntry<'synonyms'>[];
}

/** How the site is being read: by the editors' preview (everything, badged), at a moment. */
export interface Reading {
	preview: boolean;
	now: Date;
}

async function loadSiteContent(): Promise<SiteContent> {
	const [symposium, people, sessions, papers, messages, commentary, corrections, synonyms] = await Promise.all([
		getCollection('symposium'),
		getCollection('people'),
		getCollection('sessions'),
		getCollection('papers'),
		getCollection('messages'),
		getCollection('commentary'),
		getCollection('corrections'),
		getCollection('synonyms'),
	]);
	return assembleSiteContent(
		{ symposium, people, sessions, papers, messages, commentary, corrections, synonyms },
		{ preview: import.meta.env.EDITORS_PREVIEW === true, now: new Date() },
	);
}

/**
 * The site's content from its collections: checked, with what is not published left out,
 * ordered and cross-linked. The whole of the query layer's work, given the entries, so
 * that tests run it over a content folder as the build does.
 */
export function assembleSiteContent(collections: Collections, { preview, now }: Reading): SiteContent {
	const { symposium: symposiumEntries, people: allPeople, sessions, papers: allPapers, messages: allMessages, commentary: allCommentary, corrections: allCorrections, synonyms } =
		collections;
	const all = {
		symposium: symposiumEntries,
		people: allPeople,
		sessions,
		papers: allPapers,
		messages: allMessages,
		commentary: allCommentary,
		corrections: allCorrections,
	};

	const dangling = findDanglingReferences(all);
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

	const { timeZone } = symposium.data;
	const times = appearanceTimes(all, timeZone);
	const publicationOf = (entry: { collection: string; id: string }) => publicationAt(times.get(`${entry.collection}/${entry.id}`) ?? -Infinity, now);
	// The one place that decides what the built site leaves out: drafts, entries under
	// embargo, and people named only by those. The dev server shows them all, badged.
	// A published entry may name one that is not published yet: the link is left out until
	// then (npm run check warns of it), as every relation below reads only what is shown.
	const shown = <T extends { collection: string; id: string }>(entries: T[]): T[] =>
		preview ? entries : entries.filter((entry) => publicationOf(entry).state === 'published');
	const [people, papers, commentary, corrections] = [shown(allPeople), shown(allPapers), shown(allCommentary), shown(allCorrections)];
	// A key message's number is its place among those shown, so one held back leaves no gap
	// in the count ("Key message 5 of 4"): the file's order ranks it, the site numbers it.
	const messages = shown(allMessages)
		.sort((a, b) => a.data.order - b.data.order)
		.map((message, index) => (message.data.order === index + 1 ? message : { ...message, data: { ...message.data, order: index + 1 } }));

	people.sort((a, b) => compareByFamilyName(a.data, b.data));
	papers.sort((a, b) => compareEditionOrder(a.data, b.data));
	commentary.sort((a, b) => comparePartialDates(b.data.date, a.data.date));
	sessions.sort((a, b) => a.data.order - b.data.order);
	corrections.sort((a, b) => comparePartialDates(b.data.date, a.data.date));

	const person = lookup(people, 'people');
	// A correction appears with its paper (publication.ts), so its paper is always shown.
	const correctedPaperById = lookup(papers, 'papers');
	const paperById = shownById(papers);
	const messageById = shownById(messages);
	const commentaryById = shownById(commentary);
	const sessionById = lookup(sessions, 'sessions');
	const inOrder = (entry: Paper | Message): readonly (Paper | Message)[] => (entry.collection === 'papers' ? papers : messages);
	// Each person's work, and each session's papers, gathered once: asked person by person,
	// filtering every paper made the build grow with the square of the corpus.
	const papersByPerson = groupBy(papers, (paper) => (paper.data.authors === 'not-known' ? [] : paper.data.authors.map((a) => a.id)));
	const commentaryByPerson = groupBy(commentary, (piece) => piece.data.authors.map((a) => a.id));
	const papersBySession = groupBy(papers, (paper) => (paper.data.session ? [paper.data.session.id] : []));

	return {
		symposium: symposium.data,
		people,
		papers,
		messages,
		commentary,
		sessions,
		corrections,
		publicationOf,
		entryAt: ({ collection, id }) => ({ papers, messages, commentary, people, corrections })[collection].find((entry) => entry.id === id),
		hasText,
		synonyms: synonyms.map((group) => group.data.terms),
		authorsOf: (paper) => (paper.data.authors === 'not-known' ? 'not-known' : paper.data.authors.map((a) => person(a.id))),
		writersOf: (piece) => piece.data.authors.map((a) => person(a.id)),
		papersBy: (who) => papersByPerson.get(who.id) ?? [],
		commentaryBy: (who) => commentaryByPerson.get(who.id) ?? [],
		messagesLinkedTo: (paper) =>
			messages.flatMap((message) =>
				message.data.evidence.filter((link) => link.paper.id === paper.id).map((link) => ({ message, linkedBy: linkedBy(link) })),
			),
		evidenceFor: (message) => groupEvidence(message.data.evidence, paperById),
		edition: {
			contents: papers.filter(inSpecialEdition),
			alsoInJournal: papers.filter(
				(paper) => !inSpecialEdition(paper) && paper.data.journal?.title === symposium.data.specialEdition.journal,
			),
		},
		guestEditors: symposium.data.specialEdition.guestEditors.map((ref) => person(ref.id)),
		report: symposium.data.reportedIn && commentaryById(symposium.data.reportedIn.id),
		reportOf: (message) => message.data.reportedIn && commentaryById(message.data.reportedIn.id),
		papersIn: (session) => papersBySession.get(session.id) ?? [],
		correctionsOf: (paper) => correctionsFor(paper, corrections),
		correctedPaper: (correction) => correctedPaperById(correction.data.paper.id),
		sessionOf: (paper) => paper.data.session && sessionById(paper.data.session.id),
		chairOf: (session) => session.data.chair && person(session.data.chair.id),
		relatedTo: (piece) => ({
			messages: piece.data.relatedMessages.flatMap((ref) => messageById(ref.id) ?? []),
			papers: piece.data.relatedPapers.flatMap((ref) => paperById(ref.id) ?? []),
		}),
		neighbours<T extends Paper | Message>(entry: T) {
			const sequence = inOrder(entry) as readonly T[];
			const index = sequence.indexOf(entry);
			return { previous: sequence[index - 1], next: sequence[index + 1] };
		},
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
