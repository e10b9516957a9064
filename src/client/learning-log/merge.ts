import type { Entry } from './entry';

export interface Merge {
	/** The entries to write: new ones, and ones the file has a later edit of. */
	write: Entry[];
	added: number;
	updated: number;
	/** Entries of the file that the log already has, as they are or in a later edit. */
	unchanged: number;
}

/**
 * Merges imported entries into a log by id, so importing the same file twice adds
 * nothing. Where both have an entry, the later edit wins. Ids in `keep` (stored
 * entries this page cannot read) are never overwritten.
 */
export function mergeEntries(existing: readonly Entry[], incoming: readonly Entry[], keep: ReadonlySet<string> = new Set()): Merge {
	const before = new Map(existing.map((entry) => [entry.id, entry]));
	const latest = new Map(before);
	const write = new Map<string, Entry>();
	for (const entry of incoming) {
		const current = latest.get(entry.id);
		if (keep.has(entry.id) || (current && Date.parse(current.updated) >= Date.parse(entry.updated))) continue;
		latest.set(entry.id, entry);
		write.set(entry.id, entry);
	}
	const written = [...write.values()];
	const added = written.filter((entry) => !before.has(entry.id)).length;
	return { write: written, added, updated: written.length - added, unchanged: incoming.length - written.length };
}
