import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';

/** Where builds keep their results, from the project folder: the deploy workflow keeps this file between deploys. */
export const DEFAULT_CACHE_FILE = 'node_modules/.cache/build-results.sqlite';

/**
 * Work a build can keep for the next one: entries' rendered text, drawn social cards,
 * formatted citations, citation files. Each result is kept under a key made of what it is and a hash of everything that
 * shapes it, so an unchanged entry is read back and a changed one is made again; nothing is
 * ever stale. Deleting the file only makes the next build slower. A result no build has used
 * for KEEP_DAYS days is dropped when the file is next opened.
 * The results share one SQLite database rather than a file each: a cold build of 1,000
 * papers makes 7,000 of them, and creating that many small files cost seconds of it on
 * these machines' disks (README.md beside this file). The file is
 * node_modules/.cache/build-results.sqlite, or the one BUILD_CACHE names (the unit tests
 * keep one of their own, so they never touch a developer's).
 */
export const CACHE_FILE = process.env.BUILD_CACHE ? resolve(process.env.BUILD_CACHE) : join(process.cwd(), DEFAULT_CACHE_FILE);

/** The key a result is kept under: its area ("citations", "social-cards", ...) and the hash of its inputs. */
export function cacheKey(area: string, inputs: (string | Uint8Array)[]): string {
	const hash = createHash('sha256');
	for (const input of inputs) hash.update(input);
	return `${area}/${hash.digest('hex').slice(0, 40)}`;
}

let statements: { get: StatementSync; has: StatementSync; put: StatementSync; use: StatementSync } | undefined;

/** SQLite's codes for a file that is damaged (SQLITE_CORRUPT) or not a database at all (SQLITE_NOTADB). */
const UNREADABLE = new Set([11, 26]);

/**
 * A result no build has asked for in this many days is dropped: its entry has changed or
 * gone. Without this the file only grew (a 10,000-paper bench run adds some 280 MB of cards).
 */
export const KEEP_DAYS = 30;

/** Days since 1970: a result's last use is kept to the day, so a build writes it at most once a day. */
const today = () => Math.floor(Date.now() / 86_400_000);

function openCache(): DatabaseSync {
	const db = new DatabaseSync(CACHE_FILE, { timeout: 30_000 });
	// auto_vacuum takes effect in a new file; incremental, so pruning can give the space back.
	db.exec(`PRAGMA auto_vacuum = INCREMENTAL; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;
		CREATE TABLE IF NOT EXISTS kept (key TEXT PRIMARY KEY, value BLOB NOT NULL, used INTEGER NOT NULL)`);
	// A file from before results were pruned: its table goes, and VACUUM makes the file one that can shrink.
	if ((db.prepare('PRAGMA auto_vacuum').get() as { auto_vacuum: number }).auto_vacuum !== 2) db.exec('DROP TABLE IF EXISTS results; VACUUM');
	if (db.prepare('DELETE FROM kept WHERE used < ?').run(today() - KEEP_DAYS).changes > 0) db.exec('PRAGMA incremental_vacuum');
	return db;
}

/**
 * This thread's connection, opened on first use. Write-ahead logging lets the worker write
 * while the pages read, and a transaction is never seen half-done; each thread and process
 * waits its turn to write rather than failing.
 */
function results() {
	if (!statements) {
		mkdirSync(dirname(CACHE_FILE), { recursive: true });
		let db: DatabaseSync;
		try {
			db = openCache();
		} catch (error) {
			if (!UNREADABLE.has((error as { errcode?: number }).errcode ?? 0)) throw error;
			// A cache is only worth keeping while it can be read: a damaged one costs one slow build, never a failed one.
			console.warn(`The build cache ${CACHE_FILE} could not be read (${(error as Error).message}), so it starts again empty.`);
			for (const suffix of ['', '-wal', '-shm']) rmSync(`${CACHE_FILE}${suffix}`, { force: true });
			db = openCache();
		}
		statements = {
			get: db.prepare('SELECT value, used FROM kept WHERE key = ?'),
			has: db.prepare('SELECT 1 FROM kept WHERE key = ?'),
			put: db.prepare('INSERT OR REPLACE INTO kept (key, value, used) VALUES (?, ?, ?)'),
			use: db.prepare('UPDATE kept SET used = ? WHERE key = ?'),
		};
	}
	return statements;
}

