import { formatPartialDate, partialDateToIso } from '../dates';
import { x, xmlText, type XmlElement } from '../xml';
import type { PartialDate } from '../../schemas/partial-date';
import { doiUrl, orcidUrl } from './identifier-links';
import type { CitedPerson, PaperRecord } from './record';

/**
 * A paper as JATS XML (the Journal Article Tag Suite, NISO Z39.96), in the Archiving and
 * Interchange tag set 1.3, which archives such as PubMed Central accept. The front is
 * made from the paper's scholarly record, as the citation tags and files are, so no fact
 * is stated twice; the body and back come from the paper's text (src/prose/jats-body.ts),
 * and a paper held only as a record has the front alone.
 */

/** The DTD the files declare: NLM's public identifier and address for it. */
export const JATS_DTD = {
	public: '-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD with MathML3 v1.3 20210610//EN',
	system: 'https://jats.nlm.nih.gov/archiving/1.3/JATS-archivearticle1-3-mathml3.dtd',
} as const;

/** The media type a page announces the file with. */
export const JATS_MEDIA_TYPE = 'application/jats+xml';

/** A paper's text as JATS: the body's sections, and the back's reference list and notes. */
export interface JatsText {
	body: XmlElement[];
	back: XmlElement[];
}

/**
 * The JATS elements that hold text, and the inline elements within it: written without
 * added line breaks, since a break there would be a space in the text.
 */
const MIXED = new Set([
	'p',
	'title',
	'article-title',
	'label',
	'license-p',
	'mixed-citation',
	'attrib',
	'td',
	'th',
	'preformat',
	'italic',
	'bold',
	'monospace',
	'sup',
	'sub',
	'strike',
	'ext-link',
	'xref',
]);

/** The whole file: the front from the record, and the text's body and back when the site has the text. */
export function jatsArticle(record: PaperRecord, text: JatsText | undefined): string {
	const article = x(
		'article',
		{
			'xmlns:xlink': 'http://www.w3.org/1999/xlink',
			'xmlns:mml': 'http://www.w3.org/1998/Math/MathML',
			// No article-type: the record does not say whether a paper reports research, reviews it or argues a case.
			'dtd-version': '1.3',
			'xml:lang': record.language,
		},
		[x('front', {}, [journalMeta(record), articleMeta(record)]), text && x('body', {}, text.body), text && text.back.length > 0 && x('back', {}, text.back)],
	);
	return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE article PUBLIC "${JATS_DTD.public}" "${JATS_DTD.system}">\n${xmlText(article, MIXED)}\n`;
}

function journalMeta({ journal }: PaperRecord): XmlElement | undefined {
	if (!journal) return undefined;
	return x('journal-meta', {}, [x('journal-title-group', {}, [x('journal-title', {}, [journal.title])]), journal.issn && x('issn', {}, [journal.issn])]);
}

function articleMeta(record: PaperRecord): XmlElement {
	const { journal } = record;
	return x('article-meta', {}, [
		record.doi && x('article-id', { 'pub-id-type': 'doi' }, [record.doi]),
		record.pmid && x('article-id', { 'pub-id-type': 'pmid' }, [record.pmid]),
		record.subjects.length > 0 &&
			x('article-categories', {}, [
				x(
					'subj-group',
					{ 'subj-group-type': 'theme' },
					record.subjects.map((subject) => x('subject', {}, [subject])),
				),
			]),
		x('title-group', {}, [x('article-title', {}, [record.title])]),
		record.authors.length > 0 && x('contrib-group', {}, record.authors.map(contrib)),
		// A presentation's date is when it was given, which its conference holds.
		record.kind === 'journal-article' && record.issued && date('pub-date', record.issued, { 'date-type': 'pub' }),
		journal?.volume && x('volume', {}, [journal.volume]),
		journal?.issue && x('issue', {}, [journal.issue]),
		record.edition?.kind === 'special-issue' && x('issue-title', {}, [record.edition.title]),
		journal?.firstPage && x('fpage', {}, [journal.firstPage]),
		journal?.firstPage && journal.lastPage && x('lpage', {}, [journal.lastPage]),
		record.licence && x('permissions', {}, [x('license', {}, [x('license-p', {}, [record.licence])])]),
		x('self-uri', { 'xlink:href': record.pageUrl }),
		...record.corrections.map((correction) =>
			x(
				'related-article',
				{ 'related-article-type': 'correction-forward', 'ext-link-type': 'uri', 'xlink:href': correction.doi ? doiUrl(correction.doi) : correction.pageUrl },
				[correction.title],
			),
		),
		record.abstract && x('abstract', {}, [x('p', {}, [record.abstract])]),
		record.event &&
			x('conference', {}, [
				record.issued && x('conf-date', { 'iso-8601-date': partialDateToIso(record.issued) }, [formatPartialDate(record.issued)]),
				x('conf-name', {}, [record.event]),
			]),
	]);
}

/** An author with their iD and the institutions the record shows for the paper's year. */
function contrib(author: CitedPerson): XmlElement {
	return x('contrib', { 'contrib-type': 'author' }, [
		author.orcid && x('contrib-id', { 'contrib-id-type': 'orcid' }, [orcidUrl(author.orcid)]),
		x('name', {}, [x('surname', {}, [author.family]), author.given && x('given-names', {}, [author.given])]),
		...author.institutions.map((institution) => x('aff', {}, [x('institution', {}, [institution])])),
		x('uri', { 'content-type': 'profile', 'xlink:href': author.pageUrl }),
	]);
}

/** A JATS date, as precise as the record: a day or a month only when it is known. */
function date(name: string, when: PartialDate, attributes: Record<string, string>): XmlElement {
	const { year, month, day } = when;
	const pad = (n: number) => String(n).padStart(2, '0');
	return x(name, { ...attributes, 'iso-8601-date': partialDateToIso(when) }, [
		day !== undefined && x('day', {}, [pad(day)]),
		month !== undefined && x('month', {}, [pad(month)]),
		x('year', {}, [String(year)]),
	]);
}
