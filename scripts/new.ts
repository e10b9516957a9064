/**
 * npm run new: writes a new entry that passes `npm run check`, with every field of its
 * collection explained in a comment above it (from the schemas' notes) and the optional
 * ones ready to fill in. Papers, key messages and commentary start as drafts.
 * Refuses to overwrite an existing entry.
 *
 * Usage:
 *   npm run new -- symposium "The symposium's title"
 *   npm run new -- edition "The edition's title" --symposium hsmc-2006
 *   npm run new -- paper "The paper's title" [--author jane-doe ...] [--symposium hsmc-2006]
 *   npm run new -- message "The message as a heading" [--symposium hsmc-2006]
 *   npm run new -- commentary "Title" --author jane-doe [--author ...] [--symposium ...]
 *   npm run new -- person "Jane Doe"
 *   npm run new -- session "Opening plenary" [--symposium hsmc-2006]
 * Options: --symposium names the symposium a paper, message, commentary piece, session or
 * edition belongs to (asked for when the site has several and none is given; the only one
 * when it has one); --id sets the file name (by default made from the title); --content
 * writes into another content folder (or CONTENT_DIR).
 */
import '../src/lib/build/load-src.ts';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { slug } from 'github-slugger';
import { entryYaml } from './new/entry-file.ts';
import type { ScaffoldedCollection } from '../src/lib/content/collections.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { collections } = await import('../src/content.config.ts');
const { COLLECTION_NAMES, COLLECTIONS } = await import('../src/lib/content/collections.ts');
const { entryIdOf, extensionsOf, folderOf, isEntryFile } = await import('../src/lib/content/collection-files.ts');
const { documentedSchema, fieldDocs } = await import('../src/tooling/schema-docs.ts');
const { PLACEHOLDER } = await import('../src/tooling/content-check/placeholders.ts');
const { readEntrySource } = await import('../src/lib/content/entry-source.ts');

/** The word for each collection editors add to with this script, as the registry gives it: paper, message, ... */
const KINDS = new Map<string, ScaffoldedCollection>(
	COLLECTION_NAMES.flatMap((name) => {
		const collection = COLLECTIONS[name];
		return 'scaffold' in collection ? [[collection.scaffold, name as ScaffoldedCollection] as const] : [];
	}),
);

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

const { values: options, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		author: { type: 'string', multiple: true, default: [] },
		id: { type: 'string' },
		symposium: { type: 'string' },
		content: { type: 'string' },
	},
});
const [kind, title] = positionals;
const collection = kind === undefined ? undefined : KINDS.get(kind);
if (!collection || !title?.trim()) {
	fail(`Usage: npm run new -- <${[...KINDS.keys()].join('|')}> "Title or name" [--author jane-doe] [--id file-name]`);
}
const contentDir = resolve(root, options.content ?? process.env.CONTENT_DIR ?? 'content');
const folder = folderOf(collection, contentDir);
// A file name of a few words: long enough to recognise, short enough to type in a link.
const id = options.id ?? slug(title).split('-').slice(0, 6).join('-');
if (!id || slug(id) !== id) fail(`--id "${id}" would not survive as an address: use lower-case letters, digits and hyphens.`);
const extension = extensionsOf(collection)![0]!;
const file = join(folder, `${id}${extension}`);

const existing = existsSync(folder) ? readdirSync(folder).filter((name) => isEntryFile(collection, name)) : [];
const taken = existing.find((name) => entryIdOf(name) === id);
if (taken) fail(`${relative(root, join(folder, taken))} already exists: nothing written. Choose another file name with --id.`);

/** The fields an entry's file gives, as written; none when it cannot be read. */
function fieldsIn(file: string): Record<string, unknown> {
	const source = readEntrySource(readFileSync(file, 'utf8'), file.endsWith('.yaml') ? 'yaml' : 'front matter');
	return ('data' in source ? (source.data as Record<string, unknown> | null) : null) ?? {};
}

/** The symposia of the content folder, by file name. */
const symposia = existsSync(folderOf('symposia', contentDir))
	? readdirSync(folderOf('symposia', contentDir))
			.filter((name) => isEntryFile('symposia', name))
			.map(entryIdOf)
	: [];

/**
 * The symposium the new entry belongs to: --symposium, else the only one, else asked for
 * when someone is there to answer.
 */
