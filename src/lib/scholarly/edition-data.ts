import type { PartialDate } from '../../schemas/partial-date';
import { partialDateToIso } from '../dates';
import { periodToIso } from '../content/periods';
import { recordShowings } from '../content/record-checks';
import type { SiteContent } from '../content/site-content';
import { citationFileHref, CITATION_FILE_FORMATS, entryHref, PAGES, sessionHref, type EntryRef } from '../urls';

/**
 * The whole edition as data (/edition.json): the symposium, its special edition, and every
 * paper, person, key message, session, commentary piece and correction, with their addresses. Built
 * from the same content as the pages; references between entries are given as addresses,
 * dates as precisely as the record shows them ("2006-09"), the years a post is known for
 * as the record gives them ("2006", "2002/2004"), and unknown fields are absent.
 */
export function editionData(site: SiteContent, base: URL) {
	const url = (href: string) => new URL(href, base).href;
	const link = (entry: EntryRef) => url(entryHref(entry));
	const iso = (date: PartialDate | undefined) => date && partialDateToIso(date);
	const citation = (entry: EntryRef) => Object.fromEntries(CITATION_FILE_FORMATS.map((format) => [format, url(citationFileHref(entry, format))]));
	const { symposium } = site;
	return {
		symposium: {
			...symposium,
			url: url(PAGES.home),
			held: iso(symposium.held),
			ends: iso(symposium.ends),
			reportedIn: site.report && link(site.report),
			checkedAgainst: recordShowings(site).map((record) => ({
				...record,
				showed: record.showed.map(({ entry, facts, also }) => ({ entry: link(entry), facts, also })),
			})),
			specialEdition: {
				...symposium.specialEdition,
				url: url(PAGES.specialEdition),
				guestEditors: symposium.specialEdition.guestEditors.map(link),
				contents: site.edition.contents.map(link),
				alsoInJournal: site.edition.alsoInJournal.map(link),
			},
		},
		papers: site.papers.map((paper) => {
			const { url: publisherUrl, ...data } = paper.data;
			return {
				id: paper.id,
				url: link(paper),
				...data,
				publisherUrl,
				authors: data.authors === 'not-known' ? data.authors : data.authors.map(link),
				session: data.session && url(sessionHref(data.session)),
				dates: { presented: iso(data.dates.presented), accepted: iso(data.dates.accepted), published: iso(data.dates.published) },
				citation: citation(paper),
				corrections: site.correctionsOf(paper).map(link),
			};
		}),
		people: site.people.map(({ id, collection, data }) => ({
			id,
			url: link({ id, collection }),
			...data,
			affiliations: data.affiliations.map((affiliation) => ({ ...affiliation, when: periodToIso(affiliation.when) })),
			roles: data.roles.map((role) => ({ ...role, when: periodToIso(role.when) })),
			photo: data.photo && url(data.photo.src),
		})),
		messages: site.messages.map((message) => {
			const { id, collection, data } = message;
			const report = site.reportOf(message);
			return {
				id,
				url: link({ id, collection }),
				...data,
				// A link to a paper not published yet is left out until it is, as on the pages.
				evidence: data.evidence.filter((evidence) => site.entryAt(evidence.paper)).map((evidence) => ({ ...evidence, paper: link(evidence.paper) })),
				reportedIn: report && link(report),
				lastReviewed: iso(data.lastReviewed),
			};
		}),
		sessions: site.sessions.map((session) => ({
			id: session.id,
			url: url(sessionHref(session)),
			...session.data,
			chair: session.data.chair && link(session.data.chair),
			papers: site.papersIn(session).map(link),
		})),
		commentary: site.commentary.map((piece) => {
			const { id, collection, data } = piece;
			const related = site.relatedTo(piece);
			return {
				id,
				url: link({ id, collection }),
				...data,
				authors: data.authors.map(link),
				date: iso(data.date),
				source: data.source && { ...data.source, date: iso(data.source.date) },
				relatedPapers: related.papers.map(link),
				relatedMessages: related.messages.map(link),
				citation: citation({ id, collection }),
			};
		}),
		corrections: site.corrections.map(({ id, collection, data }) => ({
			id,
			url: link({ id, collection }),
			...data,
			paper: link(data.paper),
			date: iso(data.date),
			citation: citation({ id, collection }),
		})),
	};
}
