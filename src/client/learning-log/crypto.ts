/**
 * The passphrase lock, with the browser's Web Crypto: a key derived from the passphrase
 * with PBKDF2 (SHA-256, a random salt per log) encrypts each entry with AES-GCM. The
 * key never leaves this page and is never stored; only the salt and a check value are.
 */

/** OWASP's figure for PBKDF2-HMAC-SHA256 (2023): slow enough to make guessing costly. */
export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
/** What the lock's check value holds: decrypting it proves the passphrase without touching any entry. */
const CHECK = 'learning-log';

/** An encrypted value: AES-GCM's output and the random IV it was made with. */
export interface Sealed {
	iv: Uint8Array<ArrayBuffer>;
	data: ArrayBuffer;
}

/** What is stored about the passphrase: enough to test one, nothing to recover it. */
export interface Lock {
	salt: Uint8Array<ArrayBuffer>;
	iterations: number;
	check: Sealed;
}

const encoder = new TextEncoder();

const isBytes = (value: unknown, length?: number): value is Uint8Array<ArrayBuffer> =>
	value instanceof Uint8Array && (length === undefined || value.length === length);

export function isSealed(value: unknown): value is Sealed {
	const sealed = value as Partial<Sealed> | null;
	return typeof value === 'object' && value !== null && isBytes(sealed!.iv, IV_BYTES) && sealed!.data instanceof ArrayBuffer;
}

export function isLock(value: unknown): value is Lock {
	const lock = value as Partial<Lock> | null;
	return (
		typeof value === 'object' &&
		value !== null &&
		isBytes(lock!.salt, SALT_BYTES) &&
		Number.isInteger(lock!.iterations) &&
		lock!.iterations! >= PBKDF2_ITERATIONS &&
		isSealed(lock!.check)
	);
}

/** Whether the browser offers Web Crypto: only on https and localhost (a secure context). */
export const canLock = () => Boolean(globalThis.crypto?.subtle);

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
	// The same passphrase typed on another keyboard may arrive in another Unicode form.
	const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
	return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [
		'encrypt',
		'decrypt',
	]);
}

/** Encrypts a value; `label` (the entry's id) is bound to it, so a sealed entry cannot be passed off as another. */
export async function seal(key: CryptoKey, value: unknown, label: string): Promise<Sealed> {
	const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
	const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(label) }, key, encoder.encode(JSON.stringify(value)));
	return { iv, data };
}

/** Decrypts a sealed value; throws if the key or label is wrong or the data was changed. */
export async function unseal(key: CryptoKey, sealed: Sealed, label: string): Promise<unknown> {
	const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv, additionalData: encoder.encode(label) }, key, sealed.data);
	return JSON.parse(new TextDecoder().decode(plain)) as unknown;
}

/** A new lock for a passphrase, with a fresh salt, and the key it opens. */
export async function createLock(passphrase: string): Promise<{ lock: Lock; key: CryptoKey }> {
	const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
	const key = await deriveKey(passphrase, salt, PBKDF2_ITERATIONS);
	return { lock: { salt, iterations: PBKDF2_ITERATIONS, check: await seal(key, CHECK, CHECK) }, key };
}

/** The key, if the passphrase is the lock's; undefined if it is not. */
export async function openLock(lock: Lock, passphrase: string): Promise<CryptoKey | undefined> {
	const key = await deriveKey(passphrase, lock.salt, lock.iterations);
	try {
		return (await unseal(key, lock.check, CHECK)) === CHECK ? key : undefined;
	} catch {
		return undefined;
	}
}

/** Tells one lock from another (or none), so a page can see that another tab changed it. */
export function lockId(lock: unknown): string {
	return isLock(lock) ? Array.from(lock.salt, (byte) => byte.toString(16).padStart(2, '0')).join('') : lock === undefined ? 'none' : 'unreadable';
}
