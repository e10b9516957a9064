/**
 * Turns every Zod issue in an entry into a sentence an editor can act on: what was
 * found, what was expected (the allowed values, the field's own .describe() note) and a
 * likely fix. Modelled on Starlight's utils/error-map.ts, with one difference: a
 * message here is one line per field, since the check prints a line per problem.
 */
import { z } from 'astro/zod';
import { suggest } from '../lib/suggest';

/** One wrong field of one entry. */
export interface FieldProblem {
	path: PropertyKey[];
	message: string;
}

export type Validation<T> = { success: true; data: T } | { success: false; problems: FieldProblem[] };

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

/**
 * The message of an issue whose schema gave none of its own. A schema's own words
 * (a DOI's or an ORCID iD's rules) take precedence over a parse's error map in Zod 4,
 * so every issue that arrives with this mark is ours to word.
 */
const UNWORDED = '\u0000';

export async function validate<T extends z.ZodType>(schema: T, data: unknown): Promise<Validation<z.output<T>>> {
	const result = await schema.safeParseAsync(data, { error: () => UNWORDED, reportInput: true });
	if (result.success) return { success: true, data: result.data };
	return { success: false, problems: result.error.issues.flatMap((issue) => describeIssue(issue, schema, [], data)) };
}

/** What the editor wrote at a path: a coercing schema (a session's start) reports its own Date instead. */
function writtenAt(data: unknown, path: PropertyKey[]): unknown {
	let value = data;
	for (const segment of path) value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[segment] : undefined;
	return value;
}

function describeIssue(original: Issue, root: AnySchema, base: PropertyKey[], data: unknown): FieldProblem[] {
	const path = [...base, ...original.path];
	const written = writtenAt(data, path);
	const issue = written === undefined ? original : ({ ...original, input: written } as Issue);
	if (issue.code === 'unrecognized_keys') {
		const known = Object.keys(shapeAt(root, path) ?? {});
		return issue.keys.map((key) => ({ path: [...path, key], message: unknownField(key, known) }));
	}
	if (issue.code === 'invalid_union' && issue.message === UNWORDED) {
		// When the value has the shape of one of the alternatives (a list, for a list or
		// "not-known"), what is wrong is inside it: report that, not the whole union.
		const inside = issue.errors.filter((branch) => branch.length > 0 && branch.every((inner) => inner.path.length > 0));
		if (inside.length === 1) return inside.flatMap((branch) => branch.flatMap((inner) => describeIssue(inner, root, path, data)));
	}
	if (issue.message !== UNWORDED) return [{ path, message: withFound(issue.message, issue.input) }];
	const chain = schemasAlong(root, path);
	const note = chain.map((schema) => z.globalRegistry.get(schema)?.description).findLast(Boolean);
	const optional = ['optional', 'default'].includes(chain.at(-1)?._zod.def.type ?? '');
	const message = issue.code === 'invalid_type' && issue.input === null ? `empty${optional ? ': fill it in, or remove the line' : ''}` : wordIssue(issue);
	return [{ path, message: note ? `${message}. ${note}` : message }];
}

function unknownField(key: string, known: string[]): string {
	const meant = suggest(key, known);
	if (meant) return `unknown field (did you mean "${meant}"?)`;
	return known.length > 0 ? `unknown field: the fields here are ${known.join(', ')}` : 'unknown field: this takes no fields';
}

