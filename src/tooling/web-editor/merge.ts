/**
 * Writes what the web editor saves as an editor would have written it by hand. Decap CMS
 * sends the whole file, made afresh from the form, which would drop the file's comments,
 * reorder its fields, refold its long lines and add every empty field and default. Here
 * the saved values are merged into the file as it is: a field that did not change keeps
 * its exact text (comments, folding, quotes), a changed field is rewritten in place, a new
 * one goes where the schema orders it, and fields left empty or at their default stay out.
 */
import { isMap, isScalar, isSeq, parse, parseDocument, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { defaultOf, defOf, type AnySchema } from '../schema-docs';

export type SavedFormat = 'frontmatter' | 'yaml';

/** Front matter between --- lines, then the text. */
const FRONT_MATTER = /^---\r?\n([\s\S]*?)^---\r?\n?([\s\S]*)$/m;

function splitFile(text: string, format: SavedFormat): { yaml: string; body: string | undefined } {
	if (format === 'yaml') return { yaml: text, body: undefined };
	const match = FRONT_MATTER.exec(text);
	return match ? { yaml: match[1]!, body: match[2]! } : { yaml: '', body: text };
}

/** The schema under optional, default and nullable, and the input side of a transform. */
function valueSchema(schema: AnySchema): AnySchema {
	const def = defOf(schema);
	if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') return valueSchema(def.innerType!);
	if (def.type === 'pipe') return valueSchema(def.in!);
	return schema;
}

/** The fields of a group of fields, or of each item of a list of groups; a union's group where it has one. */
function shapeOf(schema: AnySchema | undefined): Record<string, AnySchema> {
	if (!schema) return {};
	const value = valueSchema(schema);
	const def = defOf(value);
	if (def.type === 'object') return def.shape ?? {};
	if (def.type === 'array') return shapeOf(def.element);
	if (def.type === 'union') return Object.assign({}, ...(def.options ?? []).map((option) => shapeOf(option)));
	return {};
}

const isEmpty = (value: unknown) =>
	value === undefined ||
	value === null ||
	value === '' ||
	(Array.isArray(value) && value.length === 0) ||
	(typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0);

function sameValue(a: unknown, b: unknown): boolean {
	if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
	if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && !Array.isArray(a) && !Array.isArray(b)) {
		const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
		return [...keys].every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
	}
	// A year read as a number and typed back as text is the same value to the schema.
	return a === b || (a !== null && b !== null && typeof a !== 'object' && typeof b !== 'object' && String(a) === String(b));
}

/**
 * A value as the form sent it, without what an editor would not write: empty fields, and
 * fields at their default that the file did not have. A year the schema takes as a
 * number is written as one (`when: 2031`, not `when: "2031"`).
 */
function cleaned(value: unknown, schema: AnySchema | undefined, before: unknown): unknown {
	if (Array.isArray(value))
		return value.map((item, index) => cleaned(item, schema && defOf(valueSchema(schema)).element, (before as unknown[] | undefined)?.[index]));
	if (typeof value === 'object' && value !== null) {
		const shape = shapeOf(schema);
		const had = (typeof before === 'object' && before !== null ? before : {}) as Record<string, unknown>;
		const kept: Record<string, unknown> = {};
		// In the schema's order, so that a new field lands where the guide and `npm run new` put it.
		const order = Object.keys(shape);
		const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
		for (const [key, inner] of Object.entries(value).sort(([a], [b]) => rank(a) - rank(b))) {
			const result = cleaned(inner, shape[key], had[key]);
			if (isEmpty(result)) continue;
			const fallback = shape[key] && defaultOf(shape[key]);
			if (!(key in had) && fallback !== undefined && sameValue(result, fallback)) continue;
			kept[key] = result;
		}
		return kept;
	}
	if (
		typeof value === 'string' &&
		/^\d+$/.test(value) &&
		schema &&
		(schema as unknown as { safeParse(v: unknown): { success: boolean } }).safeParse(Number(value)).success
	) {
		return Number(value);
	}
	return value;
}

const keyOf = (pair: Pair<unknown, unknown>) => String(isScalar(pair.key) ? pair.key.value : pair.key);

/**
 * Puts the saved values (in the schema's order) into a YAML node, changing only what
 * differs and keeping the order of what stays: a new field goes after the field before it
 * in the schema's order that the file has, or first.
 */
