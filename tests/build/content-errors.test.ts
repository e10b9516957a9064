import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { CACHE_FILE } from '../../src/lib/build/cache';
import { buildSite, root, SITES } from '../sites';

/**
 * The build runs the content check first (tests/build/content-check.test.ts has a test
 * for each kind of problem): bad content stops it with the check's own messages, and
 * the last good site stays in place, as it does when a step after Astro (the search
 * index) fails. Astro itself, which `npm run dev` runs without the check, shows the
 * same messages.
 */
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

// One fixed folder, so every run shares one content cache (Astro keeps a cache per content folder).
const workDir = join(root, 'tests/.output/content-errors');
const contentDir = join(workDir, 'content');
const outDir = join(workDir, 'dist');

/** The good site's home page, built once before any test breaks something. */
let home: string;

function copyContent() {
	rmSync(contentDir, { recursive: true, force: true });
	cpSync(SITES.fixtures.contentDir, contentDir, { recursive: true });
}

beforeAll(() => {
	rmSync(workDir, { recursive: true, force: true });
	copyContent();
	const good = buildSite(contentDir, outDir);
	expect(good.ok, good.output).toBe(true);
	home = readFileSync(join(outDir, 'index.html'), 'utf8');
});

beforeEach(copyContent);

afterAll(() => {
	rmSync(workDir, { recursive: true, force: true });
});

/** What an editor reads, with paths as they would be from the project folder. */
const asEditorSees = (output: string) =>
	output
		.trim()
		.replaceAll(`${workDir}/`, '')
		.replaceAll('tests/.output/content-errors/', '')
		.replace(/[\d.]+ s\)/, 'N s)');

function edit(file: string, pattern: RegExp, replacement: string) {
	const path = join(contentDir, file);
	const before = readFileSync(path, 'utf8');
	const after = before.replace(pattern, replacement);
	expect(after, `the test's edit to ${file} changed nothing`).not.toBe(before);
	writeFileSync(path, after);
}

it('refuses bad content with the same messages as npm run check, and keeps the last good site', () => {
	edit('papers/shared-care-records.mdx', /^status: .*$/m, 'status: printed');
	edit('papers/shared-care-records.mdx', /^ {2}- jess-whitfield$/m, '  - jess-whitfeld');
	const { ok, output } = buildSite(contentDir, outDir);
	expect(ok).toBe(false);
	expect(asEditorSees(output)).toMatchInlineSnapshot(`
		"content/papers/shared-care-records.mdx:6  authors[1]: no person "jess-whitfeld" (did you mean "jess-whitfield"?)
		content/papers/shared-care-records.mdx:14  status: found "printed", expected one of "presented", "accepted", "published". presented (at the symposium only), accepted (by the journal) or published.

		2 problems in 1 file (checked 50 entries in N s).

		The build failed, see the message above. The last good site in dist is unchanged."
	`);
	expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe(home);
	expect(existsSync(`${outDir}.staging`)).toBe(false);
	// Astro, started beside the check, was stopped and is gone.
	expect(processesOnTheContent()).toEqual([]);
});

it('renders entries’ text again from their files when the build cache has lost it', () => {
	const cache = new DatabaseSync(CACHE_FILE, { timeout: 30_000 });
	const forget = cache.prepare(`DELETE FROM kept WHERE key LIKE 'entry-text/%'`);
	expect(forget.run().changes, 'the good build kept its rendered text').toBeGreaterThan(0);
	cache.close();
	const { ok, output } = buildSite(contentDir, outDir);
	expect(ok, output).toBe(true);
	const page = readFileSync(join(outDir, 'papers/shared-care-records/index.html'), 'utf8');
	const heading = /^## (.+)$/m.exec(readFileSync(join(contentDir, 'papers/shared-care-records.mdx'), 'utf8'))![1]!;
	expect(page).toMatch(new RegExp(`<h2 id="[^"]+">${heading}</h2>`));
});

