import type {
	Article,
	Book,
	BookSeries,
	BreadcrumbList,
	CollectionPage,
	Comment,
	CorrectionComment,
	CreativeWork,
	ListItem,
	Event as SchemaEvent,
	Organization,
	Periodical,
	Person as SchemaPerson,
	ProfilePage,
	PropertyValue,
	PublicationIssue,
	PublicationVolume,
	Review,
	ScholarlyArticle,
	Thing,
	WithContext,
} from 'schema-dts';
import { doiUrl, orcidUrl } from './identifier-links';
import { compact } from '../compact';
import { partialDateToIso } from '../dates';
import { familyNameOf, givenNameOf } from '../content/names';
import type { CitedPerson, CommentaryRecord, CorrectionRecord, JournalPlacement, PaperRecord, RelatedWork } from './record';
import type { Edition, Person, Session, Symposium } from '../content/site-content';
import { entryHref, sessionHref } from '../urls';

/**
 * schema.org descriptions of pages, for search engines: built from the same record as
 * the citation tags, with every unknown property left out rather than empty.
 */

const CONTEXT = 'https://schema.org' as const;

/** A link with its words: a breadcrumb step, or an entry in a listing. */
export interface NamedLink {
	name: string;
	url: string;
}

function organization(name: string, parent?: string): Organization {
	return compact({ '@type': 'Organization', name, parentOrganization: parent ? organization(parent) : undefined });
}

/** An author as of the paper: the institutions are those the record shows for its year. */
export function authorLd(author: CitedPerson): SchemaPerson {
	return compact({
		'@type': 'Person',
		name: author.name,
		familyName: author.family,
		givenName: author.given,
		affiliation: author.institutions.length > 0 ? author.institutions.map((name) => organization(name)) : undefined,
		sameAs: author.orcid && orcidUrl(author.orcid),
		url: author.pageUrl,
	});
}

/** Issue inside volume inside journal, as deep as the record goes. */
function placementLd(journal: JournalPlacement): PublicationIssue | PublicationVolume | Periodical {
	const periodical: Periodical = compact({ '@type': 'Periodical', name: journal.title, issn: journal.issn });
	const volume: PublicationVolume | undefined = journal.volume
		? { '@type': 'PublicationVolume', volumeNumber: journal.volume, isPartOf: periodical }
		: undefined;
	if (journal.issue) return { '@type': 'PublicationIssue', issueNumber: journal.issue, isPartOf: volume ?? periodical };
	return volume ?? periodical;
}

export function identifiers(record: Pick<PaperRecord, 'doi' | 'pmid'>): PropertyValue[] | undefined {
	const ids: PropertyValue[] = [];
	if (record.doi) ids.push({ '@type': 'PropertyValue', propertyID: 'DOI', value: record.doi });
	if (record.pmid) ids.push({ '@type': 'PropertyValue', propertyID: 'PMID', value: record.pmid });
	return ids.length > 0 ? ids : undefined;
}

/** A correction as the corrected article's `correction` names it, and as its own page describes it. */
function correctionCommentLd(correction: CorrectionRecord): CorrectionComment {
	return compact({
		'@type': 'CorrectionComment',
		'@id': correction.pageUrl,
		url: correction.pageUrl,
		name: correction.title,
		text: correction.summary,
		datePublished: partialDateToIso(correction.date),
		identifier: identifiers(correction),
		sameAs: correction.doi && doiUrl(correction.doi),
	});
}

/** A correction's page: the notice, and the article it is about. */
export function correctionLd(correction: CorrectionRecord): WithContext<CorrectionComment> {
	const { paper } = correction;
	return {
		'@context': CONTEXT,
		...correctionCommentLd(correction),
		about: { '@type': 'ScholarlyArticle', '@id': paper.pageUrl, url: paper.pageUrl, name: paper.title },
	};
}

/** A work named by another's data: enough to identify it, its own page says the rest. */
function workRef(work: Pick<RelatedWork, 'pageUrl' | 'title'>): { '@id': string; url: string; name: string } {
	return { '@id': work.pageUrl, url: work.pageUrl, name: work.title };
}

/**
 * How a commentary piece relates to what it answers, in what schema.org defines: a review
 * is a Review whose itemReviewed is the work (which names it as its review); a comment is a
 * Comment whose parentItem is the work (which names it as its comment); a response argues a
 * case of its own, and schema.org has no type for a reply to a paper, so it stays an Article
 * about the work (which is its subjectOf).
 */
function responsesLd(responses: RelatedWork[]): { review?: Review[]; comment?: Comment[]; subjectOf?: Article[] } {
	const of = (relation: RelatedWork['relation']) => responses.filter((work) => work.relation === relation).map(workRef);
	const [reviews, comments, replies] = [of('review'), of('comment'), of('response')];
	return compact({
		review: reviews.length > 0 ? reviews.map((work): Review => ({ '@type': 'Review', ...work })) : undefined,
		comment: comments.length > 0 ? comments.map((work): Comment => ({ '@type': 'Comment', ...work })) : undefined,
		subjectOf: replies.length > 0 ? replies.map((work): Article => ({ '@type': 'Article', ...work })) : undefined,
	});
}

