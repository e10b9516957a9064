/**
 * The fields of a collection as an editor needs to know them, read from its schema:
 * name, whether it is required, what kind of value it takes, what it means (the
 * field's .describe() note) and an example. The editors' guide and `npm run new` are
 * written from this, so neither keeps a second list of fields.
 */
import { z } from 'astro/zod';
import { isReference } from '../lib/content/references';

export interface FieldDoc {
	/** As an editor writes it: "journal.volume", "affiliations[].when". */
	path: string;
	/** The key alone, for writing YAML: "volume". */
	key: string;
	required: boolean;
	/** The kind of value, in words: "text", "one of presented, accepted, published". */
	type: string;
	description: string | undefined;
	/** The value an editor leaving it out gets. */
	default: unknown;
	/** A value as an editor might write it: text, a number, true or false, or a list of those. Undefined for a group of fields. */
	example: unknown;
	/** The fields of a group, or of each item of a list of groups. */
	fields: FieldDoc[];
	/** Whether the value is a list (of values, or of groups of fields). */
	list: boolean;
}

export type AnySchema = z.core.$ZodType;

export interface Meta {
	description?: string | undefined;
	valueType?: string | undefined;
	examples?: unknown[] | undefined;
	/** For a value a plain pattern cannot be read from (a transform): the pattern it must match, and what to write instead, as a form shows them. */
	pattern?: readonly [string, string] | undefined;
	/** An image file beside the entry, chosen in the web editor from its media. */
	image?: true | undefined;
	/** Any other file beside the entry (a talk's slides), chosen in the web editor from its media. */
	file?: true | undefined;
}

/** An entry's file name in each collection, for examples; the same names as the fixtures and the README. */
const EXAMPLE_IDS: Readonly<Record<string, string>> = {
	people: 'jane-doe',
	sessions: 'opening-plenary',
	papers: 'shared-care-records',
	messages: 'share-the-record',
	commentary: 'fixture-weekly-report',
};

const meta = (schema: AnySchema): Meta => (z.globalRegistry.get(schema) ?? {}) as Meta;
export const defOf = (schema: AnySchema) =>
	schema._zod.def as {
		type: string;
		innerType?: AnySchema;
		in?: AnySchema;
		shape?: Record<string, AnySchema>;
		element?: AnySchema;
		options?: AnySchema[];
		entries?: Record<string, string>;
		values?: unknown[];
		defaultValue?: unknown;
	};

/** The first example an editor's note gives: 'e.g. "Helen Dickinson"' or 'e.g. 375-383'. */
function exampleInNote(note: string | undefined): string | undefined {
	const match = /\be\.g\. (?:"([^"]+)"|([^\s,;"[]+?)(?=[.,;)]?(?:\s|$)))/.exec(note ?? '');
	return match?.[1] ?? match?.[2];
}

/** The entry collection a reference() schema points to: Astro's reference turns a file name into { id, collection }. */
export function referencedCollection(schema: AnySchema): string | undefined {
	const result = (schema as z.ZodType).safeParse('example');
	return result.success && isReference(result.data) ? result.data.collection : undefined;
}

interface ValueDoc {
	type: string;
	example: unknown;
	fields: FieldDoc[];
	list: boolean;
}

