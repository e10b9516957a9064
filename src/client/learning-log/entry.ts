/** One entry in a reader's learning log: what they read or did, and what they took from it. */
export interface Entry {
	/** The version of this shape. Older entries are upgraded as they are read (MIGRATIONS). */
	v: typeof ENTRY_VERSION;
	id: string;
	/** What the reader read or did: a paper's title, or "Team discussion of key message 2". */
	title: string;
	/** An http(s) address, or '' for none. */
	url: string;
	/** The day of the learning, YYYY-MM-DD. */
	date: string;
	/** What the reader learned. */
	learned: string;
	/** What they will do differently: the effect on their practice. */
	change: string;
	/** Whole minutes spent, 1 to a day's worth. */
	minutes: number;
	tags: string[];
	/** When the entry was first saved and last changed (ISO timestamps): an import keeps the later edit. */
	created: string;
	updated: string;
}

export const ENTRY_VERSION = 1;
export const MAX_MINUTES = 24 * 60;

type Migration = (older: Record<string, unknown>) => Record<string, unknown>;

/**
 * Steps that upgrade an entry from version N to N + 1, keyed by N. Entries are upgraded
 * as they are read rather than when the database opens, because a locked log's entries
 * can only be read once it is unlocked. Version 1 is the first, so there are none yet.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type ReadResult = { kind: 'entry'; entry: Entry } | { kind: 'newer' } | { kind: 'corrupt' };

const CORRUPT = { kind: 'corrupt' } as const;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

export function isDay(value: unknown): value is string {
	if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Only web addresses become links: a stored or imported "javascript:" address must never be one. */
export function isWebAddress(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	try {
		return ['http:', 'https:'].includes(new URL(value).protocol);
	} catch {
		return false;
	}
}

const isTimestamp = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

/** The entry's known fields, checked; anything else a file carried is dropped. */
function checked(value: Record<string, unknown>): Entry | undefined {
	const { id, title, url, date, learned, change, minutes, tags, created, updated } = value;
	const valid =
		value.v === ENTRY_VERSION &&
		isText(id) &&
		isText(title) &&
		(url === '' || isWebAddress(url)) &&
		isDay(date) &&
		isText(learned) &&
		isText(change) &&
		Number.isInteger(minutes) &&
		(minutes as number) >= 1 &&
		(minutes as number) <= MAX_MINUTES &&
		Array.isArray(tags) &&
		tags.every(isText) &&
		isTimestamp(created) &&
		isTimestamp(updated);
	return valid ? { v: ENTRY_VERSION, id, title, url, date, learned, change, minutes: minutes as number, tags: [...tags], created, updated } : undefined;
}

/** Reads an entry from storage or a file: upgraded to this version, or why it cannot be. */
export function readEntry(raw: unknown, migrations: Readonly<Record<number, Migration>> = MIGRATIONS): ReadResult {
	if (!isRecord(raw) || typeof raw.v !== 'number' || !Number.isInteger(raw.v)) return CORRUPT;
	if (raw.v > ENTRY_VERSION) return { kind: 'newer' };
	let value = raw;
	for (let version = raw.v; version < ENTRY_VERSION; version++) {
		const step = migrations[version];
		if (!step) return CORRUPT;
		value = step(value);
	}
	const entry = checked(value);
	return entry ? { kind: 'entry', entry } : CORRUPT;
}

/** "carers, Mental health ,carers" -> ["carers", "Mental health"]: trimmed, each tag once whatever its case. */
export function parseTags(text: string): string[] {
	const seen = new Set<string>();
	return text
		.split(',')
		.map((tag) => tag.trim().replace(/\s+/g, ' '))
		.filter((tag) => {
			const key = tag.toLocaleLowerCase('en-GB');
			if (!tag || seen.has(key)) return false;
			seen.add(key);
			return true;
		});
}

/** Today in the reader's own time zone, as YYYY-MM-DD (toISOString would give the UTC day). */
export function localDay(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A random id that needs no secure context, unlike crypto.randomUUID. */
export function newEntryId(): string {
	return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Newest first: by the day of the learning, then by when it was written down. */
export function newestFirst(a: Entry, b: Entry): number {
	return b.date.localeCompare(a.date) || b.created.localeCompare(a.created);
}
