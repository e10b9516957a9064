/**
 * The peer for `npm run bench -- --peer starlight`: Starlight, the Astro docs theme, pinned
 * with its lockfile in scripts/bench/peers/starlight/. The bench copies that folder into its
 * temporary folder and installs it there with `npm ci`; the installed node_modules is then
 * kept under node_modules/.cache/bench-peers/ by the lockfile's hash, so the next run moves
 * it back instead of installing again.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildCommand } from './build-run.ts';
import type { Paper } from './content.ts';
import type { SearchBox } from './reader-search.ts';

const TEMPLATE = fileURLToPath(new URL('peers/starlight/', import.meta.url));
const CACHE_PREFIX = 'starlight-';

/** A paper as a Starlight docs page: the same title, summary (as its description) and MDX text. */
export function starlightPage(paper: Paper): string {
	const frontmatter = `---\ntitle: ${JSON.stringify(paper.title)}\ndescription: ${JSON.stringify(paper.plainSummary)}\n---\n\n`;
	// This site shows the abstract above the text; Starlight has no field for it, so it opens the text.
	return `${frontmatter}${paper.abstract ? `${paper.abstract}\n\n` : ''}${paper.body}`;
}

/** Where a paper's page is on the peer: Starlight routes src/content/docs/papers/<id>.mdx there. */
export const DOCS_PAPERS = 'src/content/docs/papers';

export interface StarlightSite {
	dir: string;
	dist: string;
	version: string;
	pagefindVersion: string;
	/** Writes the papers as docs pages, replacing any from an earlier corpus. */
	writePapers(papers: Iterable<Paper>): void;
	/** What a cold build starts without: Astro's caches (content store, generated types) and the last build. */
	coldPaths: string[];
	build(logFile: string): BuildCommand;
	/** Keeps the installed node_modules for the next run. */
	release(): void;
}

/** The version of a package installed in root's node_modules. */
export const installedVersion = (root: string, pkg: string) =>
	(JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

/** Copies the pinned site into work/starlight and installs it (from the cache when it can). */
export function installStarlight(repo: string, work: string): StarlightSite {
	const dir = join(work, 'starlight');
	cpSync(TEMPLATE, dir, { recursive: true, filter: (source) => !/[/\\](node_modules|dist|\.astro)$/.test(source) });
	const lockHash = createHash('sha256')
		.update(readFileSync(join(dir, 'package-lock.json')))
		.digest('hex')
		.slice(0, 16);
	const cacheRoot = join(repo, 'node_modules/.cache/bench-peers');
	const cached = join(cacheRoot, `${CACHE_PREFIX}${lockHash}`, 'node_modules');
	if (existsSync(cached)) {
		renameSync(cached, join(dir, 'node_modules'));
	} else {
		console.log(`Installing the Starlight peer with npm ci (once per lockfile; kept in ${cacheRoot}) …`);
		// npm scripts put the project's Node 24 first on PATH; npm ci should run under it too.
		const path = `${join(repo, 'node_modules/.bin')}:${process.env.PATH ?? ''}`;
		const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit', env: { ...process.env, PATH: path } });
		if (result.status !== 0) throw new Error(`npm ci failed in ${dir}.`);
	}
	return {
		dir,
		dist: join(dir, 'dist'),
		version: installedVersion(dir, '@astrojs/starlight'),
		pagefindVersion: installedVersion(dir, 'pagefind'),
		writePapers: (papers) => {
			const docs = join(dir, DOCS_PAPERS);
			rmSync(docs, { recursive: true, force: true });
			mkdirSync(docs, { recursive: true });
			for (const paper of papers) writeFileSync(join(docs, `${paper.id}.mdx`), starlightPage(paper));
		},
		coldPaths: [join(dir, '.astro'), join(dir, 'node_modules/.astro'), join(dir, 'dist')],
		build: (logFile) => ({ command: [process.execPath, join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], cwd: dir, env: {}, logFile }),
		release: () => {
			if (!existsSync(join(dir, 'node_modules'))) return;
			// An install for an older lockfile will not be used again.
			if (existsSync(cacheRoot))
				for (const old of readdirSync(cacheRoot)) if (old.startsWith(CACHE_PREFIX)) rmSync(join(cacheRoot, old), { recursive: true, force: true });
			mkdirSync(join(cached, '..'), { recursive: true });
			rmSync(join(dir, 'node_modules/.astro'), { recursive: true, force: true });
			renameSync(join(dir, 'node_modules'), cached);
		},
	};
}

/** Starlight's search: a button in the header opens a dialog with Pagefind's UI, which searches as the reader types. */
export const STARLIGHT_SEARCH: SearchBox = {
	open: async (page) => {
		await page.click('button[data-open-modal]');
		await page.locator('dialog[open] .pagefind-ui__search-input').waitFor({ state: 'visible' });
	},
	input: 'dialog[open] .pagefind-ui__search-input',
	submit: false,
	results: 'dialog',
};
