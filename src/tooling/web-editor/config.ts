/**
 * The web editor's configuration (Decap CMS), made from the collection registry and the
 * schemas each time it is served: every collection and every field, with whether it is
 * required, its kind of input, its pattern and message, and its .describe() note as the
 * hint. Nothing here names a field, so the form cannot fall behind the schemas.
 */
import { z } from 'astro/zod';
import { COLLECTION_NAMES, COLLECTIONS, isEntryCollection, type Collection, type CollectionName } from '../../lib/content/collections';
import { entryHref } from '../../lib/urls';
import { annotationsOf, defaultOf, defOf, documentedSchema, referencedCollection, type AnySchema } from '../schema-docs';
import { fieldLabel } from './field-label';

/** A field of the form, as Decap CMS reads it (decapcms.org/docs/widgets/). */
export interface EditorField {
	name: string;
	label: string;
	widget: string;
	required?: boolean;
	hint?: string;
	default?: unknown;
	/** A regular expression the value must match, and what the form says when it does not. */
	pattern?: readonly [string, string];
	options?: string[];
	multiple?: boolean;
	min?: number;
	max?: number;
	value_type?: 'int' | 'float';
	collection?: string;
	value_field?: string;
	search_fields?: string[];
	display_fields?: string[];
	format?: string;
	fields?: EditorField[];
	field?: EditorField;
	collapsed?: boolean;
	choose_url?: boolean;
}

export interface EditorCollection {
	/** The collection's name, or for a list of its entries in a further extension, the name and that extension: papers-md. */
	name: string;
	label: string;
	label_singular: string;
	description?: string;
	folder?: string;
	extension?: string;
	format: 'frontmatter' | 'yaml';
	create?: boolean;
	slug?: string;
	identifier_field?: string;
	/** Where a saved entry can be seen on the site (the dev server, or the pull request's preview). */
	preview_path?: string;
	/**
	 * Media beside the entry's file, where the schemas expect a portrait or a talk's slides or
	 * poster. Decap names a file it saves by its name alone (it joins public_folder and the
	 * name with path.join, which drops a leading ./), and the check and the site read such a
	 * name as the file beside the entry, as they read ./name.
	 */
	media_folder?: string;
	public_folder?: string;
	files?: { name: string; label: string; file: string; fields: EditorField[] }[];
	fields?: EditorField[];
	editor?: { preview: boolean };
}

/** Where edits go: the local working copy through this project's proxy, or GitHub, a branch and pull request per entry. */
export type EditorBackend =
	{ name: 'proxy'; proxy_url: string; branch: string } | { name: 'github'; repo: string; branch: string; base_url: string; auth_endpoint: string };

export interface EditorConfig {
	backend: EditorBackend;
	publish_mode?: 'editorial_workflow';
	site_url?: string;
	media_folder: string;
	collections: EditorCollection[];
}

/**
 * Collections the form leaves out, and why: Decap CMS edits files whose top level is a
 * group of fields, not a list (decaporg/decap-cms#531).
 */
export const NOT_IN_EDITOR: Partial<Record<CollectionName, string>> = {
	synonyms: 'content/search/synonyms.yaml is a list at its top level, which Decap CMS cannot edit; edit it as a file (EDITING.md).',
};

/** The field of each collection an entry is known by in lists and relation pickers. */
const identifierOf = (fields: EditorField[]) => (fields.some((field) => field.name === 'title') ? 'title' : 'name');

/** A note shown with a field; Decap shows nothing for an empty hint. */
const hintOf = (description: string | undefined) => (description ? { hint: description } : {});

/** What the form says when a check fails: Zod keeps a check's message as a function of the issue. */
function messageOf(check: { error?: unknown }): string | undefined {
	if (typeof check.error !== 'function') return undefined;
	const said = (check.error as (issue: unknown) => unknown)({});
	return typeof said === 'string' ? said : typeof said === 'object' && said !== null && 'message' in said ? String(said.message) : undefined;
}

interface CheckDef {
	check: string;
	format?: string;
	pattern?: RegExp;
	minimum?: number;
	maximum?: number;
	error?: unknown;
}

const checksOf = (schema: AnySchema): CheckDef[] => ((defOf(schema) as { checks?: { _zod: { def: CheckDef } }[] }).checks ?? []).map((check) => check._zod.def);

/** The first pattern a text must match, with its message: a regex check, or a url's address. */
function patternOf(schema: AnySchema): readonly [string, string] | undefined {
	for (const check of checksOf(schema)) {
		if (check.format === 'regex' && check.pattern) return [check.pattern.source, messageOf(check) ?? `Write it as ${check.pattern.source}.`];
	}
	const def = defOf(schema) as { format?: string; error?: unknown };
	if (def.format === 'url') return ['^https?://\\S+$', messageOf(def) ?? 'Write a full web address starting with https://.'];
	return undefined;
}

