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
	addDirectory: { errors: [] as string[], page_count: 12 },
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
		addDirectory: vi.fn(async (options: { path: string }) => {
			calls.push(`addDirectory ${options.path}`);
			return responses.addDirectory;
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
	responses.createIndex = { errors: [], index: fakeIndex() };
	responses.addDirectory = { errors: [], page_count: 12 };
	responses.writeFiles = { errors: [], outputPath: join(siteDir, 'pagefind') };
});

describe('buildSearchIndex', () => {
	it('creates the index, adds the built site, writes the bundle inside it, then closes Pagefind', async () => {
		const report = await buildSearchIndex(siteDir);
		expect(calls).toEqual(['createIndex', `addDirectory ${siteDir}`, `writeFiles ${join(siteDir, 'pagefind')}`, 'close']);
		expect(report).toEqual({ pages: 12, outputPath: join(siteDir, 'pagefind') });
	});

	it('notes when the index was built, for the dev server', async () => {
		await buildSearchIndex(siteDir);
		const note = JSON.parse(readFileSync(join(siteDir, 'pagefind', 'built.json'), 'utf8'));
		expect(note.pages).toBe(12);
		expect(Date.parse(note.builtAt)).not.toBeNaN();
	});

	it('leaves out Pagefind\'s ready-made UI files, which the site never loads, and keeps the rest', async () => {
		await buildSearchIndex(siteDir);
		expect(readdirSync(join(siteDir, 'pagefind')).sort()).toEqual(
			['built.json', 'pagefind-entry.json', 'pagefind-highlight.js', 'pagefind-worker.js', 'pagefind.js', 'wasm.en.pagefind'].sort(),
		);
	});

	it('fails with Pagefind\'s own words, and still closes, when a step reports errors', async () => {
		responses.addDirectory = { errors: ['could not read page.html'], page_count: 0 };
		await expect(buildSearchIndex(siteDir)).rejects.toThrow('Search indexing failed at addDirectory:\ncould not read page.html');
		expect(calls.at(-1)).toBe('close');
		expect(calls.some((call) => call.startsWith('writeFiles'))).toBe(false);
	});

	it('fails when there is nothing to index, rather than shipping an empty search', async () => {
		responses.addDirectory = { errors: [], page_count: 0 };
		await expect(buildSearchIndex(siteDir)).rejects.toThrow(`Search indexing found no pages in ${siteDir}.`);
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