/** The result kept under this key, if any: for results made asynchronously, which keepResult() then keeps. */
export function readCached(key: string): Buffer | undefined {
	const row = results().get.get(key) as { value: Uint8Array; used: number } | undefined;
	if (!row) return undefined;
	if (row.used < today()) results().use.run(today(), key);
	return Buffer.from(row.value.buffer, row.value.byteOffset, row.value.byteLength);
}

/** Whether a result is kept under this key. */
export function isCached(key: string): boolean {
	return results().has.get(key) !== undefined;
}

/**
 * Memory shared with a worker thread that makes results ahead of the pages, in order
 * (make-ahead.ts): which results it has finished, and which it is at.
 */
export interface Progress {
	done: Int32Array<SharedArrayBuffer>;
	at: Int32Array<SharedArrayBuffer>;
}

let plan: { slots: Map<string, number>; progress: Progress } | undefined;

/** Pages will wait for the worker to make these results, in this order; it reports its progress in what this returns. */
export function planAhead(keys: string[]): Progress {
	const progress = { done: new Int32Array(new SharedArrayBuffer(4 * keys.length)), at: new Int32Array(new SharedArrayBuffer(4)) };
	// Not started: the worker is still loading what it makes results with.
	Atomics.store(progress.at, 0, -1);
	plan = { slots: new Map(keys.map((key, slot) => [key, slot])), progress };
	return progress;
}

/** Once the worker has stopped, a page makes whatever it finds missing. */
export function abandonPlan(): void {
	plan = undefined;
}

/** The worker's side: it is at this slot. */
export function reportAt({ at }: Progress, slot: number): void {
	Atomics.store(at, 0, slot);
}

/** The worker's side: this slot's result is in the cache, or will not be made ahead. */
export function reportDone({ done }: Progress, slot: number): void {
	Atomics.store(done, slot, 1);
	Atomics.notify(done, slot);
}

/**
 * How far ahead of the worker a page waits for it, in results: nearer, the worker will have
 * it in milliseconds; further (pages in an order it was not given), the page makes it.
 */
const NEAR = 12;
/** A worker that has not moved for this long is taken to be gone. */
const PATIENCE_MS = 10_000;
/**
 * Longer while it starts: loading citeproc and the fonts took over 10 s on a machine with a
 * load of 12, and a page that gave up then drew what the worker went on to draw as well.
 */
const STARTING_PATIENCE_MS = 60_000;

function waitForWorker(key: string): void {
	const slot = plan?.slots.get(key);
	if (!plan || slot === undefined) return;
	const { done, at } = plan.progress;
	while (Atomics.load(done, slot) === 0 && slot - Atomics.load(at, 0) <= NEAR) {
		const patience = Atomics.load(at, 0) < 0 ? STARTING_PATIENCE_MS : PATIENCE_MS;
		if (Atomics.wait(done, slot, 0, patience) === 'timed-out') {
			abandonPlan();
			return;
		}
	}
}

/** The result kept under this key, made (and kept) when there is none. */
export function cached(key: string, make: () => Buffer): Buffer {
	waitForWorker(key);
	const kept = readCached(key);
	if (kept) return kept;
	const made = make();
	results().put.run(key, made, today());
	return made;
}

/** Keeps a result made asynchronously (a PDF galley, printed by Chromium) under this key. */
export function keepResult(key: string, value: Buffer): void {
	results().put.run(key, value, today());
}

/** Makes and keeps the result under this key unless it is there already. */
export function fillCache(key: string, make: () => Buffer): void {
	if (!isCached(key)) results().put.run(key, make(), today());
}