/** How many items a list takes, from its length checks. */
function lengthOf(schema: AnySchema): { min?: number; max?: number } {
	const limits: { min?: number; max?: number } = {};
	for (const check of checksOf(schema)) {
		if (check.check === 'min_length' && check.minimum !== undefined) limits.min = check.minimum;
		if (check.check === 'max_length' && check.maximum !== undefined) limits.max = check.maximum;
	}
	return limits;
}

/** The schema under optional, default and nullable, and the input side of a transform. */
function valueSchema(schema: AnySchema): AnySchema {
	const def = defOf(schema);
	if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') return valueSchema(def.innerType!);
	if (def.type === 'pipe') return valueSchema(def.in!);
	return schema;
}

/**
 * The fields entries of another collection are chosen by: people by name, everything else by title. A session
 * shows its symposium too: Decap cannot narrow one field's choices by another's value, so the picker offers every
 * symposium's sessions, and the check refuses a paper given a session of another symposium.
 */
const LABEL_FIELDS: Partial<Record<CollectionName, string[]>> = { people: ['name'], sessions: ['title', 'symposium'] };

function relationTo(collection: string): Pick<EditorField, 'widget' | 'collection' | 'value_field' | 'search_fields' | 'display_fields'> {
	const labels = LABEL_FIELDS[collection as CollectionName] ?? ['title'];
	return { widget: 'relation', collection, value_field: '{{slug}}', search_fields: labels, display_fields: labels };
}

/** A text written in sentences, judged by its example: a summary, not a name or a title. */
const SENTENCE = /[.!?]$/;

/**
 * The input for one value, and what it accepts. Within a group of fields that may be left
 * out (`loose`), nothing is required of the form: Decap CMS would require a group's
 * fields even when the whole group is empty, so there the check asks for them instead.
 */
function inputFor(schema: AnySchema, said: ReturnType<typeof annotationsOf>, loose = false): Omit<EditorField, 'name' | 'label'> {
	if (said.image) return { widget: 'image', choose_url: false };
	if (said.file) return { widget: 'file', choose_url: false };
	if (said.pattern) return { widget: 'string', pattern: said.pattern };
	const collection = referencedCollection(schema);
	if (collection) return relationTo(collection);
	const value = valueSchema(schema);
	const def = defOf(value);
	switch (def.type) {
		case 'string': {
			const pattern = patternOf(value);
			const example = said.examples?.[0];
			const long = !pattern && typeof example === 'string' && SENTENCE.test(example);
			return { widget: long ? 'text' : 'string', ...(pattern ? { pattern } : {}) };
		}
		case 'number': {
			const { isInt, minValue } = value as unknown as { isInt?: boolean; minValue?: number | null };
			const min = typeof minValue === 'number' && Number.isFinite(minValue) ? Math.ceil(minValue) : undefined;
			return { widget: 'number', value_type: isInt ? 'int' : 'float', ...(min === undefined ? {} : { min }) };
		}
		case 'boolean':
			return { widget: 'boolean' };
		case 'date':
			// A moment with its offset from UTC, as a session's start is written.
			return { widget: 'datetime', format: 'YYYY-MM-DDTHH:mm:ssZ' };
		case 'enum':
			return { widget: 'select', options: Object.values(def.entries ?? {}) };
		case 'literal':
			return { widget: 'select', options: (def.values ?? []).map(String) };
		case 'array': {
			const element = def.element!;
			const item = inputFor(element, annotationsOf(element), loose);
			const limits = loose ? {} : lengthOf(value);
			if (item.widget === 'relation' || item.widget === 'select') return { ...item, multiple: true, ...limits };
			// Open, so every field of every item is in view: lists here are short.
			if (item.fields) return { widget: 'list', collapsed: false, fields: item.fields, ...limits };
			return { widget: 'list', field: { name: 'item', label: 'Item', ...item }, ...limits };
		}
		case 'union': {
			// The form offers the option that holds values (a list of people), not a word standing for none (not-known).
			const options = def.options ?? [];
			const chosen = options.find((option) => defOf(valueSchema(option)).type !== 'literal') ?? options[0]!;
			return inputFor(chosen, { ...said, ...annotationsOf(chosen) }, loose);
		}
		case 'object':
			return { widget: 'object', fields: editorFields(value, loose) };
		default:
			return { widget: 'string' };
	}
}

