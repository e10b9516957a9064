/**
 * Whether an entry is on the built site yet. Pages never decide this themselves: the
 * site's content (site-content.ts) leaves out what is not published when it loads, and
 * the content check (content-check/) uses the same times to warn of references from
 * published entries to ones that are not, which the pages leave out until then.
 */
import type { LocalDateTime } from '../../schemas/publication';
import { nounOf } from './collections';
import { isReference, type CheckableEntry } from './references';
import { formatMoment, instantIn } from '../dates';
import { fieldsOf } from './field-paths';

export type Publication = { state: 'published' } | { state: 'draft' } | { state: 'embargoed'; until: Date };

/** What the schemas' publication fields leave in an entry's data. */
interface PublicationFields {
	draft?: boolean;
	publishAt?: LocalDateTime | undefined;
}

/** Collections whose entries appear once an entry that names them does: a person added with a draft paper is not yet news. */
const NAMED_BY_OTHERS = new Set(['people']);

/**
 * Collections whose entries wait for the entry a field names: nothing of a symposium is
 * published before the symposium, and a correction not before the paper it corrects
 * (last, so that it waits for a paper that waits for its symposium).
 */
const WAITS_FOR: Readonly<Record<string, string>> = {
	papers: 'symposium',
	messages: 'symposium',
	commentary: 'symposium',
	sessions: 'symposium',
	corrections: 'paper',
};

/** A moment as milliseconds, for comparing: -Infinity is "always", Infinity "not until an editor says so". */
type AppearsFrom = number;

/** When an entry appears by its own draft and publishAt fields alone. */
export function ownAppearance(data: unknown, timeZone: string): AppearsFrom {
	const { draft, publishAt } = (data ?? {}) as PublicationFields;
	if (draft) return Infinity;
	return publishAt ? instantIn(publishAt, timeZone).getTime() : -Infinity;
}

/**
 * When each entry appears, keyed "papers/shared-care-records": from its own draft and
 * publishAt fields, or for a person, with the first entry that names them (a person no
 * entry names appears at once); a correction no earlier than its paper.
 */
export function appearanceTimes(collections: Record<string, readonly CheckableEntry[]>, timeZone: string): Map<string, AppearsFrom> {
	const times = new Map<string, AppearsFrom>();
	for (const [collection, entries] of Object.entries(collections)) {
		for (const entry of entries) times.set(`${collection}/${entry.id}`, ownAppearance(entry.data, timeZone));
	}
	for (const [collection, field] of Object.entries(WAITS_FOR)) {
		for (const entry of collections[collection] ?? []) {
			const target = (entry.data as Record<string, unknown> | undefined)?.[field];
			if (!isReference(target)) continue;
			const key = `${collection}/${entry.id}`;
			times.set(key, Math.max(times.get(key) ?? -Infinity, times.get(`${target.collection}/${target.id}`) ?? -Infinity));
		}
	}
	// A person appears with the first entry that names them, once that entry's own wait is known.
	const namedBy = new Map<string, AppearsFrom>();
	for (const [collection, entries] of Object.entries(collections)) {
		for (const entry of entries) {
			const appears = times.get(`${collection}/${entry.id}`)!;
			for (const [, value] of fieldsOf(entry.data)) {
				if (!isReference(value) || !NAMED_BY_OTHERS.has(value.collection)) continue;
				const key = `${value.collection}/${value.id}`;
				namedBy.set(key, Math.min(namedBy.get(key) ?? Infinity, appears));
			}
		}
	}
	for (const [key, time] of namedBy) if (times.has(key)) times.set(key, time);
	return times;
}

export function publicationAt(appearsFrom: AppearsFrom, now: Date): Publication {
	if (appearsFrom <= now.getTime()) return { state: 'published' };
	return appearsFrom === Infinity ? { state: 'draft' } : { state: 'embargoed', until: new Date(appearsFrom) };
}

/**
 * A reference from an entry to one that appears after it. Not a mistake (holding a paper
 * back is what drafts and embargoes are for): until the target appears, the referring
 * page leaves the link out, or, for an entry that waits for its target (a correction for
 * its paper), is itself left out.
 */
export interface EarlyReference {
	file: string;
	field: string;
	collection: string;
	id: string;
	/** The target's file, when the caller knows it: both files are named to the editor. */
	targetFile?: string | undefined;
	appearsFrom: AppearsFrom;
	/** Whether the referring entry waits for the target rather than leaving the link out. */
	waits?: boolean;
}

/**
 * Every reference whose target appears later than the entry that makes it, or than now if
 * that is later (a published key message citing a draft paper): a target that is out by
 * then leaves nothing to warn of.
 */
export function findEarlyReferences(
	collections: Record<string, readonly CheckableEntry[]>,
	times: ReadonlyMap<string, AppearsFrom>,
	timeZone: string,
	now = new Date(),
): EarlyReference[] {
	const problems: EarlyReference[] = [];
	const fileOf = new Map(Object.entries(collections).flatMap(([collection, entries]) => entries.map((entry) => [`${collection}/${entry.id}`, entry.filePath])));
	for (const [collection, entries] of Object.entries(collections)) {
		for (const entry of entries) {
			// Against the target it waits for, an entry is measured by its own fields, or it would never be early;
			// against any other, by when it appears (a paper of a draft symposium is no earlier than that symposium's session).
			const waitsOn = WAITS_FOR[collection];
			const appears = Math.max(times.get(`${collection}/${entry.id}`) ?? -Infinity, now.getTime());
			const ownTime = Math.max(ownAppearance(entry.data, timeZone), now.getTime());
			for (const [field, value] of fieldsOf(entry.data)) {
				if (!isReference(value)) continue;
				const own = field === waitsOn ? ownTime : appears;
				const key = `${value.collection}/${value.id}`;
				const appearsFrom = times.get(key);
				if (appearsFrom === undefined || appearsFrom <= own) continue;
				problems.push({
					file: entry.filePath ?? entry.id,
					field,
					collection: value.collection,
					id: value.id,
					targetFile: fileOf.get(key),
					appearsFrom,
					waits: field === waitsOn,
				});
			}
		}
	}
	return problems;
}

/**
 * What happens to a reference or link to an entry that appears later, and when it
 * resolves itself; the caller names the referring file and the field or the link.
 */
export function describeEarlyReference({ collection, id, targetFile, appearsFrom, waits }: Omit<EarlyReference, 'file' | 'field'>, timeZone: string): string {
	const target = `the ${nounOf(collection) ?? 'entry'} "${id}"${targetFile ? ` (${targetFile})` : ''}`;
	const until = appearsFrom === Infinity ? 'until it is published (its draft: true is removed)' : 'until then';
	const state = appearsFrom === Infinity ? 'is a draft' : `is embargoed until ${formatMoment(new Date(appearsFrom), timeZone)}`;
	if (waits) return `${target} ${state}, so this entry waits for it: the built site leaves both out ${until}`;
	return `${target} ${state}, so the built site leaves this link out ${until}, and the next build after that adds it`;
}
