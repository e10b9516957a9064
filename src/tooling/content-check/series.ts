import type { FieldPath } from '../../lib/content/field-paths';
import type { ContentProblem } from '../../lib/content/problems';

/** What these checks need of an entry as the check reads it. */
interface Entry {
	collection: string;
	id: string;
	file: string;
	data: unknown;
	lineOf(path: FieldPath): number | undefined;
}

interface Ref {
	id: string;
}

/** What the series checks read of an entry: the references its schema made, as far as the entry is valid. */
type Fields = { symposium?: Ref; session?: Ref; edition?: Ref; shortTitle?: string; symposia?: Ref[] };

const fieldsOf = (entry: Entry) => (entry.data ?? {}) as Fields;

/**
 * What ties the series together, across files: a paper's session and edition belong to
 * its own symposium, and no two symposia share a short name, which lists, tabs and the
 * Symposium search filter tell them apart by. A reference to an entry that does not exist
 * is the reference check's to name.
 */
export function seriesProblems(entries: readonly Entry[]): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const byKey = new Map(entries.map((entry) => [`${entry.collection}/${entry.id}`, entry]));
	const at = (entry: Entry, field: string, message: string) => problems.push({ file: entry.file, line: entry.lineOf([field]), field, message });

	for (const paper of entries.filter((entry) => entry.collection === 'papers')) {
		const { symposium, session, edition } = fieldsOf(paper);
		// A symposium that does not exist is the reference check's to name.
		if (!symposium || !byKey.has(`symposia/${symposium.id}`)) continue;
		const sessionEntry = session && byKey.get(`sessions/${session.id}`);
		const sessionSymposium = sessionEntry && fieldsOf(sessionEntry).symposium;
		if (sessionSymposium && sessionSymposium.id !== symposium.id && byKey.has(`symposia/${sessionSymposium.id}`)) {
			at(
				paper,
				'session',
				`the session "${session!.id}" (${sessionEntry!.file}) is in the programme of ${sessionSymposium.id}, but this paper is of ${symposium.id}: name a session of ${symposium.id}, or correct the paper's symposium`,
			);
		}
		const editionEntry = edition && byKey.get(`editions/${edition.id}`);
		const gathers = editionEntry && fieldsOf(editionEntry).symposia;
		if (gathers && !gathers.some((ref) => ref.id === symposium.id)) {
			at(
				paper,
				'edition',
				`the edition "${edition!.id}" (${editionEntry!.file}) gathers the papers of ${gathers.map((ref) => ref.id).join(', ')}, not of ${symposium.id}: add ${symposium.id} to its symposia, or name another edition`,
			);
		}
	}

	const byShortTitle = new Map<string, Entry>();
	for (const symposium of entries.filter((entry) => entry.collection === 'symposia')) {
		const { shortTitle } = fieldsOf(symposium);
		if (!shortTitle) continue;
		const first = byShortTitle.get(shortTitle.toLowerCase());
		if (first) at(symposium, 'shortTitle', `"${shortTitle}" is already the short name of ${first.file}: give each symposium its own, e.g. with its year`);
		else byShortTitle.set(shortTitle.toLowerCase(), symposium);
	}
	return problems;
}
