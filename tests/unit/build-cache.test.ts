import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';

const buildCache = fileURLToPath(new URL('../../src/lib/build/cache.ts', import.meta.url));
const { KEEP_DAYS } = await import('../../src/lib/build/cache');
const cacheFileIn = (folder: string) => join(folder, 'node_modules/.cache/build-results.sqlite');
const DAY = 86_400_000;
const daysAgo = (days: number) => Math.floor((Date.now() - days * DAY) / DAY);

/** Runs a build's use of the cache in a folder of its own (the cache lives under the working folder), as a separate process. */
function useCacheIn(folder: string) {
	const script = `
		const { cached, isCached } = await import(${JSON.stringify(buildCache)});
		const made = cached('test/one', () => Buffer.from('made')).toString();
		console.log(made, isCached('test/one'));`;
	// In that folder's node_modules/.cache, as a build there keeps it, whatever cache these tests were given.
	const env = { ...process.env };
	delete env['BUILD_CACHE'];
	return spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: folder, encoding: 'utf8', env });
}

// Each test runs the cache in a Node process of its own: seconds on a busy machine.
describe('the build cache', { timeout: 60_000 }, () => {
	it('starts again empty, with a warning, when its file is damaged, and the build goes on', () => {
		const folder = mkdtempSync(join(tmpdir(), 'build-cache-'));
		mkdirSync(join(folder, 'node_modules/.cache'), { recursive: true });
		writeFileSync(cacheFileIn(folder), 'not a database, '.repeat(64));
		const damaged = useCacheIn(folder);
		expect(damaged.stderr).toContain('could not be read (file is not a database), so it starts again empty');
		expect(damaged.stdout.trim()).toBe('made true');
		expect(damaged.status).toBe(0);
		// The next build reads what this one kept.
		const next = useCacheIn(folder);
		expect(next.stderr).not.toContain('could not be read');
		expect(next.stdout.trim()).toBe('made true');
	});

	it(`drops the results no build has used for ${KEEP_DAYS} days, and keeps the ones a build reads`, () => {
		const folder = mkdtempSync(join(tmpdir(), 'build-cache-'));
		expect(useCacheIn(folder).stdout.trim()).toBe('made true');
		const db = new DatabaseSync(cacheFileIn(folder));
		const put = db.prepare('INSERT INTO kept (key, value, used) VALUES (?, ?, ?)');
		put.run('test/forgotten', Buffer.alloc(1 << 20), daysAgo(KEEP_DAYS + 1));
		put.run('test/lately', Buffer.from('x'), daysAgo(KEEP_DAYS - 1));
		// Read by every build, but last marked long ago: each read keeps it alive.
		db.prepare('UPDATE kept SET used = ? WHERE key = ?').run(daysAgo(KEEP_DAYS - 1), 'test/one');
		db.close();
		const grown = statSync(cacheFileIn(folder)).size;

		const next = useCacheIn(folder);
		expect(next.stdout.trim()).toBe('made true');
		const after = new DatabaseSync(cacheFileIn(folder));
		const used = Object.fromEntries((after.prepare('SELECT key, used FROM kept').all() as { key: string; used: number }[]).map(({ key, used }) => [key, used]));
		after.close();
		expect(Object.keys(used).sort()).toEqual(['test/lately', 'test/one']);
		expect(used['test/one']).toBe(daysAgo(0));
		// The forgotten megabyte is given back to the disk, not only freed inside the file.
		expect(statSync(cacheFileIn(folder)).size).toBeLessThan(grown - 500_000);
	});

	it('replaces a cache file from before results were dropped, and the build goes on', () => {
		const folder = mkdtempSync(join(tmpdir(), 'build-cache-'));
		mkdirSync(join(folder, 'node_modules/.cache'), { recursive: true });
		const old = new DatabaseSync(cacheFileIn(folder));
		old.exec('PRAGMA journal_mode = WAL; CREATE TABLE results (key TEXT PRIMARY KEY, value BLOB NOT NULL)');
		old.prepare('INSERT INTO results (key, value) VALUES (?, ?)').run('test/one', Buffer.alloc(1 << 20));
		old.close();
		const before = statSync(cacheFileIn(folder)).size;
		const run = useCacheIn(folder);
		expect(run.stderr).toBe('');
		expect(run.stdout.trim()).toBe('made true');
		expect(statSync(cacheFileIn(folder)).size).toBeLessThan(before - 500_000);
	});
});
