import { nounOf } from './collections';
import { fieldsOf } from './field-paths';
import { suggest } from '../suggest';

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

export function isReference(value: unknown): value is Reference {
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
	const known = new Map(Object.entries(collections).map(([name, entries]) => [name, new Set(entries.map((e) => e.id))]));
	const problems: DanglingReference[] = [];
	for (const entries of Object.values(collections)) {
		for (const entry of entries) {
			for (const [field, ref] of fieldsOf(entry.data)) {
				if (!isReference(ref)) continue;
				const ids = known.get(ref.collection) ?? new Set<string>();
				if (ids.has(ref.id)) continue;
				const problem: DanglingReference = { file: entry.filePath ?? entry.id, field, collection: ref.collection, id: ref.id };
				const sibling = collections[ref.collection]?.find((e) => e.filePath)?.filePath;
				if (sibling) problem.expectedFile = sibling.replace(/[^/]+(\.\w+)$/, `${ref.id}$1`);
				const meant = suggest(ref.id, [...ids]);
				if (meant) problem.suggestion = meant;
				problems.push(problem);
			}
		}
	}
	return problems;
}

/** The problem in words an editor can act on; the caller puts the file and field in front. */
export function describeDanglingReference(problem: DanglingReference): string {
	const missing = `no ${nounOf(problem.collection) ?? `entry in ${problem.collection}`} "${problem.id}"`;
	if (problem.suggestion) return `${missing} (did you mean "${problem.suggestion}"?)`;
	const create = problem.expectedFile ?? `an entry named ${problem.id} in ${problem.collection}`;
	return `${missing}: correct the name, or create ${create}`;
}
