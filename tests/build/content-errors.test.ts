import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildSite, root, SITES } from '../sites';

/**
 * What an editor meets when a commit has a mistake: the build stops, and its message
 * names the file, the field and the fix. Each test breaks one thing in a copy of the
 * fixture content.
 */
vi.setConfig({ testTimeout: 120_000 });

// One fixed folder, so every run shares one content cache (Astro keeps a cache per content folder).
const workDir = join(root, 'tests/.output/content-errors');
const contentDir = join(workDir, 'content');
const outDir = join(workDir, 'dist');

beforeEach(() => {
	rmSync(workDir, { recursive: true, force: true });
	cpSync(SITES.fixtures.contentDir, contentDir, { recursive: true });
});

afterEach(() => {
	rmSync(workDir, { recursive: true, force: true });
});

function edit(file: string, change: (text: string) => string) {
	const path = join(contentDir, file);
	const before = readFileSync(path, 'utf8');
	const after = change(before);
	expect(after, `the test's edit to ${file} changed nothing`).not.toBe(before);
	writeFileSync(path, after);
}

function expectFailure(...fragments: (string | RegExp)[]) {
	const { ok, output } = buildSite(contentDir, outDir);
	expect(ok, output).toBe(false);
	for (const fragment of fragments) {
		if (typeof fragment === 'string') expect(output).toContain(fragment);
		else expect(output).toMatch(fragment);
	}
	return output;
}

describe('a broken content file stops the build with a message an editor can act on', () => {
	it('a DOI written as a web address', () => {
		edit('papers/discharge-to-assess-evaluation.mdx', (text) => text.replace(/^doi: (.*)$/m, 'doi: https://doi.org/$1'));
		expectFailure(
			'papers/discharge-to-assess-evaluation.mdx',
			'doi: A DOI starts with "10." and a slash',
			'Remove any "doi:" or "https://doi.org/" in front of it.',
		);
	});

	it('an author who does not exist', () => {
		edit('papers/shared-care-records.mdx', (text) => text.replace(/^authors:\n  - ([\w-]+)$/m, 'authors:\n  - $1x'));
		expectFailure(/papers\/shared-care-records\.mdx: authors\[0\] names "[\w-]+x", but there is no entry with that name in people\. Did you mean "[\w-]+"\?/);
	});

	it('a photo without alt text', () => {
		edit('people/margaret-fenwick.yaml', (text) => text.replace(/^photoAlt:.*\n/m, ''));
		expectFailure('people/margaret-fenwick.yaml', 'photoAlt: This person has a photo but no photoAlt.');
	});

	it('a photo file that is missing', () => {
		edit('people/margaret-fenwick.yaml', (text) => text.replace(/^photo: .*$/m, 'photo: ./no-such-portrait.png'));
		expectFailure('people/margaret-fenwick.yaml: photo names the image "./no-such-portrait.png", which does not exist.');
	});

	// YAML reads an unquoted full date itself (and rolls 2031-02-30 over to 2 March),
	// so only month-precision and quoted dates reach our own check.
	it('an impossible month', () => {
		edit('messages/one-team-one-front-door.mdx', (text) => text.replace(/^lastReviewed: .*$/m, 'lastReviewed: 2031-13'));
		expectFailure('messages/one-team-one-front-door.mdx', 'lastReviewed: "2031-13" has no month 13.');
	});

	it('an impossible quoted day', () => {
		edit('messages/one-team-one-front-door.mdx', (text) => text.replace(/^lastReviewed: .*$/m, 'lastReviewed: "2031-02-30"'));
		expectFailure('messages/one-team-one-front-door.mdx', 'lastReviewed: "2031-02-30" has no day 30 in that month.');
	});

	it('a paper status that is not one of the allowed values', () => {
		edit('papers/shared-care-records.mdx', (text) => text.replace(/^status: .*$/m, 'status: printed'));
		expectFailure('papers/shared-care-records.mdx', 'status', 'presented');
	});
});

describe('a failed build loses nothing', () => {
	it('leaves the last good site in place', () => {
		expect(buildSite(contentDir, outDir).ok).toBe(true);
		const home = readFileSync(join(outDir, 'index.html'), 'utf8');

		edit('papers/shared-care-records.mdx', (text) => text.replace(/^status: .*$/m, 'status: printed'));
		const output = expectFailure('The build failed');
		expect(output).toContain(`The last good site in ${outDir} is unchanged.`);
		expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe(home);
		expect(existsSync(`${outDir}.staging`)).toBe(false);
	});
});
