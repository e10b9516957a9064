import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * Work a build can keep for the next one: drawn social cards, formatted citations. Each
 * result is stored under node_modules/.cache/<area>/ by a hash of everything that shapes
 * it, so an unchanged entry is read back and a changed one is made again; nothing is
 * ever stale. Deleting the folder only makes the next build slower.
 */
export function cachePath(area: string, extension: string, inputs: (string | Uint8Array)[]): string {
	const hash = createHash('sha256');
	for (const input of inputs) hash.update(input);
	const dir = join(process.cwd(), 'node_modules/.cache', area);
	mkdirSync(dir, { recursive: true });
	return join(dir, `${hash.digest('hex').slice(0, 40)}.${extension}`);
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

/** Pages will wait for the worker to make these files, in this order; it reports its progress in what this returns. */
export function planAhead(files: string[]): Progress {
	const progress = { done: new Int32Array(new SharedArrayBuffer(4 * files.length)), at: new Int32Array(new SharedArrayBuffer(4)) };
	plan = { slots: new Map(files.map((file, slot) => [file, slot])), progress };
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

/** The worker's side: this slot's file is in the cache, or will not be made ahead. */
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

function waitForWorker(file: string): void {
	const slot = plan?.slots.get(file);
	if (!plan || slot === undefined) return;
	const { done, at } = plan.progress;
	while (Atomics.load(done, slot) === 0 && slot - Atomics.load(at, 0) <= NEAR) {
		if (Atomics.wait(done, slot, 0, PATIENCE_MS) === 'timed-out') {
			abandonPlan();
			return;
		}
	}
}

/**
 * Written under a name of its own and then renamed: the worker writes while the pages read,
 * and a reader must never see half a file.
 */
function keep(file: string, made: Buffer): void {
	const partial = `${file}.${process.pid}-${threadId}.partial`;
	writeFileSync(partial, made);
	renameSync(partial, file);
}

/** The cached file at this path, made (and kept) when there is none. */
export function cached(file: string, make: () => Buffer): Buffer {
	waitForWorker(file);
	try {
		return readFileSync(file);
	} catch {
		const made = make();
		keep(file, made);
		return made;
	}
}

/** Makes and keeps the file at this path unless it is there already. */
export function fillCache(file: string, make: () => Buffer): void {
	if (!existsSync(file)) keep(file, make());
}
