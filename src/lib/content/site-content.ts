import { AstroError } from 'astro/errors';
import { getCollection, type CollectionEntry } from 'astro:content';
import { formatProblem } from './problems';
import { describeDanglingReference, findDanglingReferences } from './references';
import { comparePartialDates } from '../dates';
import { compareEditionOrder } from './edition-order';
import { groupEvidence, linkedBy, type EvidenceGroup } from './evidence';
import { compareByFamilyName } from './names';
import { correctionsFor } from './paper-corrections';
import { inEdition } from './paper-relations';
import { appearanceTimes, publicationAt, type Publication } from './publication';
import type { SynonymGroup } from '../search/synonyms';
import { galleyHref, type EntryRef } from '../urls';
import { galleysPlanned } from '../build/galley-plan';
import { hasText } from './entry-text';
import { repositoryFrom } from './contact';
import { responseRelations, type Answered, type Response } from './responses';

export type Person = CollectionEntry<'people'>;
export type Paper = CollectionEntry<'papers'>;
export type Message = CollectionEntry<'messages'>;
export type Commentary = CollectionEntry<'commentary'>;
export type Correction = CollectionEntry<'corrections'>;
export type Session = CollectionEntry<'sessions'>;
export type Symposium = CollectionEntry<'symposia'>;
export type Edition = CollectionEntry<'editions'>;
export type SiteSettings = CollectionEntry<'site'>['data'];

/** What belongs to one symposium: each in the site's order. */
export interface SymposiumParts {
	papers: Paper[];
	messages: Message[];
	sessions: Session[];
	commentary: Commentary[];
}

/**
 * Every collection, checked, ordered and cross-linked once for all pages. Pages ask it
 * their questions (a paper's session, a message's evidence) and never resolve a
 * reference themselves.
 */
export interface SiteContent {
	/** The site's name, clock and repository. */
	settings: SiteSettings;
	/** The series, newest first. */
	symposia: Symposium[];
	/** The symposium the home page leads with: the next one planned, else the latest held. */
	featured: Symposium;
	/** Special issues and proceedings volumes, newest first. */
	editions: Edition[];
	/** A–Z by family name. */
	people: Person[];
	/** By symposium, newest first, then in journal order. */
	papers: Paper[];
	/** By symposium, newest first, then by their number within it. */
	messages: Message[];
	/** Newest first. */
	commentary: Commentary[];
	/** By symposium, newest first, then in programme order. */
	sessions: Session[];
	/** Corrections and errata to papers, newest first. */
	corrections: Correction[];
	/**
	 * Whether an entry is published yet. A build holds only published entries; the dev
	 * server holds drafts and embargoed entries too, and their pages say so.
	 */
	publicationOf(entry: { collection: string; id: string }): Publication;
	/** The entry a cross-reference names, if it is on the site. */
	entryAt(ref: EntryRef): Paper | Message | Commentary | Person | Correction | Symposium | Edition | undefined;
	/** Whether an entry has text after its front matter: a paper without offers its full text elsewhere. */
	hasText(entry: Paper | Message | Commentary | Correction): boolean;
	/**
	 * The address of a paper's PDF galley, when this build prints one: a paper whose full text the
	 * site holds, in a build with a Chromium (src/lib/build/galley-plan.ts); never in the dev server.
	 */
	galleyOf(paper: Paper): string | undefined;
	/** Search vocabulary: groups of interchangeable terms. */
	synonyms: SynonymGroup[];
	/** The paper's authors in order, or 'not-known' when the record does not show them. */
	authorsOf(paper: Paper): Person[] | 'not-known';
	/** A commentary piece's authors, in order. */
	writersOf(piece: Commentary): Person[];
	papersBy(person: Person): Paper[];
	/** The sessions a person chaired, in the site's order. */
	sessionsChairedBy(person: Person): Session[];
	commentaryBy(person: Person): Commentary[];
	/** The key messages linked to a paper, each with who made the link ("chosen by the site's editors"). */
	messagesLinkedTo(paper: Paper): { message: Message; linkedBy: string }[];
	/** A message's linked papers, grouped by who linked them. */
	evidenceFor(message: Message): EvidenceGroup[];
	/** The symposium an entry belongs to; a correction's is its paper's. */
	symposiumOf(entry: Paper | Message | Commentary | Session | Correction): Symposium;
	/** A symposium's papers, key messages, sessions and commentary. */
	partsOf(symposium: Symposium): SymposiumParts;
	/** The editions that gather a symposium's papers, newest first. */
	editionsOf(symposium: Symposium): Edition[];
	/** The symposia an edition gathers, newest first. */
	symposiaOf(edition: Edition): Symposium[];
	/** The edition a paper names, if any: whether it is part of it is inEdition (paper-relations.ts). */
	editionOf(paper: Paper): Edition | undefined;
	/**
	 * An edition as the record shows it: the papers confirmed as its contents, and the
	 * other papers of its symposia that appeared in its journal. Both in journal order.
	 */
	contentsOf(edition: Edition): { contents: Paper[]; alsoInJournal: Paper[] };
	/** An edition's editors, in the order the record gives them, or 'not-known'. */
	editorsOf(edition: Edition): Person[] | 'not-known';
	/** The editions a person edited, newest first. */
	editionsEditedBy(person: Person): Edition[];
	/** The commentary a symposium or a key message was reported in: the source the site relies on. */
	reportOf(entry: Symposium | Message): Commentary | undefined;
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
	/** The paper or commentary piece a piece answers (its respondsTo), and how, once that is published. */
	respondsTo(piece: Commentary): Answered | undefined;
	/** The commentary that answers a paper or a piece, oldest first, each with how it answers. */
	responsesTo(entry: Paper | Commentary): Response[];
	/** The entries either side of one among its symposium's (papers in journal order, messages by number). */
	neighbours<T extends Paper | Message>(entry: T): { previous: T | undefined; next: T | undefined };
}

