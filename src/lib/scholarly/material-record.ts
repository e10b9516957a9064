import type { PartialDate } from '../../schemas/partial-date';
import type { MaterialKind } from '../../schemas/material';
import { dayIn } from '../dates';
import { MATERIAL_LABELS, materialsOf, type ShownMaterial } from '../content/materials';
import type { Paper, Session, SiteContent } from '../content/site-content';
import { materialFileHref, type MaterialOwner } from '../urls';
import { videoHostOf, type VideoHost } from '../video-hosts';
import { citedPerson, type CitedPerson } from './record';

/**
 * What the record shows about one talk material, in the shape its citation, its files and
 * its schema.org data need: derived once, here, as record.ts does for a paper.
 */
export interface MaterialRecord {
	/** Unique on the site: its owner's id and its own name, e.g. shared-care-records-slides. */
	id: string;
	/** Its kind, numbered from the second of that kind: what names its addresses. */
	name: string;
	kind: MaterialKind;
	/** "Slides", "Poster", "Video": a citation's genre. */
	label: string;
	title: string;
	licence: string;
	doi?: string | undefined;
	/** A paper's authors; a session's materials have none the record names. */
	authors: CitedPerson[];
	/** The day of the talk, as precisely as the record shows it. */
	issued?: PartialDate | undefined;
	/** The symposium it was given at. */
	event: string;
	owner: MaterialOwner;
	/** The title of what it is shown with: its paper, or its session of the programme. */
	shownIn: string;
	/** Where it is: its file on this site, or the video's page on its host. */
	url: string;
	/** For slides and posters, its file: on this site (url), and on disk, where the build copies it from (path). */
	file?: { url: string; bytes: number; format: string; type: string; extension: string; path: string } | undefined;
	/** For a video: its host, and the host's player when the site knows it (then a page of this site plays it). */
	video?: VideoHost | undefined;
}

function recordOf(
	shown: ShownMaterial,
	owner: Paper | Session,
	facts: Pick<MaterialRecord, 'authors' | 'issued' | 'event' | 'shownIn'>,
	base: URL,
): MaterialRecord {
	const { material, name, file } = shown;
	const fileUrl = file && new URL(materialFileHref(owner, name, file.extension), base).href;
	const host = material.url ? videoHostOf(material.url) : undefined;
	return {
		id: `${owner.id}-${name}`,
		name,
		kind: material.kind,
		label: MATERIAL_LABELS[material.kind],
		title: material.title,
		licence: material.licence,
		doi: material.doi,
		...facts,
		owner,
		url: fileUrl ?? material.url!,
		file: file && { url: fileUrl!, bytes: file.bytes, format: file.format.name, type: file.format.type, extension: file.extension, path: file.path },
		video: host,
	};
}

/**
 * A paper's materials. They are cited under the paper's authors, as ACL Anthology cites a
 * paper's slides and video: the record names who wrote the paper, not who spoke.
 */
export function paperMaterials(paper: Paper, site: Pick<SiteContent, 'authorsOf' | 'symposiumOf' | 'sessionOf'>, base: URL): MaterialRecord[] {
	const authors = site.authorsOf(paper);
	const symposium = site.symposiumOf(paper);
	const start = site.sessionOf(paper)?.data.start;
	const issued = paper.data.dates.presented ?? (start && dayIn(start, symposium.data.timeZone));
	const facts = {
		authors: authors === 'not-known' ? [] : authors.map((author) => citedPerson(author, issued?.year, base)),
		issued,
		event: symposium.data.title,
		shownIn: paper.data.title,
	};
	return materialsOf(paper).map((shown) => recordOf(shown, paper, facts, base));
}

/** A session's materials: its chair chaired it, and the record names no one else as their author. */
export function sessionMaterials(session: Session, site: Pick<SiteContent, 'symposiumOf'>, base: URL): MaterialRecord[] {
	const symposium = site.symposiumOf(session);
	const { start } = session.data;
	const facts = {
		authors: [],
		issued: start && dayIn(start, symposium.data.timeZone),
		event: symposium.data.title,
		shownIn: session.data.title,
	};
	return materialsOf(session).map((shown) => recordOf(shown, session, facts, base));
}

/**
 * Every material on the site, for the routes that write their files, reference files and
 * players: the routes' parameters are its owner's folder (materialOwnerPath) and its name.
 */
export function everyMaterial(site: SiteContent, base: URL): MaterialRecord[] {
	return [...site.papers.flatMap((paper) => paperMaterials(paper, site, base)), ...site.sessions.flatMap((session) => sessionMaterials(session, site, base))];
}
