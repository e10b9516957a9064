import { closest } from 'fastest-levenshtein';

/** What the integrity check needs of an entry: Astro's entries have this shape. */
export interface CheckableEntry {
	id: string;
	filePath?: string | undefined;
	data: unknown;
}

export interface DanglingReference {
	file: string;
	field: string;
	collection: string;
	id: string;
	suggestion?: string;
}

interface Reference {
	id: string;
	collection: string;
}

function isReference(value: unknown): value is Reference {
	if (typeof value !== 'object' || value === null) return false;
	const keys = Object.keys(value);
	return (
		keys.length === 2 &&
		typeof (value as Reference).id === 'string' &&
		typeof (value as Reference).collection === 'string'
	);
}

/** Yields every reference in an entry's data with the path of the field that holds it. */
function* referencesIn(value: unknown, path: string): Generator<[string, Reference]> {
	if (isReference(value)) {
		yield [path, value];
	} else if (Array.isArray(value)) {
		for (const [index, item] of value.entries()) yield* referencesIn(item, `${path}[${index}]`);
	} else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
		for (const [key, item] of Object.entries(value)) yield* referencesIn(item, path ? `${path}.${key}` : key);
	}
}

/**
 * Astro's reference() checks only the shape of a reference, not that the entry
 * exists; a typo in an author's file name would otherwise build a page without
 * that author. The schemas are the only list of reference fields: this walks the
 * parsed data and finds every reference they produced.
 */
export function findDanglingReferences(collections: Record<string, readonly CheckableEntry[]>): DanglingReference[] {
	const known = new Map(Object.entries(collections).map(([name, entries]) => [name, entries.map((e) => e.id)]));
	const problems: DanglingReference[] = [];
	for (const entries of Object.values(collections)) {
		for (const entry of entries) {
			for (const [field, ref] of referencesIn(entry.data, '')) {
				const ids = known.get(ref.collection) ?? [];
				if (ids.includes(ref.id)) continue;
				const problem: DanglingReference = { file: entry.filePath ?? entry.id, field, collection: ref.collection, id: ref.id };
				if (ids.length > 0) problem.suggestion = closest(ref.id, ids);
				problems.push(problem);
			}
		}
	}
	return problems;
}

/** One paragraph per problem, in words an editor can act on. */
export function describeDanglingReference(problem: DanglingReference): string {
	const fix = problem.suggestion
		? `Did you mean "${problem.suggestion}"? Otherwise add a file named ${problem.id} to the ${problem.collection} folder.`
		: `Add a file named ${problem.id} to the ${problem.collection} folder, or remove it from ${problem.field}.`;
	return `${problem.file}: ${problem.field} names "${problem.id}", but there is no entry with that name in ${problem.collection}. ${fix}`;
}
