import type { PartialDate } from '../../schemas/partial-date';
import { formatDateRange, formatPartialDate } from '../dates';
import { formatList } from '../format';
import type { Edition, Paper, SiteContent, SiteSettings, Symposium } from '../content/site-content';
import { entryHref, type EntryRef } from '../urls';
import { CORRECTION_KIND_LABELS } from '../labels';
import { textElement, x, xmlDocument, type XmlElement } from '../xml';
import { citedPerson, scholarlyRecord, type CitedPerson, type PaperRecord } from './record';

/**
 * A Crossref deposit (schema 5.4.0) for one edition: a special issue as a journal_issue
 * with a journal_article for each paper, a proceedings volume as a conference with its
 * proceedings_metadata and a conference_paper for each. Made from the same scholarly
 * record as every other format (record.ts), and only for what the site's publisher
 * registers: the DOIs under the prefix in site.yaml's crossref block. Each paper's
 * references come from its text, which the caller reads (src/prose/references.ts).
 */

export type CrossrefSettings = NonNullable<SiteSettings['crossref']>;

/** Something the deposit needs that the content does not give: the entry, the field and what to write. */
export interface DepositProblem {
	entry: EntryRef;
	field: string;
	message: string;
}

/** A paper of the edition that the deposit leaves out, and why, for the command to say. */
export interface LeftOut {
	paper: Paper;
	reason: string;
}

export interface Deposit {
	xml: string;
	/** The DOIs it registers, the edition's first. */
	dois: string[];
	leftOut: LeftOut[];
}

export type DepositResult = { ok: true; deposit: Deposit } | { ok: false; problems: DepositProblem[] };

/** A reference of a paper as plain text, with the id its JATS file gives it (ref-1, …). */
export interface CitedReference {
	id: string;
	text: string;
}

/** A paper's references, in the order its text lists them; none for a paper without a References section. */
export type ReferencesOf = (paper: Paper) => readonly CitedReference[];

const NAMESPACES = {
	xmlns: 'http://www.crossref.org/schema/5.4.0',
	'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
	'xmlns:jats': 'http://www.ncbi.nlm.nih.gov/JATS1',
	'xmlns:ai': 'http://www.crossref.org/AccessIndicators.xsd',
	'xmlns:rel': 'http://www.crossref.org/relations.xsd',
	'xsi:schemaLocation': 'http://www.crossref.org/schema/5.4.0 https://www.crossref.org/schemas/crossref5.4.0.xsd',
	version: '5.4.0',
};

/** Whether a DOI is one the site's publisher registers: under its prefix, e.g. 10.5555/…. */
export const underPrefix = (doi: string | undefined, prefix: string): doi is string => doi !== undefined && doi.startsWith(`${prefix}/`);

/** A batch's timestamp: Crossref keeps a deposit only if its number is higher than the last one for the DOI. */
function batchTimestamp(now: Date): string {
	return now.toISOString().replace(/\D/g, '').slice(0, 17);
}

function dateElement(name: string, date: PartialDate): XmlElement {
	const pad = (value: number | undefined) => (value === undefined ? undefined : String(value).padStart(2, '0'));
	return x(name, { media_type: 'online' }, textElement('month', pad(date.month)), textElement('day', pad(date.day)), textElement('year', date.year));
}

function personName(person: CitedPerson, index: number, role: 'author' | 'editor'): XmlElement {
	return x(
		'person_name',
		{ sequence: index === 0 ? 'first' : 'additional', contributor_role: role },
		textElement('given_name', person.given),
		textElement('surname', person.family),
		// The institutions the record dates to the year of the work, not the person's latest.
		person.institutions.length > 0 && x('affiliations', {}, ...person.institutions.map((name) => x('institution', {}, textElement('institution_name', name)))),
		person.orcid && textElement('ORCID', `https://orcid.org/${person.orcid}`),
	);
}

/** "CC BY 4.0" as the address Crossref's license_ref asks for; another licence has no address the record gives. */
export function licenceUrl(licence: string): string | undefined {
	if (/^CC0 1\.0$/i.test(licence)) return 'https://creativecommons.org/publicdomain/zero/1.0/';
	const match = /^CC[ -](BY(?:-(?:NC|ND|SA))*)[ -](\d\.\d)$/i.exec(licence.trim());
	return match ? `https://creativecommons.org/licenses/${match[1]!.toLowerCase()}/${match[2]}/` : undefined;
}

/**
 * What a paper's record says of the works around it, as Crossref relations. Commentary has
 * no DOI on this site, so its relation is deposited from the paper's side (hasReview,
 * hasComment, hasReply), naming the piece's page. A correction is named as related
 * material: Crossref registers corrections as Crossmark updates, which need a Crossmark
 * policy page the site's publisher does not have (Crossref refuses placeholders), and its
 * relations schema has no correction type; the description says what the item is.
 */
const RELATIONSHIP = { review: 'hasReview', comment: 'hasComment', response: 'hasReply' } as const;