/** Every field of an object schema, in the schema's order, as the form shows them. */
export function editorFields(schema: AnySchema, loose = false): EditorField[] {
	const shape = defOf(schema).shape ?? {};
	return Object.entries(shape).map(([name, field]) => {
		const said = annotationsOf(field);
		const optional = (field as z.ZodType).safeParse(undefined).success;
		const required = !loose && !optional;
		const fallback = defaultOf(field);
		const worthStating = fallback !== undefined && !(typeof fallback === 'object' && fallback !== null && Object.keys(fallback).length === 0);
		return {
			name,
			label: fieldLabel(name, said.description),
			// A group that may be left out makes its own fields optional to the form.
			...inputFor(field, said, loose || (optional && defOf(valueSchema(field)).type === 'object')),
			required,
			...hintOf(said.description),
			...(worthStating ? { default: fallback } : {}),
		};
	});
}

/** A collection's schema as the form reads it: the image() helper stands for a file chosen from the media library. */
function formSchema(schema: unknown): AnySchema {
	return documentedSchema(schema, () => z.string().meta({ image: true })) as AnySchema;
}

/** The text below an entry's fields, for the collections whose files are Markdown or MDX; a .md file holds plain Markdown only. */
function bodyField(extension: string): EditorField {
	const text =
		extension === '.md'
			? "The entry's text, in plain Markdown: a .md file shows no images or components (EDITING.md)."
			: "The entry's text, in Markdown, with the components <Figure>, <KeyPoint>, <Quote> and <CrossRef> (EDITING.md explains them).";
	return { name: 'body', label: fieldLabel('body'), widget: 'text', required: false, hint: `${text} Leave it empty for a paper held only as a record.` };
}

export interface EditorConfigOptions {
	/** The content folder, relative to the repository's root, as the saved files' paths start: "content". */
	contentPath: string;
	backend: EditorBackend;
	/** The site where a saved entry is previewed: the dev server, or the deployed site's address. */
	siteUrl?: string | undefined;
	/** The extensions each collection's entries are written in (extensions-in-use.ts): a further one than the first gets a list of its own. */
	extensionsInUse?: Partial<Record<CollectionName, readonly string[]>>;
}

/** The editor's configuration for the collections of content.config.ts. */
export function editorConfig(collections: Readonly<Record<string, { schema?: unknown }>>, options: EditorConfigOptions): EditorConfig {
	const { contentPath, backend, siteUrl, extensionsInUse = {} } = options;
	const inEditor = COLLECTION_NAMES.filter((name) => !(name in NOT_IN_EDITOR));
	return {
		backend,
		...(backend.name === 'github' ? { publish_mode: 'editorial_workflow' as const } : {}),
		...(siteUrl ? { site_url: siteUrl } : {}),
		// Decap asks for one; each collection below puts its media beside its entries instead.
		media_folder: contentPath,
		collections: inEditor.flatMap((name) => editorCollections(name, formSchema(collections[name]?.schema), contentPath, extensionsInUse[name] ?? [])),
	};
}

/**
 * A collection as the editor lists it. Decap lists a folder's files of one extension a list
 * (its `extension`), so entries written in a further extension the registry allows (a paper
 * as .md beside the .mdx ones) are a second list, there while the folder has any: edited as
 * the others, saved to the same file, but not created there, as a new entry takes the first
 * extension, as `npm run new` writes it.
 */
function editorCollections(name: CollectionName, schema: AnySchema, contentPath: string, inUse: readonly string[]): EditorCollection[] {
	const collection: Collection = COLLECTIONS[name];
	const { files, noun, guideTitle } = collection;
	const fields = editorFields(schema);
	const description = annotationsOf(schema).description;
	const common = { name, label: guideTitle, label_singular: noun.one, ...(description ? { description } : {}), editor: { preview: false } };
	const folder = [contentPath, files.folder].filter((part) => part !== '.').join('/');
	if ('file' in files) return [{ ...common, format: 'yaml', files: [{ name, label: guideTitle, file: `${folder}/${files.file}`, fields }] }];
	const [first, ...others] = files.extensions;
	const list = (extension: string): EditorCollection => {
		const prose = extension === '.mdx' || extension === '.md';
		return {
			...common,
			folder,
			extension: extension.slice(1),
			format: prose ? 'frontmatter' : 'yaml',
			create: true,
			slug: '{{slug}}',
			identifier_field: identifierOf(fields),
			...(isEntryCollection(name) ? { preview_path: entryHref({ collection: name, id: '{{slug}}' }).slice(1) } : {}),
			media_folder: '',
			public_folder: '',
			fields: prose ? [...fields, bodyField(extension)] : fields,
		};
	};
	const further = others.filter((extension) => inUse.includes(extension));
	return [
		list(first!),
		...further.map((extension) => ({
			...list(extension),
			name: `${name}-${extension.slice(1)}`,
			label: `${guideTitle} in ${extension} files`,
			label_singular: `${noun.one} in a ${extension} file`,
			description: `${guideTitle} written as ${extension} files rather than ${first}. A new ${noun.one} is made under ${guideTitle}, as a ${first} file.`,
			create: false,
		})),
	];
}
