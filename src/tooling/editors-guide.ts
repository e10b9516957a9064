/**
 * The editors' guide: how a change gets from a new file to the public site, and every
 * field of every collection and every component an entry's text can use, written from
 * the schemas. `npm run guide` writes it to EDITING.md; the dev server shows it at
 * /editing/; a test fails when EDITING.md is behind the schemas.
 */
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../lib/content/collections';
import { extensionsOf } from '../lib/content/collection-files';
import { PROSE_COMPONENTS, REFERENCES_HEADING, type ProseChildren } from '../schemas/prose-components';
import { formatChoices } from '../lib/format';
import { documentedSchema, fieldDocs, type FieldDoc } from './schema-docs';
import { SYNONYMS_FILE } from '../lib/search/synonyms';

/** The collections as content.config.ts exports them: only their schemas matter here. */
export type DocumentedCollections = Readonly<Record<string, { schema?: unknown }>>;

const CHILDREN: Record<ProseChildren, string> = {
	'one image': 'one Markdown image, `![What the image shows](./image.png)`, with the image file in the same folder as the entry',
	text: 'the text, in Markdown',
	none: 'nothing: write it as one tag ending in `/>`',
};

/** A value written as an editor writes it in YAML, on one line. */
const inlineYaml = (value: unknown) => yaml.dump(value, { flowLevel: 0, lineWidth: -1 }).trim();
/** A table cell: no line breaks, and | would end the cell. */
const cell = (text: string) => text.replace(/\s*\n\s*/g, ' ').replaceAll('|', '\\|');

function whereItLives(name: CollectionName): string {
	const { files } = COLLECTIONS[name];
	const extensions = extensionsOf(name);
	if ('list' in files) return `\`${SYNONYMS_FILE}\`: one group per entry, a short name with \`terms\` under it`;
	if ('file' in files) return `\`content/${files.file}\``;
	const folder = `content/${files.folder}/`;
	return `\`${folder}\`, one file per entry: \`${folder}<name>${extensions![0]}\`${extensions!.length > 1 ? ` (or ${formatChoices(extensions!.slice(1))})` : ''}; the file name is its address on the site`;
}

function fieldTable(fields: readonly FieldDoc[]): string[] {
	const rows = (list: readonly FieldDoc[]): string[] =>
		list.flatMap((field) => {
			const need = field.required ? 'required' : field.default === undefined ? 'optional' : `optional (default \`${inlineYaml(field.default)}\`)`;
			const example = field.example === undefined ? '' : `\`${cell(inlineYaml(field.example))}\``;
			return [`| \`${field.path}\` | ${need} | ${cell(field.type)} | ${cell(field.description ?? '')} | ${example} |`, ...rows(field.fields)];
		});
	return ['| Field | Required | Value | What to write | Example |', '| --- | --- | --- | --- | --- |', ...rows(fields)];
}

function collectionSection(name: CollectionName, collections: DocumentedCollections): string[] {
	const schema = documentedSchema(collections[name]?.schema);
	const about = z.globalRegistry.get(schema)?.description;
	return [`### ${COLLECTIONS[name].guideTitle}`, '', ...(about ? [about, ''] : []), `Where: ${whereItLives(name)}.`, '', ...fieldTable(fieldDocs(schema)), ''];
}

function componentSections(): string[] {
	return Object.entries(PROSE_COMPONENTS).flatMap(([name, component]) => [
		`### ${name}`,
		'',
		component.summary,
		'',
		...fieldTable(fieldDocs(component.props)).map((line) => line.replace('| Field |', '| Attribute |')),
		'',
		`Between its tags: ${CHILDREN[component.children]}.`,
		'',
		'```mdx',
		component.example,
		'```',
		'',
	]);
}

const WORKFLOW = `## How a change reaches the site

1. **Make a branch** for the change, so that the public site is untouched until it is
   reviewed: \`git switch -c add-telecare-paper\`.
2. **Add or change a file** in \`content/\`. \`npm run new -- paper "The paper's title" --author jane-doe\`
   writes a new entry with every field explained above it (also \`message\`, \`commentary\`,
   \`person\` and \`session\`); it never overwrites a file. New papers, key messages and
   commentary start as drafts.
3. **Check it**: \`npm run check\` lists every problem in the content at once, one line each,
   with the file and line, the field, what it found and what to write instead. Run it
   until it says "no problems".
4. **Preview it**: \`npm run dev\` and open http://localhost:4321. The page changes as you
   save. Drafts and embargoed entries are shown there, with a badge saying so.
5. **Open a pull request** with the branch. The pull-request workflow checks the content,
   builds the site, runs the tests and attaches the built site as an artifact to download
   and look at.
6. **Merge** the pull request once it is reviewed and its checks pass.
7. **Deploy**: merging to \`main\` builds the site and publishes it to GitHub Pages. The
   deploy also runs every hour, so that an entry whose embargo has ended appears without
   anyone having to merge anything.

Readers who find a mistake can report it from the "Report a correction" link at the end
of every entry's page, which opens an issue in the site's repository naming the page and
its file (when \`repository\` is set in \`content/site.yaml\`).

When a paper needs a correction or erratum, do not rewrite it silently: add a file to
\`content/corrections/\` that names the paper (see "Corrections and errata" below), and
correct the paper's text if the site holds it. The paper keeps its address; its page names
each correction at the top and in its version history, and the correction has a page,
a feed item and citation files of its own.`;

