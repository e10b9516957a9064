import type { PartialDate } from '../../schemas/partial-date';
import { doiUrl } from './identifier-links';
import { compact } from '../compact';
import { formatPartialDate } from '../dates';
import type { MaterialRecord } from './material-record';
import { citedPerson, scholarlyCorrection, scholarlyRecord, type CitedPerson, type CorrectionRecord, type PaperRecord } from './record';
import type { Commentary, Correction, Message, Paper, SiteContent } from '../content/site-content';
import { entryHref } from '../urls';

/** A CSL-JSON item (citationstyles.org): the one description of a work that every citation format is made from. */
export interface CslItem {
	id: string;
	type: 'article-journal' | 'speech' | 'article-magazine' | 'webpage';
	title: string;
	author?: { family: string; given?: string }[];
	/** Year, month and day as far as known: CSL's own way to hold a partial date. */
	issued?: { 'date-parts': [number[]] };
	status?: string;
	'container-title'?: string;
	'event-title'?: string;
	/** What a talk left behind: "Slides", "Poster", "Video". */
	genre?: string;
	volume?: string;
	issue?: string;
	page?: string;
	ISSN?: string;
	DOI?: string;
	PMID?: string;
	URL?: string;
	abstract?: string;
	language?: string;
	/** BibTeX's note and RIS's N1: here, the corrections a paper has had. */
	note?: string;
}

function cslDate(date: PartialDate | undefined): CslItem['issued'] {
	if (!date) return undefined;
	return { 'date-parts': [[date.year, date.month, date.day].filter((part) => part !== undefined)] };
}

function cslNames(people: CitedPerson[]): CslItem['author'] {
	return people.length > 0 ? people.map(({ family, given }) => compact({ family, given })) : undefined;
}

/** Where a correction is read: the journal's notice when it has a DOI, otherwise its page here. */
const correctionUrl = (correction: CorrectionRecord) => (correction.doi ? doiUrl(correction.doi) : correction.pageUrl);

/**
 * "See correction: Correction to table 2 (3 October 2031), https://doi.org/…": CSL has no
 * field for a correction, so reference managers carry it as the reference's note (the
 * styles print none).
 */
function correctionNote(corrections: CorrectionRecord[]): string | undefined {
	const notes = corrections.map(
		(correction) => `See ${correction.kind}: ${correction.title} (${formatPartialDate(correction.date)}), ${correctionUrl(correction)}`,
	);
	return notes.length > 0 ? notes.join('; ') : undefined;
}

/** A paper as CSL-JSON. Unknown authors stay out, so each style puts the title first as it prescribes. */
export function paperCsl(record: PaperRecord): CslItem {
	const { journal } = record;
	const pages = [journal?.firstPage, journal?.lastPage].filter(Boolean).join('-');
	return compact({
		id: record.id,
		type: record.kind === 'presentation' ? 'speech' : 'article-journal',
		title: record.title,
		author: cslNames(record.authors),
		issued: cslDate(record.issued),
		status: record.inPress ? 'in press' : undefined,
		'container-title': journal?.title,
		'event-title': record.event,
		volume: journal?.volume,
		issue: journal?.issue,
		page: pages || undefined,
		ISSN: journal?.issn,
		DOI: record.doi,
		PMID: record.pmid,
		URL: record.textUrl,
		abstract: record.abstract,
		language: record.language,
		note: correctionNote(record.corrections),
	});
}

/**
 * A correction as CSL-JSON: a notice in the paper's journal when the journal published it
 * (it has a DOI), otherwise a page on this site. Notices are unsigned, so it has no author.
 */
export function correctionCsl(correction: Correction, site: Pick<SiteContent, 'settings' | 'correctedPaper'>, base: URL): CslItem {
	const paper = site.correctedPaper(correction);
	const record = scholarlyCorrection(correction, paper, base);
	const journal = record.doi ? paper.data.journal?.title : undefined;
	return compact({
		id: correction.id,
		type: journal ? 'article-journal' : 'webpage',
		title: record.title,
		issued: cslDate(record.date),
		'container-title': journal ?? site.settings.title,
		DOI: record.doi,
		URL: record.pageUrl,
	});
}

/**
 * A commentary piece as CSL-JSON: the article where it first appeared when it came from
 * elsewhere (the site's page is then a summary of it), otherwise the page on this site.
 */
export function commentaryCsl(piece: Commentary, site: Pick<SiteContent, 'settings' | 'writersOf'>, base: URL): CslItem {
	const { title, date, source } = piece.data;
	const issued = source?.date ?? date;
	return compact({
		id: piece.id,
		type: source ? 'article-magazine' : 'webpage',
		title,
		author: cslNames(site.writersOf(piece).map((person) => citedPerson(person, issued.year, base))),
		issued: cslDate(issued),
		'container-title': source?.publication ?? site.settings.title,
		URL: source ? source.url : new URL(entryHref(piece), base).href,
	});
}

/**
 * A key message as CSL-JSON: a page on this site written by its editors, so it has no
 * named author and is dated by its last review, as a web page is by its last update.
 */
export function messageCsl(message: Message, site: Pick<SiteContent, 'settings'>, base: URL): CslItem {
	return compact({
		id: message.id,
		type: 'webpage',
		title: message.data.title,
		issued: cslDate(message.data.lastReviewed),
		'container-title': site.settings.title,
		URL: new URL(entryHref(message), base).href,
	});
}

/**
 * A talk's slides, poster or video as CSL-JSON: each is what CSL calls a speech ("a paper,
 * talk, poster, or symposium at a conference"), told apart by its genre, which APA and
 * Vancouver print ("[Slides]", "[Video]"). A video is not a motion picture, whose makers
 * CSL and RIS call its directors: it is the talk, recorded, under the talk's authors.
 */
export function materialCsl(record: MaterialRecord): CslItem {
	return compact({
		id: record.id,
		type: 'speech',
		genre: record.label,
		title: record.title,
		author: cslNames(record.authors),
		issued: cslDate(record.issued),
		'event-title': record.event,
		DOI: record.doi,
		URL: record.url,
	});
}

/** The CSL-JSON item of any citable entry: a paper, a key message, a commentary piece or a correction. */
export function cslItemOf(entry: Paper | Message | Commentary | Correction, site: SiteContent, base: URL): CslItem {
	switch (entry.collection) {
		case 'papers':
			return paperCsl(scholarlyRecord(entry, site, base));
		case 'messages':
			return messageCsl(entry, site, base);
		case 'commentary':
			return commentaryCsl(entry, site, base);
		case 'corrections':
			return correctionCsl(entry, site, base);
	}
}
