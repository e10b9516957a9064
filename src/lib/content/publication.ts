/**
 * Whether an entry is on the built site yet. Pages never decide this themselves: the
 * site's content (site-content.ts) leaves out what is not published when it loads, and
 * the content check (content-check/) uses the same times to find links from published
 * entries to ones that are not.
 */
import type { LocalDateTime } from '../../schemas/publication';
import { nounOf } from './collections';
import { isReference, type CheckableEntry } from './references';
import { formatMoment } from '../dates';
import { fieldsOf } from './field-paths';

export type Publication = { state: 'published' } | { state: 'draft' } | { state: 'embargoed'; until: Date };

/** What the schemas' publication fields leave in an entry's data. */
interface PublicationFields {
	draft?: boolean;
	publishAt?: LocalDateTime | undefined;
}

/** Collections whose entries appear once an entry that names them does: a person added with a draft paper is not yet news. */
const NAMED_BY_OTHERS = new Set(['people']);

/** A moment as milliseconds, for comparing: -Infinity is "always", Infinity "not until an editor says so". */
type AppearsFrom = number;

/** The UTC moment at which a wall clock in `timeZone` shows `local`. */
export function instantIn(local: LocalDateTime, timeZone: string): Date {
	const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
	// The zone's offset is asked at a first guess and again at the answer, which settles
	// it on either side of a change of the clocks.
	const guess = wall - offsetAt(wall, timeZone);
	return new Date(wall - offsetAt(guess, timeZone));
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function offsetAt(instant: number, timeZone: string): number {
	let format = offsetFormats.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-GB', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric',
		});
		offsetFormats.set(timeZone, format);
	}
	const part = (type: string) => Number(format.formatToParts(instant).find((p) => p.type === type)?.value);
	const shown = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
	return shown - Math.floor(instant / 1000) * 1000;
}

function ownAppearance(data: unknown, timeZone: string): AppearsFrom {
	const { draft, publishAt } = (data ?? {}) as PublicationFields;
	if (draft) return Infinity;
	return publishAt ? instantIn(publishAt, timeZone).getTime() : -Infinity;
}

/**
 * When each entry appears, keyed "papers/shared-care-records": from its own draft and
 * publishAt fields, or for a person, with the first entry that names them (a person no
 * entry names appears at once).
 */
export function appearanceTimes(collections: Record<string, readonly CheckableEntry[]>, timeZone: string): Map<string, AppearsFrom> {
	const times = new Map<string, AppearsFrom>();
	const namedBy = new Map<string, AppearsFrom>();
	for (const [collection, entries] of Object.entries(collections)) {
		for (const entry of entries) {
			const own = ownAppearance(entry.data, timeZone);
			times.set(`${collection}/${entry.id}`, own);
			for (const [, value] of fieldsOf(entry.data)) {
				if (!isReference(value) || !NAMED_BY_OTHERS.has(value.collection)) continue;
				const key = `${value.collection}/${value.id}`;
				namedBy.set(key, Math.min(namedBy.get(key) ?? Infinity, own));
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

/** A reference from an entry to one that appears after it: until then, a link to nowhere. */
export interface EarlyReference {
	file: string;
	field: string;
	collection: string;
	id: string;
	appearsFrom: AppearsFrom;
}

/** Every reference whose target appears later than the entry that makes it (a published paper citing a draft). */
export function findEarlyReferences(collections: Record<string, readonly CheckableEntry[]>, times: ReadonlyMap<string, AppearsFrom>): EarlyReference[] {
	const problems: EarlyReference[] = [];
	for (const [collection, entries] of Object.entries(collections)) {
		for (const entry of entries) {
			const own = times.get(`${collection}/${entry.id}`) ?? -Infinity;
			for (const [field, value] of fieldsOf(entry.data)) {
				if (!isReference(value)) continue;
				const appearsFrom = times.get(`${value.collection}/${value.id}`);
				if (appearsFrom !== undefined && appearsFrom > own) {
					problems.push({ file: entry.filePath ?? entry.id, field, collection: value.collection, id: value.id, appearsFrom });
				}
			}
		}
	}
	return problems;
}

/** Why a reference or link to an entry that appears later is wrong, and what to do; the caller names the field or the link. */
export function describeEarlyReference({ collection, id, appearsFrom }: Omit<EarlyReference, 'file' | 'field'>, timeZone: string): string {
	const target = `the ${nounOf(collection) ?? 'entry'} "${id}"`;
	if (appearsFrom === Infinity) {
		return `${target} is a draft, so the built site leaves it out and this would lead nowhere: publish it first (remove its draft: true), or remove this reference`;
	}
	const when = formatMoment(new Date(appearsFrom), timeZone);
	return `${target} is embargoed until ${when}, so until then this would lead nowhere: give this entry a publishAt of that time or later, or remove this reference`;
}
