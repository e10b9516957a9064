import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls: string[] = [];
/** What Pagefind 1.6 writes at the top of its bundle, besides the index folders. */
const BUNDLE_FILES = [
	'pagefind.js',
	'pagefind-worker.js',
	'pagefind-highlight.js',
	'pagefind-entry.json',
	'wasm.en.pagefind',
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
];
const responses = {
	createIndex: { errors: [] as string[], index: undefined as unknown },
	addDirectory: { errors: [] as string[] },
	writeFiles: { errors: [] as string[], outputPath: '' },
};

vi.mock('pagefind', () => ({
	createIndex: vi.fn(async () => {
		calls.push('createIndex');
		return responses.createIndex;
	}),
	close: vi.fn(async () => {
		calls.push('close');
		return null;
	}),
}));

const { buildSearchIndex } = await import('../../src/integrations/pagefind');

function fakeIndex() {
	return {
		// Pagefind reads the folder itself: the fake counts its pages as Pagefind would.
		addDirectory: vi.fn(async (directory: { path: string }) => {
			calls.push(`addDirectory ${directory.path}`);
			const pages = readdirSync(directory.path, { recursive: true }).filter((file) => String(file).endsWith('.html'));
			return { ...responses.addDirectory, page_count: responses.addDirectory.errors.length > 0 ? 0 : pages.length };
		}),
		writeFiles: vi.fn(async (options: { outputPath: string }) => {
			calls.push(`writeFiles ${options.outputPath}`);
			if (responses.writeFiles.errors.length === 0) {
				mkdirSync(options.outputPath, { recursive: true });
				for (const name of BUNDLE_FILES) writeFileSync(join(options.outputPath, name), '');
			}
			return responses.writeFiles;
		}),
	};
}

let siteDir: string;

beforeEach(() => {
	calls.length = 0;
	siteDir = mkdtempSync(join(tmpdir(), 'site-'));
	mkdirSync(join(siteDir, 'papers', 'one'), { recursive: true });
	writeFileSync(join(siteDir, 'index.html'), '<main data-pagefind-body><p>Home</p></main>');
	writeFileSync(join(siteDir, 'papers', 'one', 'index.html'), '<main data-pagefind-body><p>Each PCT met.</p></main>');
	writeFileSync(join(siteDir, 'papers', 'one', 'cite.txt'), 'not a page');
	responses.createIndex = { errors: [], index: fakeIndex() };
	responses.addDirectory = { errors: [] };
	responses.writeFiles = { errors: [], outputPath: join(siteDir, 'pagefind') };
});

describe('buildSearchIndex', () => {
	it('creates the index, adds the built site, writes the bundle inside the site, then closes Pagefind', async () => {
		const report = await buildSearchIndex(siteDir);
		expect(calls).toEqual(['createIndex', `addDirectory ${siteDir}`, `writeFiles ${join(siteDir, 'pagefind')}`, 'close']);
		expect(report).toEqual({ pages: 2, outputPath: join(siteDir, 'pagefind') });
	});

	it('notes when the index was built, for the dev server', async () => {
		await buildSearchIndex(siteDir);
		const note = JSON.parse(readFileSync(join(siteDir, 'pagefind', 'built.json'), 'utf8'));
		expect(note.pages).toBe(2);
		expect(Date.parse(note.builtAt)).not.toBeNaN();
	});

	it("leaves out Pagefind's ready-made UI files, which the site never loads, and keeps the rest", async () => {
		await buildSearchIndex(siteDir);
		expect(readdirSync(join(siteDir, 'pagefind')).sort()).toEqual(
			['built.json', 'pagefind-entry.json', 'pagefind-highlight.js', 'pagefind-worker.js', 'pagefind.js', 'wasm.en.pagefind'].sort(),
		);
	});

	it("fails with Pagefind's own words, and still closes, when a step reports errors", async () => {
		responses.addDirectory = { errors: ['could not parse page.html'] };
		await expect(buildSearchIndex(siteDir)).rejects.toThrow('Search indexing failed at addDirectory:\ncould not parse page.html');
		expect(calls.at(-1)).toBe('close');
		expect(calls.some((call) => call.startsWith('writeFiles'))).toBe(false);
	});

	it('fails when there is nothing to index, rather than shipping an empty search', async () => {
		const empty = mkdtempSync(join(tmpdir(), 'site-'));
		await expect(buildSearchIndex(empty)).rejects.toThrow(`Search indexing found no pages in ${empty}.`);
		expect(calls.at(-1)).toBe('close');
	});

	it('closes Pagefind even when creating the index fails', async () => {
		responses.createIndex = { errors: ['the service did not start'], index: undefined };
		await expect(buildSearchIndex(siteDir)).rejects.toThrow('Search indexing failed at createIndex');
		expect(calls).toEqual(['createIndex', 'close']);
	});

	it('fails when writing the bundle fails', async () => {
		responses.writeFiles = { errors: ['disk full'], outputPath: '' };
		await expect(buildSearchIndex(siteDir)).rejects.toThrow('Search indexing failed at writeFiles:\ndisk full');
		expect(calls.at(-1)).toBe('close');
	});
});
