import { createLock, isLock, isSealed, lockId, openLock, seal, unseal, type Lock } from './crypto';
import { readEntry, type Entry } from './entry';
import { LogFault } from './faults';
import { mergeEntries, type Merge } from './merge';
import type { StoredRecord, Store } from './store';

/**
 * The reader's log as this page holds it: the entries it could read, what it could not,
 * and, while unlocked, the key. Every change goes to the store first and is shown only
 * once it is saved, so what the page shows is what is kept.
 */
export class LearningLog {
	/** Every readable entry, by id. */
	readonly entries = new Map<string, Entry>();
	/** Stored entries that are damaged: left as they are, never overwritten. */
	readonly corrupt = new Set<string>();
	/** Stored entries from a newer version of the page, as read (decrypted, not understood): kept through a passphrase change. */
	readonly newer = new Map<string, unknown>();
	private lock: Lock | undefined;
	/** A stored lock this page cannot read: the log cannot be opened, nor changed. */
	lockUnreadable = false;
	private key: CryptoKey | undefined;

	private constructor(readonly store: Store) {}

	static async open(store: Store): Promise<LearningLog> {
		const log = new LearningLog(store);
		const { records, lock } = await store.load();
		if (isLock(lock)) log.lock = lock;
		else log.lockUnreadable = lock !== undefined;
		if (!log.hasPassphrase) await log.read(records);
		return log;
	}

	get hasPassphrase(): boolean {
		return Boolean(this.lock) || this.lockUnreadable;
	}

	/** Locked: the entries cannot be read or added to until the passphrase is given. */
	get locked(): boolean {
		return this.hasPassphrase && !this.key;
	}

	private get guard() {
		return { lock: lockId(this.lock) };
	}

	/** Reads every stored entry it can; `records` as just loaded, or fresh from the store. */
	private async read(records?: unknown[]) {
		const stored = records ?? (await this.store.load()).records;
		this.forgetEntries();
		for (const record of stored) {
			const { id, value } = await this.decode(record);
			if (id === undefined) {
				this.corrupt.add(`#${this.corrupt.size}`);
				continue;
			}
			const result = readEntry(value);
			if (result.kind === 'entry' && result.entry.id === id) this.entries.set(id, result.entry);
			else if (result.kind === 'newer') this.newer.set(id, value);
			else this.corrupt.add(id);
		}
	}

	/** A stored record's id and, where it can be read, its value (decrypted while the log is locked). */
	private async decode(record: unknown): Promise<{ id?: string; value?: unknown }> {
		const { id, value, sealed } = (typeof record === 'object' && record !== null ? record : {}) as Record<string, unknown>;
		if (typeof id !== 'string') return {};
		if (!this.lock) return 'value' in (record as object) ? { id, value } : { id };
		if (!this.key || !isSealed(sealed)) return { id };
		return unseal(this.key, sealed, id).then(
			(decrypted) => ({ id, value: decrypted }),
			() => ({ id }),
		);
	}

	private async encode(id: string, value: unknown, key: CryptoKey | undefined): Promise<StoredRecord> {
		return key ? { id, sealed: await seal(key, value, id) } : { id, value };
	}

	/** Opens a locked log; false, with nothing changed, if the passphrase is not the right one. */
	async unlock(passphrase: string): Promise<boolean> {
		if (!this.lock) return false;
		const key = await openLock(this.lock, passphrase);
		if (!key) return false;
		this.key = key;
		await this.read();
		return true;
	}

	/** Forgets the key and what it opened: the page shows the log locked until the passphrase is given again. */
	relock(): void {
		this.key = undefined;
		this.forgetEntries();
	}

	private forgetEntries() {
		this.entries.clear();
		this.corrupt.clear();
		this.newer.clear();
	}

	async save(entry: Entry): Promise<void> {
		await this.store.commit({ put: [await this.encode(entry.id, entry, this.key)] }, this.guard);
		this.entries.set(entry.id, entry);
	}

	async remove(id: string): Promise<Entry | undefined> {
		const entry = this.entries.get(id);
		if (!entry) return undefined;
		await this.store.commit({ remove: [id] }, this.guard);
		this.entries.delete(id);
		return entry;
	}

	/** Adds the entries the log lacks and later edits of those it has, in one step. */
	async import(incoming: readonly Entry[]): Promise<Merge> {
		const merge = mergeEntries([...this.entries.values()], incoming, new Set([...this.corrupt, ...this.newer.keys()]));
		if (merge.write.length > 0) {
			const put = await Promise.all(merge.write.map((entry) => this.encode(entry.id, entry, this.key)));
			await this.store.commit({ put }, this.guard);
			for (const entry of merge.write) this.entries.set(entry.id, entry);
		}
		return merge;
	}

	/**
	 * Sets, changes (passphrase) or removes (null) the passphrase: every entry is written
	 * again, encrypted with the new key or not at all, in one transaction, so either all
	 * of them change or none does.
	 */
	async setPassphrase(passphrase: string | null): Promise<void> {
		if (this.corrupt.size > 0 || this.lockUnreadable) throw new LogFault('unreadable');
		const next = passphrase === null ? undefined : await createLock(passphrase);
		const values = [...this.entries.entries(), ...this.newer.entries()];
		const put = await Promise.all(values.map(([id, value]) => this.encode(id, value, next?.key)));
		await this.store.commit({ put, lock: next?.lock ?? null }, { ...this.guard, ids: values.map(([id]) => id) });
		this.lock = next?.lock;
		this.key = next?.key;
	}

	/** Deletes everything, the lock too: for a reader who has forgotten the passphrase. */
	async startAgain(): Promise<void> {
		await this.store.commit({ clear: true }, this.guard);
		this.lock = undefined;
		this.lockUnreadable = false;
		this.key = undefined;
		await this.read([]);
	}
}
