import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lastModifiedFromGit } from '../../src/integrations/lastmod';

/** A repository of its own, each file committed on a day of its own, so each page's date says which file it came from. */
const repository = mkdtempSync(join(tmpdir(), 'lastmod-'));
const git = (...args: string[]) => {
	const result = spawnSync('git', args, { cwd: repository, encoding: 'utf8', env: { ...process.env, ...dates } });
	if (result.status !== 0) throw new Error(result.stderr);
};
let dates: Record<string, string> = {};
function commit(file: string, day: string) {
	mkdirSync(dirname(join(repository, file)), { recursive: true });
	writeFileSync(join(repository, file), 'title: x\n');
	dates = { GIT_AUTHOR_DATE: `${day}T12:00:00Z`, GIT_COMMITTER_DATE: `${day}T12:00:00Z` };
	git('add', file);
	git('-c', 'user.name=Fixture', '-c', 'user.email=fixture@example.org', 'commit', '-q', '-m', file);
}

git('init', '-q');
commit('content/papers/written-in-markdown.md', '2031-01-02');
commit('content/papers/written-in-mdx.mdx', '2031-01-03');
commit('content/corrections/table-correction.mdx', '2031-01-04');
commit('content/people/jane-doe.yaml', '2031-01-05');
commit('content/symposia/fixture-2031.yaml', '2031-01-06');
commit('content/editions/fixture-journal-31-2.yaml', '2031-01-07');
commit('content/site.yaml', '2031-01-08');
afterAll(() => rmSync(repository, { recursive: true, force: true }));

describe("the sitemap's lastmod", () => {
	const lastmod = lastModifiedFromGit('content', repository);
	const day = (path: string) => lastmod(path)?.slice(0, 10);

	it("is an entry's own file's last commit, in every extension its collection reads", () => {
		expect(day('/papers/written-in-markdown/')).toBe('2031-01-02');
		expect(day('/papers/written-in-mdx/')).toBe('2031-01-03');
		expect(day('/corrections/table-correction/')).toBe('2031-01-04');
		expect(day('/people/jane-doe/')).toBe('2031-01-05');
		expect(day('/symposia/fixture-2031/')).toBe('2031-01-06');
		expect(day('/editions/fixture-journal-31-2/')).toBe('2031-01-07');
	});

	it('is the newest file of its collection for a listing, and the newest content for any other page', () => {
		expect(day('/papers/')).toBe('2031-01-03');
		expect(day('/papers/2/')).toBe('2031-01-03');
		expect(day('/corrections/')).toBe('2031-01-04');
		expect(day('/symposia/')).toBe('2031-01-06');
		expect(day('/editions/')).toBe('2031-01-07');
		// The site's own settings are content too.
		expect(day('/about/')).toBe('2031-01-08');
		expect(day('/')).toBe('2031-01-08');
	});

	it("is the newest content for a page within a symposium's, such as its programme, which shows other entries", () => {
		expect(day('/symposia/fixture-2031/programme/')).toBe('2031-01-08');
	});

	it('is not given for an entry git does not know', () => {
		expect(lastmod('/papers/never-committed/')).toBeUndefined();
	});
});

describe("the sitemap's lastmod of a page changed on a branch", () => {
	it('is when the branch was merged, not when the change was first committed on it', () => {
		git('switch', '-q', '-c', 'new-paper');
		commit('content/papers/from-a-branch.md', '2031-02-01');
		git('switch', '-q', '-');
		commit('content/people/john-roe.yaml', '2031-02-02');
		dates = { GIT_AUTHOR_DATE: '2031-02-03T12:00:00Z', GIT_COMMITTER_DATE: '2031-02-03T12:00:00Z' };
		git('-c', 'user.name=Fixture', '-c', 'user.email=fixture@example.org', 'merge', '-q', '--no-ff', '-m', 'Merge new-paper', 'new-paper');
		expect(lastModifiedFromGit('content', repository)('/papers/from-a-branch/')?.slice(0, 10)).toBe('2031-02-03');
	});
});
