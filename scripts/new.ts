/**
 * npm run new: writes a new entry that passes `npm run check`, with every field of its
 * collection explained in a comment above it (from the schemas' notes) and the optional
 * ones ready to fill in. Papers, key messages and commentary start as drafts.
 * Refuses to overwrite an existing entry.
 *
 * Usage:
 *   npm run new -- paper "The paper's title" [--author jane-doe ...] [--id short-name]
 *   npm run new -- message "The message as a heading"
 *   npm run new -- commentary "Title" --author jane-doe [--author ...]
 *   npm run new -- person "Jane Doe"
 *   npm run new -- session "Opening plenary"
 * Options: --id sets the file name (by default made from the title); --content writes
 * into another content folder (or CONTENT_DIR).
 */
import '../src/lib/build/load-src.ts';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
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

/** The next free number in a numbered collection (key messages, sessions). */
function nextOrder(): number {
	const orders = existing.map((name) => {
		const source = readEntrySource(readFileSync(join(folder, name), 'utf8'), name.endsWith('.yaml') ? 'yaml' : 'front matter');
		const order = 'data' in source ? (source.data as { order?: unknown } | null)?.order : undefined;
		return typeof order === 'number' ? order : 0;
	});
	return Math.max(0, ...orders) + 1;
}

const today = new Date().toISOString().slice(0, 10);
const authors = options.author;
if (collection === 'commentary' && authors.length === 0) fail('A commentary piece needs its authors: add --author with a people file name for each.');

/** What the scaffold fills in; required text it cannot know gets a placeholder, which the check refuses outside drafts. */
const given: Record<ScaffoldedCollection, () => Record<string, unknown>> = {
	papers: () => ({ title, authors: authors.length > 0 ? authors : 'not-known', status: 'accepted', draft: true }),
	messages: () => ({ order: nextOrder(), title, lastReviewed: today, draft: true }),
	commentary: () => ({ title, authors, date: today, text: 'full-text', draft: true }),
	people: () => ({ name: title }),
	sessions: () => ({ title, order: nextOrder() }),
};
const fields = fieldDocs(documentedSchema(collections[collection].schema));
const values = given[collection]();
for (const field of fields) {
	if (field.required && values[field.key] === undefined) values[field.key] = `${PLACEHOLDER} ${field.description ?? field.key}`;
}

const header = [
	`# A new ${kind}, written by npm run new. Each field has a note above it; lines that start`,
	'# with # are notes, which the site ignores. To fill in an optional field, remove the # in',
	'# front of it. EDITING.md says more about every field.',
	...(values['draft'] ? ['# It is a draft: npm run dev shows it, the built site does not. Delete draft: true to publish.'] : []),
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