/** What a piece answers, as the target of its relation: a paper is a ScholarlyArticle, a piece an Article. */
function answeredLd(work: RelatedWork): ScholarlyArticle | Article {
	return { '@type': work.kind === 'paper' ? 'ScholarlyArticle' : 'Article', ...workRef(work) };
}

/** The piece itself: typed by how it answers another work (responsesLd says why), by its authors, on its date. */
function pieceLd(record: CommentaryRecord): Article | Review | Comment {
	const piece = compact({ headline: record.title, name: record.title, author: record.authors.map(authorLd), datePublished: partialDateToIso(record.date) });
	const answered = record.respondsTo;
	switch (answered?.relation) {
		case 'review':
			return { ...piece, '@type': 'Review', itemReviewed: answeredLd(answered) };
		case 'comment':
			return { ...piece, '@type': 'Comment', parentItem: answeredLd(answered) };
		case 'response':
			return { ...piece, '@type': 'Article', about: answeredLd(answered) };
		default:
			return { ...piece, '@type': 'Article' };
	}
}

/**
 * A commentary piece's page, and what answers it. A page that holds the piece itself is the
 * piece. A page that holds the editors' summary of a piece published elsewhere is not its
 * authors' work: it is an article based on the piece, which is described where it appeared.
 */
export function commentaryLd(record: CommentaryRecord): WithContext<Article | Review | Comment> {
	const page = { '@context': CONTEXT, '@id': record.pageUrl, url: record.pageUrl, ...responsesLd(record.responses) } as const;
	if (!record.summaryOf) return { ...pieceLd(record), ...page };
	const { publication, url } = record.summaryOf;
	return compact({
		...page,
		'@type': 'Article',
		headline: record.title,
		isBasedOn: compact({
			...pieceLd(record),
			url,
			isPartOf: publication === undefined ? undefined : ({ '@type': 'Periodical', name: publication } satisfies Periodical),
		}),
	});
}

/** A paper, and what was made about it: its talk's slides, poster and video (material-ld.ts). */
export function articleLd(record: PaperRecord, subjectOf: CreativeWork[] = []): WithContext<ScholarlyArticle> {
	const { journal } = record;
	// Both a talk's materials and the responses to the paper are about it: one list holds them.
	const responses = responsesLd(record.responses);
	const subjects = [...subjectOf, ...(responses.subjectOf ?? [])];
	return compact({
		'@context': CONTEXT,
		'@type': 'ScholarlyArticle',
		'@id': record.pageUrl,
		url: record.pageUrl,
		headline: record.title,
		name: record.title,
		author: record.authors.length > 0 ? record.authors.map(authorLd) : undefined,
		// A presentation's date is when it was given, not a publication date.
		datePublished: record.kind === 'journal-article' && record.issued ? partialDateToIso(record.issued) : undefined,
		dateModified: record.modified && partialDateToIso(record.modified),
		// Its place in the journal, and the edition only once the record confirms the paper is part of it.
		isPartOf: record.edition
			? [
					...(journal ? [placementLd(journal)] : []),
					{ '@type': record.edition.kind === 'special-issue' ? 'PublicationIssue' : 'Book', '@id': record.edition.pageUrl, name: record.edition.title },
				]
			: journal && placementLd(journal),
		pageStart: journal?.firstPage,
		pageEnd: journal?.lastPage,
		identifier: identifiers(record),
		sameAs: record.doi && doiUrl(record.doi),
		abstract: record.abstract,
		about: record.subjects.length > 0 ? record.subjects.map((name): Thing => ({ '@type': 'Thing', name })) : undefined,
		inLanguage: record.language,
		correction: record.corrections.length > 0 ? record.corrections.map(correctionCommentLd) : undefined,
		encoding: record.pdf && { '@type': 'MediaObject', contentUrl: record.pdf.url, encodingFormat: 'application/pdf', contentSize: record.pdf.size },
		...responses,
		subjectOf: subjects.length > 0 ? subjects : undefined,
	});
}

/**
 * The symposium. startDate is as precise as the record ("2006-05"); location and
 * attendance mode are left out because the record does not show them. A title the
 * editors wrote to describe an event the record gives no name is no name: it goes in
 * the description.
 */
export function eventLd({ id, data: symposium }: Symposium, sessions: Session[], base: URL): WithContext<SchemaEvent> {
	const named = symposium.titleSource === 'official';
	const timed = sessions.filter((session) => session.data.start);
	return compact({
		'@context': CONTEXT,
		'@type': 'Event',
		name: named ? symposium.title : undefined,
		description: named ? symposium.summary : `${symposium.title}. ${symposium.summary}`,
		url: new URL(entryHref({ collection: 'symposia', id }), base).href,
		eventStatus: symposium.status === 'planned' ? 'https://schema.org/EventScheduled' : undefined,
		// Its sessions whose time the record gives, each with its room where known.
		subEvent:
			timed.length > 0
				? timed.map((session): SchemaEvent =>
						compact({
							'@type': 'Event',
							name: session.data.title,
							url: new URL(sessionHref(session), base).href,
							startDate: session.data.start!.toISOString(),
							endDate: session.data.end?.toISOString(),
							location: session.data.room ? { '@type': 'Place', name: session.data.room } : undefined,
						}),
					)
				: undefined,
		startDate: partialDateToIso(symposium.held),
		endDate: symposium.ends && partialDateToIso(symposium.ends),
		location: symposium.venue ? { '@type': 'Place', name: symposium.venue } : undefined,
		organizer: organization(symposium.host.name, symposium.host.parent),
	});
}

