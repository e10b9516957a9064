import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { encode } from 'cborg';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SECTION_ATTRIBUTE } from '../../src/lib/search/sections';

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
	createIndex: { errors: [] as string[] },
	addDirectory: { errors: [] as string[] },
	writeFiles: { errors: [] as string[] },
};

vi.mock('pagefind', () => ({
	createIndex: vi.fn(async () => {
		calls.push('createIndex');
		return responses.createIndex.errors.length > 0 ? { errors: responses.createIndex.errors } : { errors: [], index: fakeIndex() };
	}),
	close: vi.fn(async () => {
		calls.push('close');
		return null;
	}),
}));

const { buildSearchIndex } = await import('../../src/integrations/pagefind');

/** A page's date as its search record gives it, read back by the fake from the page's text. */
const DATED = /data-date="([^"]+)"/;
/** A page's filter values as its search record gives them (data-pagefind-filter="name:value"), read back by the fake. */
const FILTERED = /data-pagefind-filter="([^:"]+):([^"]+)"/g;

/**
 * Reads the pages of the folder it is given, and writes them as Pagefind would: a bundle with one gzipped fragment per
 * page, and a word index of one file listing each word of the pages (lower case; the fake stems nothing).
 */
function fakeIndex() {
	const pages: { url: string; content: string }[] = [];
	return {
		addDirectory: vi.fn(async ({ path }: { path: string }) => {
			for (const file of readdirSync(path, { recursive: true, encoding: 'utf8' })
				.filter((name) => name.endsWith('.html'))
				.sort()) {
				pages.push({ url: `/${file.replace(/index\.html$/, '')}`, content: readFileSync(join(path, file), 'utf8') });
			}
			const { errors } = responses.addDirectory;
			return { errors, page_count: errors.length > 0 ? 0 : pages.length };
		}),
		writeFiles: vi.fn(async (options: { outputPath: string }) => {
			calls.push(`writeFiles ${options.outputPath} ${pages.map(({ url }) => url).join(' ')}`);
			if (responses.writeFiles.errors.length === 0) {
				mkdirSync(join(options.outputPath, 'fragment'), { recursive: true });
				for (const name of BUNDLE_FILES) writeFileSync(join(options.outputPath, name), '');
				pages.forEach(({ url, content }, index) => {
					const date = DATED.exec(content)?.[1];
					const filters: Record<string, string[]> = {};
					for (const [, name, value] of content.matchAll(FILTERED)) (filters[name!] ??= []).push(value!);
					const fragment = { url, meta: date ? { date } : {}, filters };
					writeFileSync(join(options.outputPath, 'fragment', `en_${index}.pf_fragment`), gzipSync(`pagefind_dcd${JSON.stringify(fragment)}`));
				});
				const words = [
					...new Set(
						pages.flatMap(
							({ content }) =>
								content
									.replace(/<[^>]*>/g, ' ')
									.toLowerCase()
									.match(/[a-z]+/g) ?? [],
						),
					),
				];
				mkdirSync(join(options.outputPath, 'index'));
				const chunk = encode([words.map((word) => [word, [], []])]);
				writeFileSync(join(options.outputPath, 'index', 'en_1.pf_index'), gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), chunk])));
			}
			return { ...responses.writeFiles, outputPath: options.outputPath };
		}),
		deleteIndex: vi.fn(async () => {
			calls.push('deleteIndex');
			return null;
		}),
	};
}

let siteDir: string;

/**
 * Writes a page of the site. Each test's pages carry its own folder's name, so that no test takes a section from the
 * build cache that another test filled.
 */
function page(path: string, html: string) {
	mkdirSync(dirname(join(siteDir, path)), { recursive: true });
	writeFileSync(join(siteDir, path), `${html}<!-- ${siteDir} -->`);
}

