import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { buildSite, root, SITES } from '../sites';

/**
 * The build runs the content check first (tests/build/content-check.test.ts has a test
 * for each kind of problem): bad content stops it with the check's own messages, and
 * the last good site stays in place.
 */
vi.setConfig({ testTimeout: 180_000 });

// One fixed folder, so every run shares one content cache (Astro keeps a cache per content folder).
const workDir = join(root, 'tests/.output/content-errors');
const contentDir = join(workDir, 'content');
const outDir = join(workDir, 'dist');

beforeAll(() => {
	rmSync(workDir, { recursive: true, force: true });
	cpSync(SITES.fixtures.contentDir, contentDir, { recursive: true });
});

afterAll(() => {
	rmSync(workDir, { recursive: true, force: true });
});

function edit(file: string, pattern: RegExp, replacement: string) {
	const path = join(contentDir, file);
	const before = readFileSync(path, 'utf8');
	const after = before.replace(pattern, replacement);
	expect(after, `the test's edit to ${file} changed nothing`).not.toBe(before);
	writeFileSync(path, after);
}

it('refuses bad content with the same messages as npm run check, and keeps the last good site', () => {
	const good = buildSite(contentDir, outDir);
	expect(good.ok, good.output).toBe(true);
	const home = readFileSync(join(outDir, 'index.html'), 'utf8');

	edit('papers/shared-care-records.mdx', /^status: .*$/m, 'status: printed');
	edit('papers/shared-care-records.mdx', /^ {2}- jess-whitfield$/m, '  - jess-whitfeld');
	const { ok, output } = buildSite(contentDir, outDir);
	expect(ok).toBe(false);
	const editorSees = output
		.trim()
		.replaceAll(`${workDir}/`, '')
		.replaceAll('tests/.output/content-errors/', '')
		.replace(/[\d.]+ s\)/, 'N s)');
	expect(editorSees).toMatchInlineSnapshot(`
		"content/papers/shared-care-records.mdx:6  authors[1]: no person "jess-whitfeld" (did you mean "jess-whitfield"?)
		content/papers/shared-care-records.mdx:14  status: found "printed", expected one of "presented", "accepted", "published". presented, accepted (for the special edition) or published.

		2 problems in 1 file (checked 32 entries in N s).

		The build failed, see the message above. The last good site in dist is unchanged."
	`);
	expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe(home);
	expect(existsSync(`${outDir}.staging`)).toBe(false);
});
