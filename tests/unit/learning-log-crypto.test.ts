import { describe, expect, it } from 'vitest';
import { createLock, isLock, lockId, openLock, PBKDF2_ITERATIONS, seal, unseal } from '../../src/client/learning-log/crypto';

describe('the passphrase lock', () => {
	it('derives its key with PBKDF2 at no fewer than 600,000 iterations and a 16-byte salt of its own', async () => {
		const [first, second] = await Promise.all([createLock('fixture words'), createLock('fixture words')]);
		expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
		expect(first.lock.iterations).toBe(PBKDF2_ITERATIONS);
		expect(first.lock.salt).toHaveLength(16);
		expect(lockId(first.lock)).not.toBe(lockId(second.lock));
		expect(isLock(first.lock)).toBe(true);
		expect(isLock({ ...first.lock, iterations: 1000 })).toBe(false);
	});

	it('round-trips a value, and opens only with the same passphrase', async () => {
		const { lock, key } = await createLock('fixture words');
		const value = { title: 'Zoë’s reading', minutes: 45, tags: ['carers'] };
		const sealed = await seal(key, value, 'entry-1');
		expect(new TextDecoder().decode(sealed.data)).not.toContain('reading');
		const reopened = await openLock(lock, 'fixture words');
		expect(reopened).toBeDefined();
		expect(await unseal(reopened!, sealed, 'entry-1')).toEqual(value);
		expect(await openLock(lock, 'fixture word')).toBeUndefined();
	});

	it('takes the same passphrase typed in another Unicode form', async () => {
		const { lock } = await createLock('caf\u00e9 au lait');
		expect(await openLock(lock, 'cafe\u0301 au lait')).toBeDefined();
	});

	it('refuses a value that was changed, or moved to another entry', async () => {
		const { key } = await createLock('fixture words');
		const sealed = await seal(key, 'secret', 'entry-1');
		await expect(unseal(key, sealed, 'entry-2')).rejects.toThrow();
		const data = new Uint8Array(sealed.data.slice(0));
		data[0]! ^= 1;
		await expect(unseal(key, { iv: sealed.iv, data: data.buffer }, 'entry-1')).rejects.toThrow();
	});
});