const SERIES = `## A series of symposia

The site holds a series: each symposium is a file in \`content/symposia/\`, and each journal
special issue or proceedings volume that gathers their papers a file in \`content/editions/\`.
Every paper, key message, commentary piece and session names its symposium
(\`symposium: hsmc-2006\`); a paper names the edition it is part of, or is expected in, with
\`edition\`, and says with \`inEdition: confirmed\` only what the record shows. People belong
to the whole site. \`npm run new -- symposium "Title"\` and \`npm run new -- edition "Title"\`
start new ones; \`npm run new\` asks which symposium a new entry belongs to when there are
several, or takes \`--symposium\`. \`content/site.yaml\` holds the site's name, its clock and
its repository.`;

const DRAFTS = `## Drafts and embargoes

A symposium, edition, paper, key message, commentary piece or correction with \`draft: true\` is left out of the built
site: its page, every list and link to it, the search index and the editions. Everything of
a symposium waits for it. \`npm run dev\` shows it, with a "Draft" badge above its title. Delete the line to publish it.

With \`publishAt: 2031-06-01 09:00\` (a date, or a date and time, on the site's clock:
\`timeZone\` in \`content/site.yaml\`), the entry is left out until that time and
appears in the first build after it; \`npm run dev\` shows it with an "Embargoed until" badge.
A person appears once a published entry names them.

A published entry may not point to one that appears later (a key message citing a draft
paper, a link in a paper's text to an embargoed one): that link would lead nowhere, and
\`npm run check\` says so.`;

const FORMATS = `## Writing an entry's text

Papers, key messages and commentary are Markdown: fields between two \`---\` lines, then the
text. \`##\` starts a section and \`###\` a subsection (each appears in the page's contents);
a blank line separates paragraphs; footnotes are written \`[^1]\` with \`[^1]: The note.\` below.
A paper's references go in a section headed \`## ${REFERENCES_HEADING}\`, one reference to a list item:
archives and publishers' systems read that section as the paper's reference list (its JATS file, and
its Crossref deposit where the site registers DOIs). Write a reference's DOI in it, as
\`https://doi.org/10.…\`, and the deposit links the work it cites.
Link to another page of the site by its address, \`[the programme](/symposia/hsmc-2006/programme/)\`, or to a
heading in it, \`[why](/papers/shared-care-records/#why-a-shared-record)\`: the check
follows every such link.

Write an entry as \`.mdx\` (the default) to use the components below; \`.md\` is for text that
needs none and has no images. Both are read by the same schema and shown by the same pages.
In \`.mdx\`, \`<\` starts a tag and \`{\` starts code: write \`\\<\` and \`\\{\` for the characters.`;

/** The whole guide, as Markdown. */
export function editorsGuide(collections: DocumentedCollections): string {
	return [
		'# Editing the site',
		'',
		'<!-- Written by npm run guide from the schemas in src/schemas/. Change those and run it again; do not edit this file by hand. -->',
		'',
		"How editors publish the symposia's papers, key messages and commentary, and every field",
		"and component the site accepts. It is written from the site's own schemas, so it is never",
		'out of step with what `npm run check` asks for. `npm run dev` shows it at /editing/.',
		'',
		WORKFLOW,
		'',
		SERIES,
		'',
		DRAFTS,
		'',
		FORMATS,
		'',
		'## Components',
		'',
		'Components go in the text of an `.mdx` entry as they are, without importing them.',
		'`npm run check` checks each one: its name, its attributes and what is between its tags.',
		'',
		...componentSections(),
		'## Fields',
		'',
		'Every field each kind of entry takes. Leave out a field you do not know rather than',
		'guess: where the record is silent, the site says "not yet known".',
		'',
		...COLLECTION_NAMES.flatMap((name) => collectionSection(name, collections)),
	]
		.join('\n')
		.replace(/\n+$/, '\n');
}
