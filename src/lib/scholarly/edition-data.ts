import type { PartialDate } from '../../schemas/partial-date';
import { partialDateToIso } from '../dates';
import { periodToIso } from '../content/periods';
import { recordShowings } from '../content/record-checks';
import type { Edition, SiteContent, Symposium } from '../content/site-content';
import { citationFileHref, CITATION_FILE_FORMATS, entryHref, LIST_FILES, programmeHref, sessionHref, type EntryRef } from '../urls';

/** How the site's data files write what they share: addresses, dates and citation files. */
function dataWriters(base: URL) {
	const url = (href: string) => new URL(href, base).href;
	const link = (entry: EntryRef) => url(entryHref(entry));
	const iso = (date: PartialDate | undefined) => date && partialDateToIso(date);
	const citation = (entry: EntryRef) => Object.fromEntries(CITATION_FILE_FORMATS.map((format) => [format, url(citationFileHref(entry, format))]));
	return { url, link, iso, citation };
}

/**
 * One edition as data (/editions/<id>/edition.json, and in /edition.json): its journal,
 * editors and symposia, the papers the record confirms as its contents, and the other
 * papers of its symposia that appeared in its journal.
 */
export function editionRecord(edition: Edition, site: SiteContent, base: URL) {
	const { url, link, iso } = dataWriters(base);
	const editors = site.editorsOf(edition);
	const { contents, alsoInJournal } = site.contentsOf(edition);
	return {
		id: edition.id,
		url: link(edition),
		...edition.data,
		date: iso(edition.data.date),
		guestEditors: editors === 'not-known' ? editors : editors.map(link),
		symposia: site.symposiaOf(edition).map(link),
		contents: contents.map(link),
		alsoInJournal: alsoInJournal.map(link),
		data: url(LIST_FILES.editionData(edition)),
	};
}

/** One symposium as data, in /edition.json. */
function symposiumRecord(symposium: Symposium, site: SiteContent, base: URL) {
	const { url, link, iso } = dataWriters(base);
	const report = site.reportOf(symposium);
	return {
		id: symposium.id,
		url: link(symposium),
		...symposium.data,
		held: iso(symposium.data.held),
		ends: iso(symposium.data.ends),
		programme: url(programmeHref(symposium)),
		reportedIn: report && link(report),
		checkedAgainst: recordShowings(site, symposium).map((record) => ({
			...record,
			showed: record.showed.map(({ entry, facts, also }) => ({ entry: link(entry), facts, also })),
		})),
		editions: site.editionsOf(symposium).map(link),
	};
}

/**
 * The whole site as data (/edition.json): every symposium and edition, and every
 * paper, person, key message, session, commentary piece and correction, with their addresses. Built
 * from the same content as the pages; references between entries are given as addresses,
 * dates as precisely as the record shows them ("2006-09"), the years a post is known for
 * as the record gives them ("2006", "2002/2004"), and unknown fields are absent.
 */
export function siteData(site: SiteContent, base: URL) {
	const { url, link, iso, citation } = dataWriters(base);
	return {
		symposia: site.symposia.map((symposium) => symposiumRecord(symposium, site, base)),
		editions: site.editions.map((edition) => editionRecord(edition, site, base)),
		papers: site.papers.map((paper) => {
			const { url: publisherUrl, ...data } = paper.data;
			return {
				id: paper.id,
				url: link(paper),
				...data,
				publisherUrl,
				symposium: link(data.symposium),
				edition: data.edition && link(data.edition),
				authors: data.authors === 'not-known' ? data.authors : data.authors.map(link),
				session: data.session && url(sessionHref(site.sessionOf(paper)!)),
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
				symposium: link(data.symposium),
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
			symposium: link(session.data.symposium),
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
				symposium: link(data.symposium),
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
