import type { ContentProblem } from '../../lib/content/problems';
import { formatFieldPath, type FieldPath } from '../../lib/content/field-paths';
import { readMaterialFile } from '../../lib/content/materials';
import type { Material } from '../../schemas/material';

/** What this check reads of an entry as the check reads it. */
interface Entry {
	collection: string;
	/** Absolute path, which a material's file is relative to. */
	path: string;
	file: string;
	data: unknown;
	lineOf(path: FieldPath): number | undefined;
}

/**
 * The files of talk materials, checked as images are: there, and more: of the format their
 * name says, and small enough for a reader to download. A material the schema refused has
 * its own line already.
 */
export function materialProblems(entries: readonly Entry[]): ContentProblem[] {
	return entries.flatMap((entry) => {
		const materials = (entry.data as { materials?: Material[] } | undefined)?.materials ?? [];
		return materials.flatMap((material, index): ContentProblem[] => {
			if (!material.file) return [];
			const read = readMaterialFile(entry.path, material.file);
			if (!('problem' in read)) return [];
			return [
				{ file: entry.file, line: entry.lineOf(['materials', index, 'file']), field: formatFieldPath(['materials', index, 'file']), message: read.problem },
			];
		});
	});
}
