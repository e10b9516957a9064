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
import type { symposiumSchema } from '../src/schemas/symposium';
import { type CollectionName } from '../src/lib/content/collections';
import { entryIdOf, folderOf, isEntryFile } from '../src/lib/content/collection-files';
import { root, SITES, type SiteName } from './sites';

/**
 * A site's content as an editor wrote it, read straight from its content folder, so that a
 * test of the real site states what must hold for whatever the entries say ("every key
 * message is listed") rather than what they say today. Only the fields as written: nothing
 * is ordered, defaulted or resolved here, which is the site's own work and what the tests check.
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
 * An entry a production build shows: not a draft, and not under an embargo that ends later. The
 * fixtures' embargo is years away, so the day is enough; the site's own rule (in the symposium's
 * time zone) is tested on its own in tests/build/publishing.test.ts.
 */
function isPublished({ data }: Entry<Record<string, unknown>>): boolean {
	const { draft, publishAt } = data;
	if (draft === true) return false;
	if (publishAt === undefined) return true;
	return (publishAt instanceof Date ? publishAt : new Date(String(publishAt).slice(0, 10))) <= new Date();
}

/**
 * Every published entry of a collection folder under a content folder, in file-name order
 * (not the site's order); none when the folder is not there (a site with no corrections).
 */
export function readCollection<T = Record<string, unknown>>(contentDir: string, name: CollectionName): Entry<T>[] {
	const folder = folderOf(name, join(root, contentDir));
	if (!existsSync(folder)) return [];
	// The same files the site's loaders read: a session folder's README is not a session.
	return readdirSync(folder)
		.filter((file) => isEntryFile(name, file))
		.sort()
		.map((file) => readEntry<Record<string, unknown>>(join(folder, file)))
		.filter(isPublished) as Entry<T>[];
}

/** One YAML file of a content folder, such as symposium.yaml, untyped. */
export function readYaml(contentDir: string, file: string): Record<string, unknown> {
	return readEntry<Record<string, unknown>>(join(root, contentDir, file)).data;
}

const collection = <T>(site: SiteName, name: CollectionName) => readCollection<T>(SITES[site].contentDir, name);

export const papers = (site: SiteName = 'real') => collection<Paper>(site, 'papers');
export const messages = (site: SiteName = 'real') => collection<Message>(site, 'messages');
export const commentary = (site: SiteName = 'real') => collection<Commentary>(site, 'commentary');
export const corrections = (site: SiteName = 'real') => collection<Correction>(site, 'corrections');
export const people = (site: SiteName = 'real') => collection<Person>(site, 'people');
export const sessions = (site: SiteName = 'real') => collection<Session>(site, 'sessions');
export const symposium = (site: SiteName = 'real') => readEntry<Symposium>(join(root, SITES[site].contentDir, 'symposium.yaml')).data;

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