beforeEach(() => {
	calls.length = 0;
	siteDir = mkdtempSync(join(tmpdir(), 'site-'));
	page('index.html', '<main><p>Home, which marks no body for the index</p></main>');
	page('people/ann/index.html', '<main data-pagefind-body><p>Ann</p></main>');
	page('papers/one/index.html', `<main data-pagefind-body><p>Each PCT met.</p><div ${SECTION_ATTRIBUTE}="first" data-date="2006-09"></div></main>`);
	page('papers/two/index.html', `<main data-pagefind-body><p>Care trusts.</p><div ${SECTION_ATTRIBUTE}="second" data-date="2010"></div></main>`);
	page(
		'messages/m/index.html',
		`<main data-pagefind-body><p>Partner.</p><div ${SECTION_ATTRIBUTE}="first" data-pagefind-filter="theme:carers"></div><div data-pagefind-filter="theme:housing"></div></main>`,
	);
	page('papers/one/cite.txt', 'not a page');
	responses.createIndex = { errors: [] };
	responses.addDirectory = { errors: [] };
	responses.writeFiles = { errors: [] };
});

const bundle = (...folders: string[]) => join(siteDir, 'pagefind', ...folders);

describe('buildSearchIndex', () => {
	it("writes the site's section, then each symposium's, each with its own pages, freeing each before the next", async () => {
		const report = await buildSearchIndex(siteDir);
		expect(calls).toEqual([
			'createIndex',
			`writeFiles ${bundle('site/')} /people/ann/`,
			'deleteIndex',
			'createIndex',
			`writeFiles ${bundle('symposia', 'first/')} /messages/m/ /papers/one/`,
			'deleteIndex',
			'createIndex',
			`writeFiles ${bundle('symposia', 'second/')} /papers/two/`,
			'deleteIndex',
			'close',
		]);
		expect(report).toEqual({ pages: 4, sections: 3, keptSections: 0, outputPath: bundle('/') });
	});

	it('notes when the index was built, for the dev server', async () => {
		await buildSearchIndex(siteDir);
		const note = JSON.parse(readFileSync(bundle('built.json'), 'utf8'));
		expect(note.pages).toBe(4);
		expect(Date.parse(note.builtAt)).not.toBeNaN();
	});

	it("lists each section's dated pages by the id of their results, for sorting across sections", async () => {
		await buildSearchIndex(siteDir);
		expect(JSON.parse(readFileSync(bundle('symposia', 'first', 'dates.json'), 'utf8'))).toEqual({ en_1: '2006-09' });
		expect(JSON.parse(readFileSync(bundle('symposia', 'second', 'dates.json'), 'utf8'))).toEqual({ en_0: '2010' });
		expect(JSON.parse(readFileSync(bundle('site', 'dates.json'), 'utf8'))).toEqual({});
	});

	it("lists each section's pages' filter values by the id of their results, for counting a search of several variants", async () => {
		await buildSearchIndex(siteDir);
		expect(JSON.parse(readFileSync(bundle('symposia', 'first', 'page-filters.json'), 'utf8'))).toEqual({ en_0: { theme: ['carers', 'housing'] }, en_1: {} });
		expect(JSON.parse(readFileSync(bundle('site', 'page-filters.json'), 'utf8'))).toEqual({ en_0: {} });
	});

	it("leaves out Pagefind's ready-made UI files, and keeps one copy of its scripts, beside the sections", async () => {
		await buildSearchIndex(siteDir);
		const files = (folder: string) => readdirSync(folder).filter((name) => name !== 'fragment' && name !== 'index');
		expect(files(bundle()).sort()).toEqual(['built.json', 'pagefind-highlight.js', 'pagefind.js', 'prefixes', 'site', 'symposia']);
		for (const section of [bundle('site'), bundle('symposia', 'first')]) {
			expect(files(section).sort()).toEqual(['dates.json', 'page-filters.json', 'pagefind-entry.json', 'pagefind-worker.js', 'wasm.en.pagefind']);
		}
	});

	it('indexes again only the sections whose pages changed, and takes the others, as they were, from the build cache', async () => {
		await buildSearchIndex(siteDir);
		/** Each file of the search folder but the note of when it was built, with its bytes, by its path. */
		const files = () =>
			readdirSync(bundle(), { recursive: true, withFileTypes: true })
				.filter((entry) => entry.isFile() && entry.name !== 'built.json')
				.map((entry) => join(entry.parentPath, entry.name))
				.sort()
				.map((path) => [path, readFileSync(path).toString('base64')]);
		const before = files();
		page('papers/two/index.html', `<main data-pagefind-body><p>Care trusts, changed.</p><div ${SECTION_ATTRIBUTE}="second" data-date="2010"></div></main>`);
		calls.length = 0;
		const report = await buildSearchIndex(siteDir);
		expect(calls).toEqual(['createIndex', `writeFiles ${bundle('symposia', 'second/')} /papers/two/`, 'deleteIndex', 'close']);
		expect(report).toMatchObject({ pages: 4, sections: 3, keptSections: 2 });
		// The changed section, and the table of which sections hold which words, which is made again from every section's.
		const unchanged = (pairs: string[][]) =>
			pairs.filter(([path]) => ![bundle('symposia', 'second'), bundle('prefixes')].some((changed) => path!.startsWith(changed)));
		expect(unchanged(files())).toEqual(unchanged(before));
		expect(unchanged(before).length).toBeGreaterThan(10);
	});

	it('lists which sections hold words beginning with each four letters, in a file for each two letters', async () => {
		await buildSearchIndex(siteDir);
		const shard = (letters: string) => JSON.parse(readFileSync(bundle('prefixes', `${letters}.json`), 'utf8'));
		const [first, second] = [bundle('symposia', 'first/'), bundle('symposia', 'second/')].map((path) => path.slice(siteDir.length));
		// "Each PCT met." and "Partner." are the first symposium's; "Care trusts." the second's. Shorter words are not listed.
		expect(shard('ea')).toEqual({ sections: [first], prefixes: { each: [0] } });
		expect(shard('pa')).toEqual({ sections: [first], prefixes: { part: [0] } });
		expect(shard('tr')).toEqual({ sections: [second], prefixes: { trus: [0] } });
		// Every two letters have their file, so that the search page never asks for one that is not there.
		expect(shard('an')).toEqual({ sections: [], prefixes: {} });
		expect(readdirSync(bundle('prefixes'))).toHaveLength(26 * 26);
	});

	it('leaves nothing beside the site once done', async () => {
		await buildSearchIndex(siteDir);
		expect(existsSync(`${siteDir}.search-section`)).toBe(false);
	});

	it('drops the sections of an earlier build', async () => {
		await buildSearchIndex(siteDir);
		page('papers/two/index.html', `<main data-pagefind-body><p>Care trusts.</p><div ${SECTION_ATTRIBUTE}="first"></div></main>`);
		await buildSearchIndex(siteDir);
		expect(existsSync(bundle('symposia', 'second'))).toBe(false);
	});

	it("fails with Pagefind's own words, and still frees the index and closes, when a step reports errors", async () => {
		responses.addDirectory = { errors: ['could not parse page.html'] };
		await expect(buildSearchIndex(siteDir)).rejects.toThrow('Search indexing failed at addDirectory (/pagefind/site/):\ncould not parse page.html');
		expect(calls).toEqual(['createIndex', 'deleteIndex', 'close']);
	});

	it('fails when there is nothing to index, rather than shipping an empty search', async () => {
		const empty = mkdtempSync(join(tmpdir(), 'site-'));
		await expect(buildSearchIndex(empty)).rejects.toThrow(`Search indexing found no pages in ${empty}.`);
		expect(calls.at(-1)).toBe('close');
	});

	it('closes Pagefind even when creating the index fails', async () => {
		responses.createIndex = { errors: ['the service did not start'] };
		await expect(buildSearchIndex(siteDir)).rejects.toThrow('Search indexing failed at createIndex');
		expect(calls).toEqual(['createIndex', 'close']);
	});

	it('fails when writing the bundle fails', async () => {
		responses.writeFiles = { errors: ['disk full'] };
		await expect(buildSearchIndex(siteDir)).rejects.toThrow('Search indexing failed at writeFiles (/pagefind/site/):\ndisk full');
		expect(calls.at(-1)).toBe('close');
	});
});
