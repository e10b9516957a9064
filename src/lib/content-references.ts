import { closest } from 'fastest-levenshtein';
import { fieldsOf } from './field-paths';

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
	/** Where the missing entry would live, e.g. content/people/jane-doe.yaml, when the collection shows it. */
	expectedFile?: string;
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
			for (const [field, ref] of fieldsOf(entry.data)) {
				if (!isReference(ref)) continue;
				const ids = known.get(ref.collection) ?? [];
				if (ids.includes(ref.id)) continue;
				const problem: DanglingReference = { file: entry.filePath ?? entry.id, field, collection: ref.collection, id: ref.id };
				const sibling = collections[ref.collection]?.find((e) => e.filePath)?.filePath;
				if (sibling) problem.expectedFile = sibling.replace(/[^/]+(\.\w+)$/, `${ref.id}$1`);
				if (ids.length > 0) problem.suggestion = closest(ref.id, ids);
				problems.push(problem);
			}
		}
	}
	return problems;
}

/** One paragraph per problem, in words an editor can act on. */
export function describeDanglingReference(problem: DanglingReference): string {
	const missing = problem.expectedFile ?? `an entry named ${problem.id} in ${problem.collection}`;
	const fix = problem.suggestion
		? `Did you mean "${problem.suggestion}"? Otherwise create ${missing}.`
		: `Create ${missing}, or remove it from ${problem.field}.`;
	return `${problem.file}: ${problem.field} names "${problem.id}", but there is no entry with that name in ${problem.collection}. ${fix}`;
}
