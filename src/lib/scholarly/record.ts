import type { PartialDate } from '../../schemas/partial-date';
import { affiliationsIn } from '../content/affiliations';
import { familyNameOf, givenNameOf } from '../content/names';
import { pageChanges } from '../content/paper-corrections';
import { inEdition } from '../content/paper-relations';
import type { ResponseKind } from '../content/responses';
import type { Commentary, Correction, Paper, Person, SiteContent } from '../content/site-content';
import { entryHref } from '../urls';
import { GALLEY_SIZE } from '../build/galley-plan';

/**
 * What the record shows about a paper, in the shape every scholarly format needs: the
 * citation (CSL-JSON and the styles and files made from it), the Highwire and Dublin
 * Core tags and the schema.org data all read this, so each fact is derived once.
 * A field is absent when the record does not show it.
 */
export interface PaperRecord {
	id: string;
	title: string;
	/** In author order; empty when the record does not show the authors. */
	authors: CitedPerson[];
	/** A journal article (accepted or published), or a paper only given at the symposium. */
	kind: 'journal-article' | 'presentation';
	/** Published, or for a presentation, given: as precisely as the record shows. */
	issued?: PartialDate | undefined;
	/** Accepted by the journal and not yet published. */
	inPress: boolean;
	journal?: JournalPlacement | undefined;
	/** The edition the record confirms the paper is part of: this site's page for it, its title and kind. */
	edition?: { pageUrl: string; title: string; kind: 'special-issue' | 'proceedings' } | undefined;
	/** The event a presentation was given at. */
	event?: string | undefined;
	doi?: string | undefined;
	pmid?: string | undefined;
	abstract?: string | undefined;
	/**
	 * The site editors' themes: this site's subject terms for the paper, not its authors'
	 * keywords, so they go only where a format means a subject (Dublin Core's subject,
	 * schema.org's about), never where it means the authors' keywords.
	 */
	subjects: string[];
	/** A language code such as en, when the record shows it. */
	language?: string | undefined;
	/** The licence of its text as the record names it, e.g. "CC BY 4.0". */
	licence?: string | undefined;
	/** When this page last changed: the newest date of its history and its corrections. */
	modified?: PartialDate | undefined;
	/** Its corrections and errata, in the order they were published. */
	corrections: CorrectionRecord[];
	/** The commentary that answers it (a review, a response, a comment), oldest first. */
	responses: RelatedWork[];
	/** This site's page for the paper. */
	pageUrl: string;
	/** Where the paper itself can be read: the publisher's page, or this site's page when it holds the full text. */
	textUrl?: string | undefined;
	/** This site's PDF of the full text, when the build prints one: its address, and its size as the link gives it. */
	pdf?: { url: string; size: string } | undefined;
}

/** A correction or erratum, as the paper's formats name it and its own page describes it. */
export interface CorrectionRecord {
	kind: Correction['data']['kind'];
	title: string;
	summary: string;
	date: PartialDate;
	/** The DOI of the notice the journal published, if it did. */
	doi?: string | undefined;
	/** This site's page for the correction. */
	pageUrl: string;
	/** The paper it corrects: this site's page for it, and its title. */
	paper: { pageUrl: string; title: string };
}

/** Another entry a work is related to, as a format names it: its page, title and kind, and how the two relate. */
export interface RelatedWork {
	relation: ResponseKind;
	kind: 'paper' | 'commentary';
	title: string;
	pageUrl: string;
	doi?: string | undefined;
}

/** What the record shows about a commentary piece, for the formats that describe one. */
export interface CommentaryRecord {
	title: string;
	authors: CitedPerson[];
	date: PartialDate;
	pageUrl: string;
	/** The paper or piece it answers, once that is published. */
	respondsTo?: RelatedWork | undefined;
	/** The commentary that answers it, oldest first. */
	responses: RelatedWork[];
	/** Where the piece appeared, when the page holds the editors' summary of it rather than the piece itself. */
	summaryOf?: { publication?: string | undefined; url?: string | undefined } | undefined;
}

export interface CitedPerson {
	id: string;
	name: string;
	family: string;
	given?: string | undefined;
	/** The organisations the record shows for the year of the work. */
	institutions: string[];
	orcid?: string | undefined;
	/** This site's page for the person. */
	pageUrl: string;
}

export interface JournalPlacement {
	title: string;
	volume?: string | undefined;
	issue?: string | undefined;
	firstPage?: string | undefined;
	lastPage?: string | undefined;
	issn?: string | undefined;
}

/** What a record needs from the site's content: passed in, so the derivations can be tested without a build. */
export type RecordSource = Pick<SiteContent, 'symposiumOf' | 'editionOf' | 'authorsOf' | 'correctionsOf' | 'hasText' | 'galleyOf' | 'responsesTo'>;

