import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { lockId, type Lock, type Sealed } from './crypto';
import { asFault, LogFault, type FaultKind } from './faults';

/**
 * Where the log is kept: IndexedDB in this browser, and nowhere else. A stored entry is
 * { id, value } while the log has no passphrase and { id, sealed } while it has one.
 */
export type StoredRecord = { id: string; value: unknown } | { id: string; sealed: Sealed };

const DB_NAME = 'learning-log';
const LOCK_KEY = 'lock';

/** The version of the database's shape (its stores). Entries carry a version of their own (entry.ts). */
export const SCHEMA_VERSION = 1;

interface LogSchema extends DBSchema {
	entries: { key: string; value: StoredRecord };
	meta: { key: string; value: unknown };
}

type Database = IDBPDatabase<LogSchema>;

/** Steps that bring the database from version N - 1 to N, keyed by N; each runs once, in order. */
const UPGRADES: Record<number, (db: Database) => void> = {
	1: (db) => {
		db.createObjectStore('entries', { keyPath: 'id' });
		db.createObjectStore('meta');
	},
};

/** One change, made whole or not at all. */
export interface Change {
	put?: StoredRecord[];
	remove?: string[];
	/** A new lock, or null to remove the lock; left out, the lock stays as it is. */
	lock?: Lock | null;
	/** Removes every entry and the lock first: a new, empty log. */
	clear?: boolean;
}

/** What the change was prepared from; if the stored log differs, another tab has changed it and nothing is written. */
export interface Guard {
	/** lockId() of the lock the change was prepared with. */
	lock: string;
	/** For a change that rewrites every entry: the ids it rewrites. */
	ids?: readonly string[];
}

export interface Store {
	/** 'read-only': saved by a newer version of the page, so shown, never changed. 'temporary': the browser keeps nothing. */
	readonly mode: 'stored' | 'read-only' | 'temporary';
	load(): Promise<{ records: unknown[]; lock: unknown }>;
	commit(change: Change, guard: Guard): Promise<void>;
}

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

function indexedDbStore(db: Database): Store {
	return {
		mode: 'stored',
		async load() {
			const [records, lock] = await Promise.all([db.getAll('entries'), db.get('meta', LOCK_KEY)]);
			return { records, lock };
		},
		async commit(change, guard) {
			const tx = db.transaction(['entries', 'meta'], 'readwrite');
			const entries = tx.objectStore('entries');
			const meta = tx.objectStore('meta');
			// Every request made so far: when one fails, the others are aborted with it, and their failures are expected.
			const requests: Promise<unknown>[] = [tx.done];
			const request = (made: Promise<unknown>) => requests.push(made);
			try {
				const [lock, ids] = await Promise.all([meta.get(LOCK_KEY), guard.ids ? entries.getAllKeys() : []]);
				if (lockId(lock) !== guard.lock || (guard.ids && !sameIds(ids, guard.ids))) throw new LogFault('elsewhere');
				if (change.clear) [entries.clear(), meta.clear()].forEach(request);
				for (const id of change.remove ?? []) request(entries.delete(id));
				for (const record of change.put ?? []) request(entries.put(record));
				if (change.lock === null) request(meta.delete(LOCK_KEY));
				else if (change.lock) request(meta.put(change.lock, LOCK_KEY));
				await Promise.all(requests);
			} catch (error) {
				for (const made of requests) made.catch(() => undefined);
				// Whatever failed, nothing of the change may stay: abort if the transaction is still open.
				try {
					tx.abort();
				} catch {
					// Already finished: it was the commit itself that failed, and it wrote nothing.
				}
				throw asFault(error);
			}
		},
	};
}

/** A log saved by a newer version of the page: read what this version understands, write nothing. */
function readOnlyStore(db: IDBPDatabase): Store {
	const has = (name: string) => db.objectStoreNames.contains(name);
	return {
		mode: 'read-only',
		async load() {
			const records = has('entries') ? ((await db.getAll('entries')) as unknown[]) : [];
			const lock = has('meta') ? ((await db.get('meta', LOCK_KEY)) as unknown) : undefined;
			return { records, lock };
		},
		async commit() {
			throw new LogFault('newer');
		},
	};
}

/** For a browser that stores nothing (private browsing): entries last as long as the page. */
export function memoryStore(): Store {
	const records = new Map<string, StoredRecord>();
	let lock: Lock | undefined;
	return {
		mode: 'temporary',
		async load() {
			return { records: [...records.values()], lock };
		},
		async commit(change) {
			if (change.clear) {
				records.clear();
				lock = undefined;
			}
			for (const id of change.remove ?? []) records.delete(id);
			for (const record of change.put ?? []) records.set(record.id, record);
			if (change.lock !== undefined) lock = change.lock ?? undefined;
		},
	};
}

/**
 * Opens the log. `onTakenOver` runs when a newer version of the page, in another tab,
 * needs to upgrade the database: this page lets it, and can no longer save.
 */
export async function openStore(onTakenOver: () => void): Promise<{ store: Store; fault?: FaultKind }> {
	try {
		const db: Database = await openDB<LogSchema>(DB_NAME, SCHEMA_VERSION, {
			upgrade(database, oldVersion) {
				for (let version = oldVersion + 1; version <= SCHEMA_VERSION; version++) UPGRADES[version]!(database);
			},
			blocking() {
				db.close();
				onTakenOver();
			},
		});
		return { store: indexedDbStore(db) };
	} catch (error) {
		if (error instanceof DOMException && error.name === 'VersionError') {
			const db = await openDB(DB_NAME).catch(() => undefined);
			if (db) return { store: readOnlyStore(db), fault: 'newer' };
		}
		// No IndexedDB, or the browser refuses it: private browsing, or storage blocked for this site.
		return { store: memoryStore(), fault: 'blocked' };
	}
}