/** A value's kind and an example, given what its schema and the wrappers around it say of it. */
function valueDoc(schema: AnySchema, said: Meta): ValueDoc {
	const def = defOf(schema);
	const given = said.examples?.[0] ?? exampleInNote(said.description);
	if (said.valueType) return { type: said.valueType, example: given, fields: [], list: false };
	const collection = referencedCollection(schema);
	if (collection) return { type: `a file name in ${collection}/, without its extension`, example: EXAMPLE_IDS[collection], fields: [], list: false };
	switch (def.type) {
		case 'optional':
		case 'default':
		case 'nullable':
			return valueDoc(def.innerType!, said);
		case 'pipe':
			return valueDoc(def.in!, said);
		case 'string':
			return {
				type: (def as { format?: string }).format === 'url' ? 'a web address, starting with https://' : 'text',
				example: given,
				fields: [],
				list: false,
			};
		case 'number':
			return { type: (schema as { isInt?: boolean }).isInt ? 'a whole number' : 'a number', example: given ?? 1, fields: [], list: false };
		case 'boolean':
			return { type: 'true or false', example: true, fields: [], list: false };
		case 'enum': {
			const values = Object.values(def.entries ?? {});
			return { type: `one of ${values.join(', ')}`, example: values[0], fields: [], list: false };
		}
		case 'literal':
			return { type: (def.values ?? []).map(String).join(' or '), example: def.values?.[0], fields: [], list: false };
		case 'array': {
			// An example given for the list is its items; one given for an item is one item.
			const items = Array.isArray(given) ? given : undefined;
			const item = valueDoc(def.element!, { ...annotationsOf(def.element!), ...(items || given === undefined ? {} : { examples: [given] }) });
			return {
				type: item.fields.length > 0 ? 'a list of groups of fields' : `a list, each item ${item.type}`,
				example: items ?? (item.example === undefined ? undefined : [item.example]),
				fields: item.fields,
				list: true,
			};
		}
		case 'union': {
			const options = (def.options ?? []).map((option) => valueDoc(option, { ...said, ...annotationsOf(option) }));
			const withFields = options.find((option) => option.fields.length > 0);
			return {
				type: options.map((option) => option.type).join(', or '),
				example: options[0]?.example,
				fields: withFields?.fields ?? [],
				list: options.some((option) => option.list),
			};
		}
		case 'object':
			return { type: 'fields, indented under it', example: undefined, fields: fieldDocs(schema), list: false };
		default:
			return { type: 'a value', example: given, fields: [], list: false };
	}
}

/**
 * What a field's schema and its wrappers say of it, the outermost first: .describe() and
 * .meta() usually come last, on the optional or default around the value.
 */
export function annotationsOf(schema: AnySchema): Meta {
	const found: Meta = {};
	for (let current: AnySchema | undefined = schema; current;) {
		const { description, examples, valueType, pattern, image, file } = meta(current);
		found.description ??= description;
		found.examples ??= examples;
		found.valueType ??= valueType;
		found.pattern ??= pattern;
		found.image ??= image;
		found.file ??= file;
		const def = defOf(current);
		current = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
	}
	return found;
}

export function defaultOf(schema: AnySchema): unknown {
	for (let current: AnySchema | undefined = schema; current; current = defOf(current).innerType) {
		const def = defOf(current);
		if (def.type === 'default') return typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
	}
	return undefined;
}

/** A group's field, and the fields within it at any depth, as written under the group: "checkedAgainst[].showed[].facts". */
function underParent(doc: FieldDoc, parent: string): FieldDoc {
	return { ...doc, path: `${parent}.${doc.path}`, fields: doc.fields.map((inner) => underParent(inner, parent)) };
}

/** Every field of an object schema (a collection's, or a group's), in the schema's order, groups with their fields. */
export function fieldDocs(schema: AnySchema, parent = ''): FieldDoc[] {
	const shape = defOf(schema).shape ?? {};
	return Object.entries(shape).map(([key, field]) => {
		const path = parent ? `${parent}.${key}` : key;
		const said = annotationsOf(field);
		const description = said.description;
		const value = valueDoc(field, said);
		const fallback = defaultOf(field);
		const optional = (field as z.ZodType).safeParse(undefined).success;
		const fields = value.fields.map((inner) => underParent(inner, `${path}${value.list ? '[]' : ''}`));
		return {
			path,
			key,
			required: !optional,
			type: value.type,
			description,
			// An empty list or group is no default worth stating.
			default: typeof fallback === 'object' && fallback !== null && Object.keys(fallback).length === 0 ? undefined : fallback,
			example: value.example,
			fields,
			list: value.list,
		};
	});
}

/**
 * A collection's schema ready to document: a schema written as a function of Astro's
 * image() helper (a person's photo) is given one that stands for "an image file" (the
 * web editor's stands for a file chosen from its media).
 */
export function documentedSchema(
	schema: unknown,
	image = () => z.string().meta({ valueType: 'the file name of an image in the same folder, starting ./' }),
): z.ZodType {
	if (typeof schema !== 'function') return schema as z.ZodType;
	return (schema as (context: { image: typeof image }) => z.ZodType)({ image });
}