function relations(record: PaperRecord): XmlElement | undefined {
	const related = (description: string, type: string, identifier: { doi?: string | undefined; pageUrl: string }) =>
		x(
			'rel:related_item',
			{},
			textElement('rel:description', description),
			identifier.doi
				? textElement('rel:inter_work_relation', identifier.doi, { 'relationship-type': type, 'identifier-type': 'doi' })
				: textElement('rel:inter_work_relation', identifier.pageUrl, { 'relationship-type': type, 'identifier-type': 'uri' }),
		);
	const items = [
		...record.corrections.map((correction) => related(`${CORRECTION_KIND_LABELS[correction.kind]}: ${correction.title}`, 'hasRelatedMaterial', correction)),
		...record.responses.map((response) => related(response.title, RELATIONSHIP[response.relation], response)),
	];
	return items.length > 0 ? x('rel:program', { name: 'relations' }, ...items) : undefined;
}

/**
 * The DOI a reference's text names (bare, after "doi:" or in a doi.org address), so that
 * Crossref links the cited work without matching the text. Punctuation that ends the
 * sentence, or a bracket the DOI does not open, is not part of it; a DOI longer than the
 * schema allows is left to the text.
 */
export function doiIn(text: string): string | undefined {
	let doi = /\b10\.\d{4,9}\/\S+/.exec(text)?.[0] ?? '';
	while (/[.,;:'"’”]$/.test(doi) || unopened(doi, '(', ')') || unopened(doi, '[', ']')) doi = doi.slice(0, -1);
	const suffix = doi.slice(doi.indexOf('/') + 1);
	return doi && suffix.length > 0 && suffix.length <= 200 ? doi : undefined;
}

/** Whether text ends with a closing bracket that it has more of than the opening one: 10.1002/(SICI)… opens its own. */
function unopened(text: string, open: string, close: string): boolean {
	return text.endsWith(close) && text.split(open).length < text.split(close).length;
}

/** A reference as Crossref takes one without its parts marked: the text as written, keyed by its id in the paper. */
function citation({ id, text }: CitedReference): XmlElement {
	return x('citation', { key: id }, textElement('doi', doiIn(text)), textElement('unstructured_citation', text));
}

/** One paper as a journal_article or conference_paper: the elements in the order the schema asks. */
function item(name: 'journal_article' | 'conference_paper', record: PaperRecord, hasText: boolean, references: readonly CitedReference[]): XmlElement {
	const licence = record.licence && licenceUrl(record.licence);
	const { journal } = record;
	const titles = x('titles', {}, textElement('title', record.title));
	const contributors = record.authors.length > 0 && x('contributors', {}, ...record.authors.map((author, index) => personName(author, index, 'author')));
	return x(
		name,
		{ publication_type: hasText ? 'full_text' : record.abstract ? 'abstract_only' : 'bibliographic_record', language: record.language?.slice(0, 2) },
		// The two schemas differ only in this: an article's title comes first, a conference paper's authors.
		...(name === 'journal_article' ? [titles, contributors] : [contributors, titles]),
		record.abstract && x('jats:abstract', {}, textElement('jats:p', record.abstract)),
		record.issued && dateElement('publication_date', record.issued),
		journal?.firstPage && x('pages', {}, textElement('first_page', journal.firstPage), textElement('last_page', journal.lastPage)),
		licence && x('ai:program', { name: 'AccessIndicators' }, textElement('ai:license_ref', licence, { applies_to: 'vor' })),
		relations(record),
		x('doi_data', {}, textElement('doi', record.doi), textElement('resource', record.pageUrl)),
		references.length > 0 && x('citation_list', {}, ...references.map(citation)),
	);
}

/** The papers the deposit registers, in journal order, and those it leaves out with the reason. */
function papersToDeposit(edition: Edition, site: SiteContent, prefix: string): { papers: Paper[]; leftOut: LeftOut[]; problems: DepositProblem[] } {
	const papers: Paper[] = [];
	const leftOut: LeftOut[] = [];
	const problems: DepositProblem[] = [];
	for (const paper of site.contentsOf(edition).contents) {
		const { doi, status, dates } = paper.data;
		const entry = { collection: 'papers', id: paper.id } as const;
		if (status !== 'published') leftOut.push({ paper, reason: 'not published yet: it is deposited once it is' });
		else if (doi && !underPrefix(doi, prefix)) leftOut.push({ paper, reason: `its DOI ${doi} is not under ${prefix}: the journal registers it` });
		else if (!doi)
			problems.push({
				entry,
				field: 'doi',
				message: `missing: a published paper of this edition needs its DOI, under ${prefix} (e.g. ${prefix}/…), to be deposited`,
			});
		else if (!dates.published) problems.push({ entry, field: 'dates.published', message: 'missing: Crossref needs the date it was published, e.g. 2031-09' });
		else papers.push(paper);
	}
	return { papers, leftOut, problems };
}

/** The conference a proceedings volume reports: its symposia, named as the record names them. */
function eventMetadata(edition: Edition, symposia: Symposium[], problems: DepositProblem[]): XmlElement {
	for (const symposium of symposia) {
		if (symposium.data.titleSource !== 'official') {
			problems.push({
				entry: { collection: 'symposia', id: symposium.id },
				field: 'titleSource',
				message: `the deposit names the conference, and this title is the editors' description of it: write titleSource: official once the record shows the event's name (proceedings ${edition.id})`,
			});
		}
	}
	const [only] = symposia;
	const single = symposia.length === 1 && only ? only.data : undefined;
	return x(
		'event_metadata',
		{},
		textElement('conference_name', formatList(symposia.map((symposium) => symposium.data.title))),
		single && textElement('conference_location', single.venue),
		single &&
			textElement(
				'conference_date',
				single.ends ? formatDateRange(single.held, single.ends) : formatPartialDate(single.held),
				conferenceDateAttributes(single.held, single.ends),
			),
	);
}

function conferenceDateAttributes(start: PartialDate, end: PartialDate | undefined): Record<string, string | undefined> {
	const two = (value: number | undefined) => (value === undefined ? undefined : String(value).padStart(2, '0'));
	return {
		start_day: two(start.day),
		start_month: two(start.month),
		start_year: String(start.year),
		end_day: two(end?.day),
		end_month: two(end?.month),
		end_year: end && String(end.year),
	};
}

/**
 * The deposit for one edition, or every problem that stops it, each naming the entry and
 * field to fix. `now` stamps the batch; `base` is the site's public address, which each
 * DOI's resource is under; `referencesOf` gives each paper's references from its text.
 */
export function crossrefDeposit(
	edition: Edition,
	site: SiteContent,
	settings: CrossrefSettings,
	base: URL,
	now: Date,
	referencesOf: ReferencesOf,
): DepositResult {
	const { prefix } = settings;
	const entry = { collection: 'editions', id: edition.id } as const;
	const { papers, leftOut, problems } = papersToDeposit(edition, site, prefix);
	const editionDoi = underPrefix(edition.data.doi, prefix) ? edition.data.doi : undefined;
	if (edition.data.status !== 'published') {
		problems.push({ entry, field: 'status', message: `${edition.data.status}: an edition is deposited once it is published; write status: published then` });
	}
	if (!edition.data.date) problems.push({ entry, field: 'date', message: 'missing: Crossref needs the date the edition was published, e.g. 2031-09' });
	if (papers.length === 0 && !editionDoi) {
		problems.push({
			entry,
			field: 'doi',
			message: `nothing to deposit: no published paper of this edition, and not the edition itself, has a DOI under ${prefix}`,
		});
	}
	const editionData = edition.data;
	const editionDoiData = editionDoi && x('doi_data', {}, textElement('doi', editionDoi), textElement('resource', new URL(entryHref(edition), base).href));
	const records = papers.map((paper) => ({ paper, record: scholarlyRecord(paper, site, base) }));
	let container: XmlElement;
	if (editionData.kind === 'special-issue') {
		const editors = site.editorsOf(edition);
		const year = editionData.date?.year;
		container = x(
			'journal',
			{},
			x('journal_metadata', {}, textElement('full_title', editionData.journal.title), textElement('issn', editionData.journal.issn)),
			x(
				'journal_issue',
				{},
				editors !== 'not-known' && x('contributors', {}, ...editors.map((person, index) => personName(citedPerson(person, year, base), index, 'editor'))),
				x('titles', {}, textElement('title', editionData.title)),
				editionData.date && dateElement('publication_date', editionData.date),
				editionData.volume && x('journal_volume', {}, textElement('volume', editionData.volume)),
				textElement('issue', editionData.issue),
				editionDoiData,
			),
			...records.map(({ paper, record }) => item('journal_article', record, site.hasText(paper), referencesOf(paper))),
		);
	} else {
		if (!editionData.journal.publisher) {
			problems.push({ entry, field: 'journal.publisher', message: 'missing: a proceedings deposit names its publisher, e.g. Fixture Press' });
		}
		const symposia = site.symposiaOf(edition).toReversed();
		container = x(
			'conference',
			{},
			eventMetadata(edition, symposia, problems),
			x(
				'proceedings_metadata',
				{},
				textElement('proceedings_title', editionData.title),
				x('publisher', {}, textElement('publisher_name', editionData.journal.publisher)),
				editionData.date && dateElement('publication_date', editionData.date),
				// The site records no ISBN: the volume is one of a series the record names.
				x('noisbn', { reason: 'archive_volume' }),
				editionDoiData,
			),
			...records.map(({ paper, record }) => item('conference_paper', record, site.hasText(paper), referencesOf(paper))),
		);
	}
	if (problems.length > 0) return { ok: false, problems };
	const batch = x(
		'doi_batch',
		NAMESPACES,
		x(
			'head',
			{},
			textElement('doi_batch_id', `${edition.id}-${batchTimestamp(now)}`.slice(0, 100)),
			textElement('timestamp', batchTimestamp(now)),
			x('depositor', {}, textElement('depositor_name', settings.depositor.name), textElement('email_address', settings.depositor.email)),
			textElement('registrant', settings.registrant),
		),
		x('body', {}, container),
	);
	const dois = [...(editionDoi ? [editionDoi] : []), ...records.map(({ record }) => record.doi!)];
	return { ok: true, deposit: { xml: xmlDocument(batch), dois, leftOut } };
}