async function chooseSymposium(): Promise<string> {
	const named = options.symposium;
	if (named !== undefined) {
		if (!symposia.includes(named)) fail(`--symposium ${named}: there is no such symposium. The symposia are: ${symposia.join(', ') || 'none yet'}.`);
		return named;
	}
	if (symposia.length === 1) return symposia[0]!;
	if (symposia.length === 0) fail('There is no symposium yet: write one first with npm run new -- symposium "Title".');
	const ask = `Which symposium does it belong to? ${symposia.join(', ')}: `;
	if (!process.stdin.isTTY) fail(`The site has several symposia: say which with --symposium, one of ${symposia.join(', ')}.`);
	const prompt = createInterface({ input: process.stdin, output: process.stdout });
	const answer = (await prompt.question(ask)).trim();
	prompt.close();
	if (!symposia.includes(answer)) fail(`"${answer}" is not one of ${symposia.join(', ')}: nothing written.`);
	return answer;
}

/** The next free number in a numbered collection (a symposium's key messages or sessions). */
function nextOrder(symposium: string): number {
	const orders = existing.map((name) => {
		const data = fieldsIn(join(folder, name));
		return data['symposium'] === symposium && typeof data['order'] === 'number' ? data['order'] : 0;
	});
	return Math.max(0, ...orders) + 1;
}

const today = new Date().toISOString().slice(0, 10);
const authors = options.author;
if (collection === 'commentary' && authors.length === 0) fail('A commentary piece needs its authors: add --author with a people file name for each.');

/** What the scaffold fills in; required text it cannot know gets a placeholder, which the check refuses outside drafts. */
const given: Record<ScaffoldedCollection, () => Promise<Record<string, unknown>>> = {
	symposia: async () => ({
		title,
		shortTitle: shortened(title, 40),
		host: { name: todo('the hosting organisation') },
		status: 'planned',
		held: today.slice(0, 4),
		participants: [todo('who takes part, by group, e.g. practitioners')],
		draft: true,
	}),
	editions: async () => ({
		kind: 'special-issue',
		title,
		journal: { title: todo('the journal, or the series of proceedings') },
		symposia: [await chooseSymposium()],
		status: 'planned',
		draft: true,
	}),
	papers: async () => ({ symposium: await chooseSymposium(), title, authors: authors.length > 0 ? authors : 'not-known', status: 'accepted', draft: true }),
	messages: async () => {
		const symposium = await chooseSymposium();
		return { symposium, order: nextOrder(symposium), title, lastReviewed: today, draft: true };
	},
	commentary: async () => ({ symposium: await chooseSymposium(), title, authors, date: today, text: 'full-text', draft: true }),
	people: async () => ({ name: title }),
	sessions: async () => {
		const symposium = await chooseSymposium();
		return { symposium, title, order: nextOrder(symposium) };
	},
};
/** The title's first words, as many as fit in `length` characters: a short name to start from. */
function shortened(title: string, length: number): string {
	return (
		title.split(/\s+/).reduce((short, word) => (`${short} ${word}`.trim().length <= length ? `${short} ${word}`.trim() : short), '') || title.slice(0, length)
	);
}

function todo(what: string): string {
	return `${PLACEHOLDER} ${what}`;
}
const fields = fieldDocs(documentedSchema(collections[collection].schema));
const values = await given[collection]();
for (const field of fields) {
	if (field.required && values[field.key] === undefined) values[field.key] = `${PLACEHOLDER} ${field.description ?? field.key}`;
}

const header = [
	`# A new ${kind}, written by npm run new. Each field has a note above it; lines that start`,
	'# with # are notes, which the site ignores. To fill in an optional field, remove the # in',
	'# front of it. EDITING.md says more about every field.',
	...(values['draft'] ? ['# It is a draft: npm run dev shows it, the built site does not. Delete draft: true to publish.'] : []),
	...(collection === 'symposia' ? ["# held is this year to start with: write the symposium's date, as precisely as it is known."] : []),
	...(Object.values(values).some((value) => String(value).startsWith(PLACEHOLDER))
		? [`# Replace each ${PLACEHOLDER} with what it asks for; the check refuses them outside drafts.`]
		: []),
	'',
	'',
].join('\n');
const body = `${header}${entryYaml(fields, values)}\n`;
const text =
	extension === '.yaml' ? body : `---\n${body}---\n\n${PLACEHOLDER} write the text here, in Markdown: ## for a heading, a blank line between paragraphs.\n`;

mkdirSync(folder, { recursive: true });
writeFileSync(file, text, { flag: 'wx' });
console.log(`Wrote ${relative(root, file)}. Fill it in, then run npm run check.`);
const peopleFolder = folderOf('people', contentDir);
for (const author of authors.filter((name) => !existsSync(join(peopleFolder, `${name}.yaml`)))) {
	console.log(`No people file for ${author} yet: write one with npm run new -- person "Their Name" --id ${author}`);
}