function wordIssue(issue: Issue): string {
	switch (issue.code) {
		case 'invalid_type':
			if (issue.input === undefined) return 'missing';
			return `found ${found(issue.input)}, expected ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
		case 'invalid_value': {
			const allowed = issue.values.map((value) => JSON.stringify(value));
			const meant = typeof issue.input === 'string' ? suggest(issue.input, issue.values.map(String)) : undefined;
			const expected = allowed.length === 1 ? allowed[0] : `one of ${allowed.join(', ')}`;
			return `found ${found(issue.input)}, expected ${expected}${meant ? ` (did you mean "${meant}"?)` : ''}`;
		}
		case 'too_small':
			if (issue.origin === 'string' && issue.minimum === 1) return 'empty';
			if (issue.origin === 'array' && issue.minimum === 1) return 'an empty list, expected at least one item';
			return `found ${measure(issue.origin, issue.input)}, expected ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}`;
		case 'too_big':
			return `found ${measure(issue.origin, issue.input)}, expected ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`;
		case 'invalid_format':
			return `found ${found(issue.input)}, expected ${FORMAT_WORDS[issue.format] ?? `the ${issue.format} format`}`;
		case 'invalid_union': {
			// A required date or a list-or-"not-known" left out: Zod tries each kind and names them all.
			if (issue.input === undefined) return 'missing';
			const expected = new Set(issue.errors.flatMap(expectedOf));
			// YAML turns 2006 into a number; where text is accepted, so are numbers: no need to say so.
			if (expected.has('text')) expected.delete('a number');
			return `found ${found(issue.input)}, expected ${[...expected].join(' or ') || 'another kind of value'}`;
		}
		case 'not_multiple_of':
			return `found ${found(issue.input)}, expected a multiple of ${String(issue.divisor)}`;
		default:
			return `found ${found(issue.input)}, which is not allowed here`;
	}
}

const TYPE_WORDS: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list',
	object: 'fields indented under it',
	date: 'a date',
	null: 'nothing',
};

const FORMAT_WORDS: Record<string, string> = {
	url: 'a full web address starting with https://',
	email: 'an email address',
	regex: 'another form',
};

/** What each alternative of a union would have accepted, for "expected a list or "not-known"". */
function expectedOf(branch: Issue[]): string[] {
	return branch.flatMap((inner) => {
		if (inner.path.length > 0) return [];
		if (inner.code === 'invalid_type') return [TYPE_WORDS[inner.expected] ?? inner.expected];
		if (inner.code === 'invalid_value') return inner.values.map((value) => JSON.stringify(value));
		return [];
	});
}

/** A value as the editor wrote it, short enough for one line. */
function found(value: unknown): string {
	if (value === null) return 'an empty value';
	if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'no date' : value.toISOString().replace('T00:00:00.000Z', '');
	if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
	if (typeof value === 'object') {
		const entries = Object.entries(value);
		const small = entries.length <= 3 && entries.every(([, item]) => typeof item !== 'object' || item === null);
		return small ? found(entries.map(([key, item]) => `${key}: ${String(item)}`).join(', ')) : 'several fields';
	}
	return String(value);
}

function measure(origin: string, input: unknown): string {
	if (typeof input === 'string') return `${input.length} characters`;
	if (Array.isArray(input)) return `${input.length} items`;
	return origin === 'number' || origin === 'int' ? String(input) : found(input);
}

/** A schema's own message says what is wanted; add what was written when it does not already quote it. */
function withFound(message: string, input: unknown): string {
	const scalar = ['string', 'number', 'boolean'].includes(typeof input) || input instanceof Date;
	if (!scalar || message.includes(String(input)) || message.includes(found(input))) return message;
	return `found ${found(input)}. ${message}`;
}

/** The schema with its wrappers (optional, default, a transform's input) taken off. */
function unwrap(schema: AnySchema): AnySchema {
	const def = schema._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema; getter?: () => AnySchema };
	if (def.innerType) return unwrap(def.innerType);
	if (def.type === 'pipe' && def.in) return unwrap(def.in);
	if (def.type === 'lazy' && def.getter) return unwrap(def.getter());
	return schema;
}

/** The schema of one step down a path: an object's field, a list's item, the alternative that has it. */
function child(schema: AnySchema, segment: PropertyKey): AnySchema | undefined {
	const def = unwrap(schema)._zod.def as {
		type: string;
		shape?: Record<string, AnySchema>;
		element?: AnySchema;
		options?: AnySchema[];
		valueType?: AnySchema;
	};
	if (def.type === 'object') return def.shape?.[String(segment)];
	if (def.type === 'array') return def.element;
	if (def.type === 'record') return def.valueType;
	if (def.type === 'union') return def.options?.map((option) => child(option, segment)).find((found) => found !== undefined);
	return undefined;
}

/** The schemas met on the way down a path, outermost first; shorter when the path leaves the schema. */
function schemasAlong(root: AnySchema, path: PropertyKey[]): AnySchema[] {
	const chain: AnySchema[] = [];
	let schema = root;
	for (const segment of path) {
		const next = child(schema, segment);
		if (!next) break;
		chain.push(next);
		schema = next;
	}
	return chain;
}

function shapeAt(root: AnySchema, path: PropertyKey[]): Record<string, AnySchema> | undefined {
	const chain = schemasAlong(root, path);
	if (chain.length < path.length) return undefined;
	const schema = chain.at(-1) ?? root;
	const options = (unwrap(schema)._zod.def as { options?: AnySchema[] }).options ?? [schema];
	return options.map((option) => (unwrap(option)._zod.def as { shape?: Record<string, AnySchema> }).shape).find(Boolean);
}