it('keeps the last good site when the search index cannot be written after Astro has built the pages', () => {
	// A paper changed since the good build, so that its section of the index is not taken from the build cache but
	// written again, by the indexer binary this variable names for Pagefind's Node API: here, none.
	edit('papers/shared-care-records.mdx', /\n*$/, '\n\nA sentence added since the last good build.\n');
	const { ok, output } = buildSite(contentDir, outDir, { PAGEFIND_EXTENDED_BINARY_PATH: join(workDir, 'no-pagefind-here') });
	expect(ok).toBe(false);
	expect(output).toContain('[build] Complete!');
	expect(output).toMatch(/The build failed, see the message above\. The last good site in \S+ is unchanged\./);
	expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe(home);
	expect(existsSync(join(outDir, 'pagefind', 'pagefind.js'))).toBe(true);
	expect(existsSync(`${outDir}.staging`)).toBe(false);
});

/** `astro sync` on the test's content, as `npm run dev` reads it: without the check first. */
function astroSync() {
	const astro = join(root, 'node_modules/astro/bin/astro.mjs');
	return spawnSync(process.execPath, [astro, 'sync'], {
		cwd: root,
		env: { ...process.env, CONTENT_DIR: contentDir, NO_COLOR: '1', FORCE_COLOR: '0' },
		encoding: 'utf8',
	});
}

it('Astro itself, as in npm run dev, reports bad content with the same messages', () => {
	edit('papers/shared-care-records.mdx', /^status: .*$/m, 'status: printed');
	edit('people/margaret-fenwick.yaml', /^orcid: .*$/m, 'orcid: 0000-0002-1825-0079');
	const { status, stdout, stderr } = astroSync();
	expect(status).not.toBe(0);
	const report = asEditorSees(`${stdout}\n${stderr}`)
		.split('\n')
		.map((line) => line.replace(/^\[AstroUserError\] /, ''))
		.filter((line) => line.startsWith('content/') || /^\d+ problems?/.test(line));
	expect(report).toMatchInlineSnapshot(`
		[
		  "content/papers/shared-care-records.mdx:14  status: found "printed", expected one of "presented", "accepted", "published". presented (at the symposium only), accepted (by the journal) or published.",
		  "content/people/margaret-fenwick.yaml:9  orcid: found "0000-0002-1825-0079". This ORCID iD fails its checksum: a digit is probably mistyped. Copy it again from the person's orcid.org page.",
		  "2 problems in 2 files (checked 50 entries in N s).",
		]
	`);
	expect(stderr + stdout).not.toMatch(/^\s+at /m);
});

/** The processes still running with this test's content folder in their environment: what a build started and left behind. */
function processesOnTheContent(): string[] {
	return readdirSync('/proc')
		.filter((pid) => /^\d+$/.test(pid) && Number(pid) !== process.pid)
		.flatMap((pid) => {
			try {
				return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(`CONTENT_DIR=${contentDir}`)
					? [readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ')]
					: [];
			} catch {
				return []; // Gone since it was listed, or not ours to read.
			}
		});
}

it('Astro itself, meeting bad files in every collection, checks the content once, in its own process, and leaves nothing running', () => {
	edit('papers/shared-care-records.mdx', /^status: .*$/m, 'status: printed');
	edit('papers/discharge-to-assess-evaluation.mdx', /^status: .*$/m, 'status: printed');
	edit('messages/share-the-record.mdx', /^order: .*$/m, 'order: first');
	edit('commentary/fixture-weekly-report.mdx', /^text: .*$/m, 'text: all of it');
	edit('corrections/pooled-budgets-erratum.mdx', /^kind: .*$/m, 'kind: retraction');
	edit('people/margaret-fenwick.yaml', /^orcid: .*$/m, 'orcid: 0000-0002-1825-0079');
	edit('sessions/opening-plenary.yaml', /^order: .*$/m, 'order: first');
	const { status, stdout, stderr } = astroSync();
	expect(status).not.toBe(0);
	expect(`${stdout}\n${stderr}`.match(/^(?:\[AstroUserError\] )?\d+ problems in \d+ files/gm)).toEqual([expect.stringMatching(/7 problems in 7 files/)]);
	expect(processesOnTheContent()).toEqual([]);
});

it('Astro itself refuses an entry’s text that holds code, naming the file', () => {
	edit('papers/shared-care-records.mdx', /^### Who took part$/m, 'Waiting fell by {rate} per cent.\n\n$&');
	const { status, stdout, stderr } = astroSync();
	expect(status).not.toBe(0);
	expect(asEditorSees(`${stdout}\n${stderr}`)).toContain("content/papers/shared-care-records.mdx  body: {rate} is code, which an entry's text cannot run");
});
