import type { PartialDate } from '../../schemas/partial-date';
import type { MaterialKind } from '../../schemas/material';
import { dayIn } from '../dates';
import { MATERIAL_LABELS, materialsOf, type ShownMaterial } from '../content/materials';
import type { Paper, Session, SiteContent } from '../content/site-content';
import { materialFileHref, materialHref, materialsShownHref, type MaterialOwner } from '../urls';
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
	/** Where it is shown: its paper's page, or its session on the programme, and that page's or session's title. */
	shownAt: string;
	shownIn: string;
	/** Where it is: its file on this site, or the video's page on its host. */
	url: string;
	/** Its file on this site, for slides and posters. */
	/** Its file: on this site (url), and on disk, where the build copies it from (path). */
	file?: { url: string; bytes: number; format: string; type: string; extension: string; path: string } | undefined;
	/** For a video: its host, and the page of this site that plays it when the host's player is known. */
	video?: (VideoHost & { watchUrl?: string | undefined }) | undefined;
}

function recordOf(
	shown: ShownMaterial,
	owner: Paper | Session,
	facts: Pick<MaterialRecord, 'authors' | 'issued' | 'event' | 'shownAt' | 'shownIn'>,
	base: URL,
): MaterialRecord {
	const { material, name, file } = shown;
	const at = (path: string) => new URL(path, base).href;
	const fileUrl = file && at(materialFileHref(owner, name, file.extension));
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
		video: host && { ...host, watchUrl: host.player && at(materialHref(owner, name)) },
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
		shownAt: new URL(materialsShownHref(paper), base).href,
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
		shownAt: new URL(materialsShownHref(session), base).href,
		shownIn: session.data.title,
	};
	return materialsOf(session).map((shown) => recordOf(shown, session, facts, base));
}

/** An entry's materials: a paper's or a session's. */
export function materialsFor(owner: Paper | Session, site: SiteContent, base: URL): MaterialRecord[] {
	return owner.collection === 'papers' ? paperMaterials(owner, site, base) : sessionMaterials(owner, site, base);
}

/**
 * Every material on the site, for the routes that write their files, reference files and
 * players: the routes' parameters are its owner's folder (materialOwnerPath) and its name.
 */
export function everyMaterial(site: SiteContent, base: URL): MaterialRecord[] {
	return [...site.papers, ...site.sessions].flatMap((owner) => materialsFor(owner, site, base));
}