/** The title an entry's page and every link to it show: a person's is their name. */
export function titleOf(entry: Paper | Message | Commentary | Person | Correction | Symposium | Edition): string {
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
	site: CollectionEntry<'site'>[];
	symposia: Symposium[];
	editions: Edition[];
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
	const [site, symposia, editions, people, sessions, papers, messages, commentary, corrections, synonyms] = await Promise.all([
		getCollection('site'),
		getCollection('symposia'),
		getCollection('editions'),
		getCollection('people'),
		getCollection('sessions'),
		getCollection('papers'),
		getCollection('messages'),
		getCollection('commentary'),
		getCollection('corrections'),
		getCollection('synonyms'),
	]);
	return assembleSiteContent(
		{ site, symposia, editions, people, sessions, papers, messages, commentary, corrections, synonyms },
		{ preview: import.meta.env.EDITORS_PREVIEW === true, now: new Date() },
	);
}

/**
 * The site's content from its collections: checked, with what is not published left out,
 * ordered and cross-linked. The whole of the query layer's work, given the entries, so
 * that tests run it over a content folder as the build does.
 */
export function assembleSiteContent(collections: Collections, { preview, now }: Reading): SiteContent {
	const { site: siteEntries, synonyms, ...all } = collections;

	const dangling = findDanglingReferences({ site: siteEntries, ...all });
	if (dangling.length > 0) {
		throw new AstroError(
			`${dangling.length} reference(s) point to entries that do not exist.\n\n${dangling.map((problem) => formatProblem({ ...problem, message: describeDanglingReference(problem) })).join('\n')}`,
			'A reference is the file name of another entry without its extension, e.g. helen-dickinson for content/people/helen-dickinson.yaml.',
		);
	}
	const [settingsEntry, ...extra] = siteEntries;
	if (!settingsEntry || extra.length > 0) {
		throw new AstroError(
			`Expected exactly one site.yaml in the content folder, found ${siteEntries.length}.`,
			"Create content/site.yaml with the site's title; see src/schemas/site.ts for its fields.",
		);
	}
	const settings = { ...settingsEntry.data, repository: repositoryFrom(settingsEntry.data) };

	const times = appearanceTimes(all, settings.timeZone);
	const publicationOf = (entry: { collection: string; id: string }) => publicationAt(times.get(`${entry.collection}/${entry.id}`) ?? -Infinity, now);
	// The one place that decides what the built site leaves out: drafts, entries under
	// embargo, and people named only by those. The dev server shows them all, badged.
	// A published entry may name one that is not published yet: the link is left out until
	// then (npm run check warns of it), as every relation below reads only what is shown.
	const shown = <T extends { collection: string; id: string }>(entries: T[]): T[] =>
		preview ? entries : entries.filter((entry) => publicationOf(entry).state === 'published');

	const symposia = shown(all.symposia).sort((a, b) => comparePartialDates(b.data.held, a.data.held) || a.id.localeCompare(b.id));
	if (symposia.length === 0) {
		throw new AstroError(
			'The content folder holds no published symposium.',
			'Add one with npm run new -- symposium "Title", or publish one by removing its draft: true; see src/schemas/symposium.ts for its fields.',
		);
	}
	const rank = new Map(symposia.map((symposium, index) => [symposium.id, index]));
	const bySymposium = (a: { data: { symposium: { id: string } } }, b: { data: { symposium: { id: string } } }) =>
		rank.get(a.data.symposium.id)! - rank.get(b.data.symposium.id)!;

	const [people, papers, commentary, corrections] = [shown(all.people), shown(all.papers), shown(all.commentary), shown(all.corrections)];
	const sessions = shown(all.sessions).sort((a, b) => bySymposium(a, b) || a.data.order - b.data.order);
	// A key message's number is its place among its symposium's shown, so one held back
	// leaves no gap in the count ("Key message 5 of 4"): the file's order ranks it, the site numbers it.
	const messages = numberWithin(shown(all.messages).sort((a, b) => bySymposium(a, b) || a.data.order - b.data.order));

	people.sort((a, b) => compareByFamilyName(a.data, b.data));
	papers.sort((a, b) => bySymposium(a, b) || compareEditionOrder(a.data, b.data));
	commentary.sort((a, b) => comparePartialDates(b.data.date, a.data.date));
	corrections.sort((a, b) => comparePartialDates(b.data.date, a.data.date));

	const person = lookup(people, 'people');
	// A correction appears with its paper (publication.ts), so its paper is always shown.
	const correctedPaperById = lookup(papers, 'papers');
	const paperById = shownById(papers);
	const messageById = shownById(messages);
	const commentaryById = shownById(commentary);
	const sessionById = lookup(sessions, 'sessions');
	const symposiumById = lookup(symposia, 'symposia');
	const editionById = shownById(shown(all.editions));
	const responses = responseRelations(commentary, { paper: paperById, commentary: commentaryById });
	// Each person's work, each session's papers and each symposium's parts, gathered once:
	// asked one by one, filtering every paper made the build grow with the square of the corpus.
	const papersByPerson = groupBy(papers, (paper) => (paper.data.authors === 'not-known' ? [] : paper.data.authors.map((a) => a.id)));
	const commentaryByPerson = groupBy(commentary, (piece) => piece.data.authors.map((a) => a.id));
	const papersBySession = groupBy(papers, (paper) => (paper.data.session ? [paper.data.session.id] : []));
	const sessionsByChair = groupBy(sessions, (session) => (session.data.chair ? [session.data.chair.id] : []));
	const ofSymposium = <T extends { data: { symposium: { id: string } } }>(entries: T[]) => groupBy(entries, (entry) => [entry.data.symposium.id]);
	const parts = { papers: ofSymposium(papers), messages: ofSymposium(messages), sessions: ofSymposium(sessions), commentary: ofSymposium(commentary) };
	const editionDate = (edition: Edition) => edition.data.date ?? newestHeld(edition) ?? { year: 0 };
	const editions = shown(all.editions).sort((a, b) => comparePartialDates(editionDate(b), editionDate(a)) || a.id.localeCompare(b.id));
	// An edition goes by its date, else by its newest symposium on the site (an edition of symposia not yet published by none).
	function newestHeld(edition: Edition) {
		const ranked = edition.data.symposia.flatMap((ref) => rank.get(ref.id) ?? []).sort((x, y) => x - y);
		return ranked.length > 0 ? symposia[ranked[0]!]!.data.held : undefined;
	}
	const editionsBySymposium = groupBy(editions, (edition) => edition.data.symposia.map((ref) => ref.id));
	const editionsByEditor = groupBy(editions, (edition) => (edition.data.guestEditors === 'not-known' ? [] : edition.data.guestEditors.map((ref) => ref.id)));
	const symposiumOf = (entry: Paper | Message | Commentary | Session | Correction): Symposium =>
		symposiumById((entry.collection === 'corrections' ? correctedPaperById(entry.data.paper.id) : entry).data.symposium.id);
	const editionOf = (paper: Paper) => paper.data.edition && editionById(paper.data.edition.id);
	const inOrder = (entry: Paper | Message): readonly (Paper | Message)[] =>
		(entry.collection === 'papers' ? parts.papers : parts.messages).get(entry.data.symposium.id) ?? [];
	// Planned symposia are newest first too, so the next is the last planned.
	const featured = symposia.filter((symposium) => symposium.data.status === 'planned').at(-1) ?? symposia.find((symposium) => symposium.data.status === 'held') ?? symposia[0]!;

	return {
		settings,
		symposia,
		featured,
		editions,
		people,
		papers,
		messages,
		commentary,
		sessions,
		corrections,
		publicationOf,
		entryAt: ({ collection, id }) => ({ papers, messages, commentary, people, corrections, symposia, editions })[collection].find((entry) => entry.id === id),
		hasText,
		galleyOf: (paper) => (!preview && hasText(paper) && galleysPlanned() ? galleyHref(paper) : undefined),
		synonyms: synonyms.map((group) => group.data.terms),
		authorsOf: (paper) => (paper.data.authors === 'not-known' ? 'not-known' : paper.data.authors.map((a) => person(a.id))),
		writersOf: (piece) => piece.data.authors.map((a) => person(a.id)),
		papersBy: (who) => papersByPerson.get(who.id) ?? [],
		sessionsChairedBy: (who) => sessionsByChair.get(who.id) ?? [],
		commentaryBy: (who) => commentaryByPerson.get(who.id) ?? [],
		messagesLinkedTo: (paper) =>
			messages.flatMap((message) =>
				message.data.evidence.filter((link) => link.paper.id === paper.id).map((link) => ({ message, linkedBy: linkedBy(link) })),
			),
		evidenceFor: (message) => groupEvidence(message.data.evidence, paperById),
		symposiumOf,
		partsOf: ({ id }) => ({
			papers: parts.papers.get(id) ?? [],
			messages: parts.messages.get(id) ?? [],
			sessions: parts.sessions.get(id) ?? [],
			commentary: parts.commentary.get(id) ?? [],
		}),
		editionsOf: (symposium) => editionsBySymposium.get(symposium.id) ?? [],
		symposiaOf: (edition) => symposia.filter((symposium) => edition.data.symposia.some((ref) => ref.id === symposium.id)),
		editionOf,
		contentsOf: (edition) => {
			const gathered = new Set(edition.data.symposia.map((ref) => ref.id));
			const contents = papers.filter((paper) => inEdition(paper) && paper.data.edition?.id === edition.id);
			const alsoInJournal = papers.filter(
				(paper) =>
					!contents.includes(paper) &&
					(gathered.has(paper.data.symposium.id) || paper.data.edition?.id === edition.id) &&
					paper.data.journal?.title === edition.data.journal.title,
			);
			return { contents: [...contents].sort(compareEditionData), alsoInJournal: [...alsoInJournal].sort(compareEditionData) };
		},
		editorsOf: (edition) => (edition.data.guestEditors === 'not-known' ? 'not-known' : edition.data.guestEditors.map((ref) => person(ref.id))),
		editionsEditedBy: (who) => editionsByEditor.get(who.id) ?? [],
		reportOf: (entry) => entry.data.reportedIn && commentaryById(entry.data.reportedIn.id),
		papersIn: (session) => papersBySession.get(session.id) ?? [],
		correctionsOf: (paper) => correctionsFor(paper, corrections),
		correctedPaper: (correction) => correctedPaperById(correction.data.paper.id),
		sessionOf: (paper) => paper.data.session && sessionById(paper.data.session.id),
		chairOf: (session) => session.data.chair && person(session.data.chair.id),
		relatedTo: (piece) => ({
			messages: piece.data.relatedMessages.flatMap((ref) => messageById(ref.id) ?? []),
			papers: piece.data.relatedPapers.flatMap((ref) => paperById(ref.id) ?? []),
		}),
		...responses,
		neighbours<T extends Paper | Message>(entry: T) {
			const sequence = inOrder(entry) as readonly T[];
			const index = sequence.indexOf(entry);
			return { previous: sequence[index - 1], next: sequence[index + 1] };
		},
	};
}

/** Journal order across symposia: an edition may gather several. */
const compareEditionData = (a: Paper, b: Paper) => compareEditionOrder(a.data, b.data);

/** Numbers each symposium's key messages 1, 2, 3 in the order given, keeping entries whose number already fits. */
function numberWithin(messages: Message[]): Message[] {
	const counts = new Map<string, number>();
	return messages.map((message) => {
		const order = (counts.get(message.data.symposium.id) ?? 0) + 1;
		counts.set(message.data.symposium.id, order);
		return message.data.order === order ? message : { ...message, data: { ...message.data, order } };
	});
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
