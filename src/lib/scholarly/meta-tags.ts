import { doiUrl, pubmedUrl } from './identifier-links';
import { partialDateToIso } from '../dates';
import type { PartialDate } from '../../schemas/partial-date';
import type { CitedPerson, PaperRecord } from './record';

/** A <meta name content> pair for the page head. */
export type MetaTag = [name: string, content: string];

/** "Dickinson, Helen": family name first, so that no indexer has to guess which part is which. */
function invertedName({ family, given }: CitedPerson): string {
	return given ? `${family}, ${given}` : family;
}

/** 2006/09/01, 2006/09 or 2006: Google Scholar's form, as precise as the record. */
function slashedDate(date: PartialDate): string {
	return partialDateToIso(date).replaceAll('-', '/');
}

/** Each tag whose value is known: an unknown fact yields no tag, never an empty one. */
function tags(...pairs: [string, string | undefined][]): MetaTag[] {
	return pairs.filter((pair): pair is MetaTag => pair[1] !== undefined && pair[1] !== '');
}

/**
 * Highwire Press citation_* tags, as Google Scholar's inclusion guidelines ask: each author
 * in order, followed by the institution the record shows for the paper's year and the ORCID iD.
 */
export function highwireTags(record: PaperRecord): MetaTag[] {
	const { journal } = record;
	return [
		...tags(['citation_title', record.title]),
		...record.authors.flatMap((author) =>
			tags(['citation_author', invertedName(author)], ...author.institutions.map((name): [string, string] => ['citation_author_institution', name]), [
				'citation_author_orcid',
				author.orcid && `https://orcid.org/${author.orcid}`,
			]),
		),
		...tags(
			['citation_publication_date', record.issued && slashedDate(record.issued)],
			['citation_journal_title', journal?.title],
			['citation_conference_title', record.event],
			['citation_issn', journal?.issn],
			['citation_volume', journal?.volume],
			['citation_issue', journal?.issue],
			['citation_firstpage', journal?.firstPage],
			['citation_lastpage', journal?.lastPage],
			['citation_doi', record.doi],
			['citation_pmid', record.pmid],
			['citation_abstract_html_url', record.pageUrl],
			['citation_pdf_url', record.pdf?.url],
			['citation_language', record.language],
		),
	];
}

/** The same facts as Dublin Core (DC.*), for indexers that read it instead. */
export function dublinCoreTags(record: PaperRecord): MetaTag[] {
	return tags(
		['DC.title', record.title],
		...record.authors.map((author): [string, string] => ['DC.creator', invertedName(author)]),
		['DC.date', record.issued && partialDateToIso(record.issued)],
		['DC.type', 'Text'],
		['DC.relation.ispartof', record.journal?.title ?? record.event],
		['DC.identifier', record.doi && doiUrl(record.doi)],
		['DC.identifier', record.pmid && pubmedUrl(record.pmid)],
		['DC.language', record.language],
		...record.subjects.map((subject): [string, string] => ['DC.subject', subject]),
		['DC.description', record.abstract],
	);
}

/** Every scholarly tag for a paper's page head, Highwire first. */
export function scholarlyMeta(record: PaperRecord): MetaTag[] {
	return [...highwireTags(record), ...dublinCoreTags(record)];
}
