import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { z } from 'astro/zod';
import { parse } from 'yaml';
import type { commentarySchema } from '../src/schemas/commentary';
import type { correctionSchema } from '../src/schemas/correction';
import type { messageSchema } from '../src/schemas/message';
import type { paperSchema } from '../src/schemas/paper';
import type { personSchema } from '../src/schemas/person';
import type { sessionSchema } from '../src/schemas/session';
import type { editionSchema } from '../src/schemas/edition';
import type { siteSchema } from '../src/schemas/site';
import type { symposiumSchema } from '../src/schemas/symposium';
import { type CollectionName } from '../src/lib/content/collections';
import { entryIdOf, folderOf, isEntryFile } from '../src/lib/content/collection-files';
import { outDirFor, root, SITES, type SiteName } from './sites';

/**
 * A site's content as an editor wrote it, read straight from its content folder, so that a
 * test of the real site states what must hold for whatever the entries say ("every key
 * message is listed") rather than what they say today. Only the fields as written: nothing
 * is defaulted or resolved here. Which entries a built site shows, and in what order, is
 * the site's own decision (its query layer, src/lib/content/site-content.ts): the browser
 * tests take it from the built site's /edition.json rather than decide it again.
 */

/** One entry: its file name (its id and URL) and its fields; body is the MDX text below the front matter. */
export interface Entry<T> {
	id: string;
	data: T;
	body: string;
}

export type Paper = z.input<typeof paperSchema>;
export type Message = z.input<typeof messageSchema>;
export type Commentary = z.input<typeof commentarySchema>;
export type Correction = z.input<typeof correctionSchema>;
export type Person = z.input<ReturnType<typeof personSchema>>;
export type Session = z.input<typeof sessionSchema>;
export type Symposium = z.input<typeof symposiumSchema>;
export type Edition = z.input<typeof editionSchema>;
export type SiteSettings = z.input<typeof siteSchema>;

/** Front matter between the opening and closing --- lines of an MDX file, and the text after it. */
function splitFrontMatter(text: string): { frontMatter: string; body: string } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
	return match ? { frontMatter: match[1]!, body: match[2]! } : { frontMatter: '', body: text };
}

function readEntry<T>(file: string): Entry<T> {
	const text = readFileSync(file, 'utf8');
	const { frontMatter, body } = extname(file) === '.yaml' ? { frontMatter: text, body: '' } : splitFrontMatter(text);
	return { id: entryIdOf(basename(file)), data: parse(frontMatter) as T, body };
}

/** An entry with its fields untyped, for tests that walk every field of any collection. */
export type RawEntry = Entry<Record<string, unknown>>;

/**
 * Every entry of a collection folder under a content folder, published or not, in
 * file-name order; none when the folder is not there (a site with no corrections).
 */
export function readCollection<T = Record<string, unknown>>(contentDir: string, name: CollectionName): Entry<T>[] {
	const folder = folderOf(name, join(root, contentDir));
	if (!existsSync(folder)) return [];
	// The same files the site's loaders read: a session folder's README is not a session.
	return readdirSync(folder)
		.filter((file) => isEntryFile(name, file))
		.sort()
		.map((file) => readEntry<T>(join(folder, file)));
}

/** One YAML file of a content folder, such as site.yaml, untyped. */
export function readYaml(contentDir: string, file: string): Record<string, unknown> {
	return readEntry<Record<string, unknown>>(join(root, contentDir, file)).data;
}

/** The ids of each collection's entries on a built site, in the site's order, as its /edition.json lists them. */
const shownOnSite = new Map<SiteName, Record<string, { id: string }[]>>();

function shown(site: SiteName, name: CollectionName): string[] {
	if (!shownOnSite.has(site)) {
		const data = join(root, outDirFor(site), 'edition.json');
		if (!existsSync(data)) throw new Error(`${data} is not there: the browser tests' global setup builds the ${site} site first.`);
		shownOnSite.set(site, JSON.parse(readFileSync(data, 'utf8')) as Record<string, { id: string }[]>);
	}
	return (shownOnSite.get(site)![name] ?? []).map((entry) => entry.id);
}

/** A collection's entries that the built site shows, in its order: as written, for tests to derive what each page must show. */
export function collection<T>(site: SiteName, name: CollectionName): Entry<T>[] {
	const written = new Map(readCollection<T>(SITES[site].contentDir, name).map((entry) => [entry.id, entry]));
	return shown(site, name).map((id) => written.get(id)!);
}

export const papers = (site: SiteName = 'real') => collection<Paper>(site, 'papers');
export const messages = (site: SiteName = 'real') => collection<Message>(site, 'messages');
export const commentary = (site: SiteName = 'real') => collection<Commentary>(site, 'commentary');
export const corrections = (site: SiteName = 'real') => collection<Correction>(site, 'corrections');
export const people = (site: SiteName = 'real') => collection<Person>(site, 'people');
export const sessions = (site: SiteName = 'real') => collection<Session>(site, 'sessions');
export const symposia = (site: SiteName = 'real') => collection<Symposium>(site, 'symposia');
export const editions = (site: SiteName = 'real') => collection<Edition>(site, 'editions');
export const siteSettings = (site: SiteName = 'real') => readEntry<SiteSettings>(join(root, SITES[site].contentDir, 'site.yaml')).data;

/** The symposium the home page leads with: the next planned (the site lists symposia newest first), else the latest held. */
export function featured(site: SiteName = 'real'): Entry<Symposium> {
	const all = symposia(site);
	return all.filter((symposium) => symposium.data.status === 'planned').at(-1) ?? all.find((symposium) => symposium.data.status === 'held') ?? all[0]!;
}

/** The entry with this id in a list of entries, failing loudly: a test that names a missing entry is itself broken. */
export function byId<T>(entries: Entry<T>[], id: string): Entry<T> {
	const entry = entries.find((candidate) => candidate.id === id);
	if (!entry) throw new Error(`No entry "${id}" in content/`);
	return entry;
}

/** The ids of the people a paper names as authors, or none when the record does not show them. */
export function authorIds(paper: Paper): string[] {
	return Array.isArray(paper.authors) ? paper.authors.map(String) : [];
}