function mergeMap(doc: Document, map: YAMLMap, next: Record<string, unknown>): void {
	for (const pair of [...map.items]) if (!(keyOf(pair) in next)) map.delete(keyOf(pair));
	let previous = -1;
	for (const [key, value] of Object.entries(next)) {
		const index = map.items.findIndex((pair) => keyOf(pair) === key);
		if (index === -1) {
			map.items.splice(previous + 1, 0, doc.createPair(key, value) as Pair<unknown, unknown>);
			previous += 1;
			continue;
		}
		previous = index;
		mergeValue(doc, map.items[index]!, value);
	}
}

function mergeValue(doc: Document, pair: Pair<unknown, unknown>, value: unknown): void {
	const node = pair.value as Node | null;
	const current = node && typeof (node as { toJSON?: unknown }).toJSON === 'function' ? (node as { toJSON(): unknown }).toJSON() : node;
	if (sameValue(current, value)) return;
	if (isMap(node) && typeof value === 'object' && value !== null && !Array.isArray(value)) return mergeMap(doc, node, value as Record<string, unknown>);
	if (isSeq(node) && Array.isArray(value)) {
		node.items.splice(value.length);
		value.forEach((item, index) => {
			const existing = node.items[index] as Node | undefined;
			if (isMap(existing) && typeof item === 'object' && item !== null && !Array.isArray(item)) mergeMap(doc, existing, item as Record<string, unknown>);
			else if (!existing || !sameValue((existing as { toJSON(): unknown }).toJSON(), item)) node.items[index] = doc.createNode(item);
		});
		return;
	}
	pair.value = doc.createNode(value);
}

interface Chunk {
	key: string;
	text: string;
}

/**
 * A YAML text cut at its top-level fields: what comes before the first, then each field
 * with the comment lines just above it. Joined again, the chunks are the text.
 */
function chunksOf(text: string): { head: string; chunks: Chunk[] } {
	const doc = parseDocument(text);
	const pairs = isMap(doc.contents) ? doc.contents.items : [];
	const starts = pairs.map((pair) => {
		let start = text.lastIndexOf('\n', (pair.key as Node).range![0] - 1) + 1;
		// The comment lines right above a field belong to it.
		while (start > 0) {
			const above = text.lastIndexOf('\n', start - 2) + 1;
			if (!text.slice(above, start).startsWith('#')) break;
			start = above;
		}
		return start;
	});
	const chunks = pairs.map((pair, index) => ({
		key: keyOf(pair),
		text: text.slice(starts[index], starts[index + 1] ?? text.length),
	}));
	return { head: text.slice(0, starts[0] ?? text.length), chunks };
}

/** Ends a non-empty text with one line break, as a file's fields end. */
const endLine = (text: string) => (text === '' || text.endsWith('\n') ? text : `${text}\n`);

/**
 * The file to write: `saved` (the file Decap CMS made from the form) merged into
 * `existing` (the file as it is, or undefined for a new entry) for a collection whose
 * entries `schema` describes.
 */
export function mergeSaved(existing: string | undefined, saved: string, format: SavedFormat, schema: AnySchema): string {
	const incoming = splitFile(saved, format);
	const before = existing === undefined ? { yaml: '', body: format === 'yaml' ? undefined : '' } : splitFile(existing, format);
	const beforeData: unknown = parse(before.yaml) ?? {};
	const next = cleaned(parse(incoming.yaml) ?? {}, schema, beforeData) as Record<string, unknown>;

	const doc: Document = parseDocument(before.yaml);
	if (!isMap(doc.contents)) doc.contents = doc.createNode({});
	mergeMap(doc, doc.contents as YAMLMap, next);
	const rewritten = doc.toString();

	// Fields whose value did not change keep their exact text; changed and new ones take the rewritten text.
	const old = chunksOf(endLine(before.yaml));
	const now = chunksOf(rewritten);
	const oldByKey = new Map(old.chunks.map((chunk) => [chunk.key, chunk.text]));
	const beforeValues = (typeof beforeData === 'object' && beforeData !== null ? beforeData : {}) as Record<string, unknown>;
	const yaml =
		old.head + now.chunks.map(({ key, text }) => (oldByKey.has(key) && sameValue(beforeValues[key], next[key]) ? endLine(oldByKey.get(key)!) : text)).join('');

	if (format === 'yaml') return yaml;
	const body = incoming.body ?? '';
	// The form may drop or add a final line break: a text that is otherwise the same stays as it was.
	const keptBody = before.body !== undefined && before.body.trim() === body.trim() ? before.body : body === '' ? '' : endLine(body);
	return `---\n${yaml}---\n${keptBody}`;
}