/**
 * An edition's page: a journal's special issue as a PublicationIssue of its journal, a
 * proceedings volume as a Book in its series; its parts are the papers the record
 * confirms (none while it confirms none), its editors only where the record names them.
 */
export function editionLd(
	edition: Edition,
	parts: { url: string; name: string }[],
	editors: Person[] | 'not-known',
	base: URL,
): WithContext<PublicationIssue | Book> {
	const { data } = edition;
	const url = new URL(entryHref(edition), base).href;
	const periodical: Periodical = compact({
		'@type': 'Periodical',
		name: data.journal.title,
		issn: data.journal.issn,
		publisher: data.journal.publisher ? organization(data.journal.publisher) : undefined,
	});
	const common = {
		'@id': url,
		url,
		name: data.title,
		datePublished: data.date && partialDateToIso(data.date),
		identifier: data.doi ? { '@type': 'PropertyValue' as const, propertyID: 'DOI', value: data.doi } : undefined,
		sameAs: data.doi && doiUrl(data.doi),
		editor:
			editors === 'not-known'
				? undefined
				: editors.map((person) => ({ '@type': 'Person' as const, name: person.data.name, url: new URL(entryHref(person), base).href })),
		hasPart: parts.length > 0 ? parts.map((part) => ({ '@type': 'ScholarlyArticle' as const, '@id': part.url, url: part.url, name: part.name })) : undefined,
	};
	if (data.kind === 'special-issue') {
		const volume: PublicationVolume | undefined = data.volume ? { '@type': 'PublicationVolume', volumeNumber: data.volume, isPartOf: periodical } : undefined;
		return compact({ '@context': CONTEXT, '@type': 'PublicationIssue', ...common, issueNumber: data.issue, isPartOf: volume ?? periodical });
	}
	const series: BookSeries = compact({ '@type': 'BookSeries', name: data.journal.title, issn: data.journal.issn, publisher: periodical.publisher });
	return compact({ '@context': CONTEXT, '@type': 'Book', ...common, position: data.volume, isPartOf: series });
}

/**
 * A person's page. Affiliations stay out: schema.org's affiliation reads as current,
 * and the record dates them ("in 2006"), so the page text says them with their years.
 */
export function profilePageLd(person: Person, base: URL): WithContext<ProfilePage> {
	const url = new URL(entryHref(person), base).href;
	return {
		'@context': CONTEXT,
		'@type': 'ProfilePage',
		url,
		mainEntity: compact({
			'@type': 'Person',
			name: person.data.name,
			familyName: familyNameOf(person.data),
			givenName: givenNameOf(person.data),
			description: person.data.bio,
			sameAs: person.data.orcid && orcidUrl(person.data.orcid),
			url,
		}),
	};
}

/**
 * A listing page (papers, messages, people, ...) and what it lists, in order. A later
 * page of a listing lists its own entries, numbered from their place in the whole
 * listing (`firstPosition`, 21 on page 2 of twenty a page); numberOfItems counts this
 * page's, as schema.org asks of a list split over pages. Without items (what the
 * listing holds is not known) there is no list: an empty one would say it holds none.
 */
export function collectionPageLd(page: NamedLink, items: NamedLink[] | undefined, firstPosition = 1): WithContext<CollectionPage> {
	return compact({
		'@context': CONTEXT,
		'@type': 'CollectionPage',
		name: page.name,
		url: page.url,
		mainEntity:
			items &&
			compact({
				'@type': 'ItemList',
				numberOfItems: items.length,
				itemListElement:
					items.length > 0
						? items.map((item, index): ListItem => ({ '@type': 'ListItem', position: firstPosition + index, name: item.name, url: item.url }))
						: undefined,
			}),
	});
}

/** Where a page sits, from the home page down to the page itself. */
export function breadcrumbLd(trail: NamedLink[]): WithContext<BreadcrumbList> {
	return {
		'@context': CONTEXT,
		'@type': 'BreadcrumbList',
		itemListElement: trail.map((step, index) => ({ '@type': 'ListItem', position: index + 1, name: step.name, item: step.url })),
	};
}

/**
 * JSON for a <script type="application/ld+json">. The HTML parser ends the script at the
 * first "</script", whatever the JSON means, so "<" is written as \u003c (and, for older
 * parsers, the line separators JSON allows and JavaScript did not).
 */
export function serialiseJsonLd(data: WithContext<Thing> | WithContext<Thing>[]): string {
	return JSON.stringify(data).replaceAll('<', '\\u003c').replaceAll('\u2028', '\\u2028').replaceAll('\u2029', '\\u2029');
}