/** The date a paper goes by: published, else accepted, else given. */
export function paperDate(paper: Paper): PartialDate | undefined {
	const { published, accepted, presented } = paper.data.dates;
	return published ?? accepted ?? presented;
}

export function citedPerson(person: Person, year: number | undefined, base: URL): CitedPerson {
	const { name, affiliations, orcid } = person.data;
	return {
		id: person.id,
		name,
		family: familyNameOf(person.data),
		given: givenNameOf(person.data),
		institutions: affiliationsIn(affiliations, year),
		orcid,
		pageUrl: new URL(entryHref(person), base).href,
	};
}

function journalPlacement(paper: Paper, site: RecordSource): JournalPlacement | undefined {
	const { journal } = paper.data;
	if (!journal) return undefined;
	const [firstPage, lastPage] = journal.pages?.split(/[-–]/) ?? [];
	const edition = site.editionOf(paper)?.data.journal;
	// The ISSN the site holds is the edition's journal's: it is stated only for a paper confirmed in that edition.
	const issn = inEdition(paper) && journal.title === edition?.title ? edition.issn : undefined;
	return { title: journal.title, volume: journal.volume, issue: journal.issue, firstPage, lastPage, issn };
}

function editionOf(paper: Paper, site: RecordSource, base: URL): PaperRecord['edition'] {
	const edition = site.editionOf(paper);
	if (!edition || !inEdition(paper)) return undefined;
	return { pageUrl: new URL(entryHref(edition), base).href, title: edition.data.title, kind: edition.data.kind };
}

export function scholarlyCorrection(correction: Correction, paper: Paper, base: URL): CorrectionRecord {
	const { kind, title, summary, date, doi } = correction.data;
	return {
		kind,
		title,
		summary,
		date,
		doi,
		pageUrl: new URL(entryHref(correction), base).href,
		paper: { pageUrl: new URL(entryHref(paper), base).href, title: paper.data.title },
	};
}

export function scholarlyRecord(paper: Paper, site: RecordSource, base: URL): PaperRecord {
	const { title, status, dates, doi, pmid, abstract, themes, language, licence, url } = paper.data;
	const authors = site.authorsOf(paper);
	const year = paperDate(paper)?.year;
	const pageUrl = new URL(entryHref(paper), base).href;
	const kind = paper.data.journal || status !== 'presented' ? 'journal-article' : 'presentation';
	const corrections = site.correctionsOf(paper);
	const galley = site.galleyOf(paper);
	return {
		id: paper.id,
		title,
		authors: authors === 'not-known' ? [] : authors.map((author) => citedPerson(author, year, base)),
		kind,
		issued: kind === 'presentation' ? dates.presented : dates.published,
		inPress: status === 'accepted' && !dates.published,
		journal: journalPlacement(paper, site),
		edition: editionOf(paper, site, base),
		event: kind === 'presentation' ? site.symposiumOf(paper).data.title : undefined,
		doi,
		pmid,
		abstract,
		subjects: themes,
		language,
		licence,
		modified: pageChanges(paper, corrections).at(-1)?.date,
		corrections: corrections.map((correction) => scholarlyCorrection(correction, paper, base)),
		responses: site.responsesTo(paper).map(({ kind, piece }) => relatedWork(piece, kind, base)),
		pageUrl,
		textUrl: url ?? (site.hasText(paper) ? pageUrl : undefined),
		// Its size is written into the page once the galley is printed (src/lib/build/galleys.ts).
		pdf: galley ? { url: new URL(galley, base).href, size: GALLEY_SIZE } : undefined,
	};
}

function relatedWork(entry: Paper | Commentary, relation: ResponseKind, base: URL): RelatedWork {
	return {
		relation,
		kind: entry.collection === 'papers' ? 'paper' : 'commentary',
		title: entry.data.title,
		pageUrl: new URL(entryHref(entry), base).href,
		doi: entry.collection === 'papers' ? entry.data.doi : undefined,
	};
}

export function scholarlyCommentary(piece: Commentary, site: Pick<SiteContent, 'writersOf' | 'respondsTo' | 'responsesTo'>, base: URL): CommentaryRecord {
	const answered = site.respondsTo(piece);
	return {
		title: piece.data.title,
		authors: site.writersOf(piece).map((writer) => citedPerson(writer, piece.data.date.year, base)),
		date: piece.data.date,
		pageUrl: new URL(entryHref(piece), base).href,
		respondsTo: answered && relatedWork(answered.target, answered.kind, base),
		responses: site.responsesTo(piece).map(({ kind, piece: response }) => relatedWork(response, kind, base)),
		summaryOf: piece.data.text === 'summary' ? { publication: piece.data.source?.publication, url: piece.data.source?.url } : undefined,
	};
}
