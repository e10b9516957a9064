import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const buildCache = fileURLToPath(new URL('../../src/lib/build-cache.ts', import.meta.url));

/** Runs a build's use of the cache in a folder of its own (the cache lives under the working folder), as a separate process. */
function useCacheIn(folder: string) {
	const script = `
		const { cached, isCached } = await import(${JSON.stringify(buildCache)});
		const made = cached('test/one', () => Buffer.from('made')).toString();
		console.log(made, isCached('test/one'));`;
	return spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: folder, encoding: 'utf8' });
}

describe('the build cache', () => {
	it('starts again empty, with a warning, when its file is damaged, and the build goes on', () => {
		const folder = mkdtempSync(join(tmpdir(), 'build-cache-'));
		mkdirSync(join(folder, 'node_modules/.cache'), { recursive: true });
		writeFileSync(join(folder, 'node_modules/.cache/build-results.sqlite'), 'not a database, '.repeat(64));
		const damaged = useCacheIn(folder);
		expect(damaged.stderr).toContain('could not be read (file is not a database), so it starts again empty');
		expect(damaged.stdout.trim()).toBe('made true');
		expect(damaged.status).toBe(0);
		// The next build reads what this one kept.
		const next = useCacheIn(folder);
		expect(next.stderr).not.toContain('could not be read');
		expect(next.stdout.trim()).toBe('made true');
	});
});
