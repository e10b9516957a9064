import { createHash, type Hash } from 'node:crypto';
import { link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import * as pagefind from 'pagefind';
import { cacheKey, keepResult, readCached } from '../lib/build/cache';
import { packFolder, unpackFolder } from '../lib/build/kept-folder';
import { DATES_FILE, PAGE_FILTERS_FILE, SEARCH_FOLDER, SECTION_ATTRIBUTE, SITE_SECTION, symposiumSection, type PageFilters } from '../lib/search/sections';
import { indexedPrefix, PREFIX_LENGTH, PREFIXES_FOLDER, shardPath, type PrefixShard } from '../lib/search/word-prefixes';

export interface IndexReport {
	pages: number;
	/** The site's own section and one per symposium. */
	sections: number;
	/** Sections whose pages were all as a build before found them, so their bundles came from the build cache. */
	keptSections: number;
	outputPath: string;
}

/**
 * Pagefind's ready-made search interfaces. This site has its own search page on the
 * JavaScript API, so nothing loads them; Pagefind has no option to leave them out, so
 * they are removed after writing, to keep 380 KB of dead files out of every deploy.
 */
const UNUSED_UI = /^pagefind-(ui|modular-ui|component-ui)\.(js|css)$/;
/**
 * Pagefind's scripts, which every section's bundle holds a copy of: one copy is kept, in the search folder. Each
 * section keeps its own wasm and worker, which the first section a search loads reads from its own folder.
 */
const SHARED_SCRIPTS = ['pagefind.js', 'pagefind-highlight.js'];

/**
 * How much of the word index Pagefind puts in one file: it closes a file once the words in it occur this many times
 * (an undocumented setting; its source's default is 20,000). A search fetches the files holding its words, so
 * smaller files mean fewer bytes before the first result. The price is a longer list of files in the metadata that
 * every search loads once, and more files to deploy; src/lib/build/README.md and BENCHMARKS.md have the figures
 * that chose this value. A value set outside wins, for the bench.
 */
const INDEX_CHUNK_SIZE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';
const INDEX_CHUNK_OCCURRENCES = '1500';

/** The note of when the index was built, in the index's folder: the dev server's search page reads it, no reader does. */
export const BUILT_NOTE = 'pagefind/built.json';

const SECTION = new RegExp(`${SECTION_ATTRIBUTE}="([^"]+)"`);

/** Fails the build with everything Pagefind said, so a broken index never ships quietly. */
function check(step: string, errors: string[]) {
	if (errors.length > 0) throw new Error(`Search indexing failed at ${step}:\n${errors.join('\n')}`);
}

/** A section's pages, and a hash of their addresses and text: a section whose pages are all as they were is not indexed again. */
interface SectionPages {
	paths: string[];
	hash: Hash;
}

/**
 * The built pages Pagefind indexes (those that mark their body for it), by the folder of their section, in the order
 * they are written: the site's first, then each symposium's. Each page's text is read again when its section is
 * indexed, so only the paths and a hash are held.
 */
async function pagesBySection(siteDir: string): Promise<Map<string, SectionPages>> {
	const newSection = () => ({ paths: [], hash: createHash('sha256') });
	const sections = new Map<string, SectionPages>([[SITE_SECTION, newSection()]]);
	const paths = (await readdir(siteDir, { recursive: true }))
		.map((path) => path.split(sep).join('/'))
		.filter((path) => path.endsWith('.html') && !path.startsWith('pagefind/'))
		.sort();
	for (const path of paths) {
		const html = await readFile(join(siteDir, path), 'utf8');
		if (!html.includes('data-pagefind-body')) continue;
		const symposium = SECTION.exec(html)?.[1];
		const folder = symposium ? symposiumSection(symposium) : SITE_SECTION;
		if (!sections.has(folder)) sections.set(folder, newSection());
		const section = sections.get(folder)!;
		section.paths.push(path);
		section.hash.update(`${path}\0`).update(html);
	}
	return sections;
}

/** One of the files Pagefind wrote into a bundle's folders, unpacked: gzipped, behind Pagefind's signature. */
async function readPagefindFile(path: string): Promise<Buffer> {
	return gunzipSync(await readFile(path)).subarray('pagefind_dcd'.length);
}

/**
 * Each dated page's date and each page's filter values, by the id Pagefind gives its result: read back from the
 * fragments it wrote.
 */
async function pagesOf(bundle: string): Promise<{ dates: Record<string, string>; filters: Record<string, PageFilters> }> {
	const dates: Record<string, string> = {};
	const filters: Record<string, PageFilters> = {};
	const folder = join(bundle, 'fragment');
	for (const name of await readdir(folder)) {
		const fragment = JSON.parse((await readPagefindFile(join(folder, name))).toString('utf8')) as { meta: Record<string, string>; filters?: PageFilters };
		const id = name.replace(/\.pf_fragment$/, '');
		const date = fragment.meta['date'];
		if (date) dates[id] = date;
		filters[id] = fragment.filters ?? {};
	}
	return { dates, filters };
}

/** The prefixes of the words in a section's word index (src/lib/search/word-prefixes.ts), read from the files Pagefind wrote. */
async function prefixesOf(bundle: string): Promise<string[]> {
	const prefixes = new Set<string>();
	const folder = join(bundle, 'index');
	// A section with no pages has no word index.
	const names = await readdir(folder).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? [] : Promise.reject(error)));
	for (const name of names) {
		// A file of the word index is a list of words, each with the pages that hold it.
		const [words] = decode(await readPagefindFile(join(folder, name))) as [[string, ...unknown[]][]];
		for (const [word] of words) {
			const prefix = indexedPrefix(word);
			if (prefix) prefixes.add(prefix);
		}
	}
	return [...prefixes].sort();
}

/** A section's prefixes, written beside its bundle so that they are kept with it in the build cache, and removed once read. */
const PREFIXES_FILE = 'prefixes.json';

const LETTERS = [...'abcdefghijklmnopqrstuvwxyz'];

/**
 * Writes the table of which sections hold words beginning with each prefix, a file for each two letters they begin
 * with: every two letters have a file, empty when no word begins so, as the search page asks for any.
 */
async function writePrefixTable(siteDir: string, sectionsOf: Map<string, string[]>): Promise<void> {
	const shards = new Map<string, PrefixShard>(
		LETTERS.flatMap((first) => LETTERS.map((second) => [shardPath(`${first}${second}`), { sections: [], prefixes: {} }])),
	);
	for (const [prefix, folders] of [...sectionsOf].sort(([a], [b]) => a.localeCompare(b))) {
		const path = shardPath(prefix);
		const shard = shards.get(path)!;
		shard.prefixes[prefix] = folders.map((folder) => {
			const place = shard.sections.indexOf(folder);
			return place >= 0 ? place : shard.sections.push(folder) - 1;
		});
	}
	await mkdir(join(siteDir, PREFIXES_FOLDER), { recursive: true });
	for (const [path, shard] of shards) await writeFile(join(siteDir, path), JSON.stringify(shard));
}

/**
 * Indexes one section's pages and writes its bundle into `outputPath`. Pagefind reads
 * pages from a folder faster than it is handed them one by one (src/lib/build/README.md), so the section's pages are
 * linked into a folder of their own beside the site, at the same paths, which gives them the same addresses.
 */
async function indexSection(siteDir: string, folder: string, paths: string[], outputPath: string): Promise<void> {
	const pages = `${siteDir}.search-section`;
	await rm(pages, { recursive: true, force: true });
	await mkdir(pages);
	for (const path of paths) {
		await mkdir(dirname(join(pages, path)), { recursive: true });
		await link(join(siteDir, path), join(pages, path));
	}
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
	check('createIndex', errors);
	if (!index) throw new Error('Search indexing failed at createIndex: Pagefind returned no index.');
	try {
		const added = await index.addDirectory({ path: pages });
		check(`addDirectory (${folder})`, added.errors);
		const written = await index.writeFiles({ outputPath });
		check(`writeFiles (${folder})`, written.errors);
		for (const name of await readdir(outputPath)) if (UNUSED_UI.test(name)) await rm(join(outputPath, name));
		const { dates, filters } = await pagesOf(outputPath);
		await writeFile(join(outputPath, DATES_FILE), JSON.stringify(dates));
		await writeFile(join(outputPath, PAGE_FILTERS_FILE), JSON.stringify(filters));
		await writeFile(join(outputPath, PREFIXES_FILE), JSON.stringify(await prefixesOf(outputPath)));
	} finally {
		// Frees the section's index in Pagefind's service before the next is built.
		await index.deleteIndex();
		await rm(pages, { recursive: true, force: true });
	}
}

/**
 * Everything besides its pages that shapes a section's bundle: the code that writes it and lists its words' prefixes,
 * Pagefind's version and the word-index setting. Part of each section's key in the build cache.
 */
async function sectionDesign(): Promise<string> {
	const { version } = JSON.parse(await readFile(join(process.cwd(), 'node_modules/pagefind/package.json'), 'utf8')) as { version: string };
	return JSON.stringify([indexSection, pagesOf, prefixesOf, indexedPrefix, PREFIX_LENGTH, version, process.env[INDEX_CHUNK_SIZE]].map(String));
}

/**
 * Writes one section's bundle, from the build cache when the section's pages are as a build before found them (the
 * cache's key is a hash of them all, so a kept bundle is never stale), and keeps the ones it indexes; then leaves
 * Pagefind's scripts once, in the search folder. Returns whether the bundle came from the cache, and the prefixes of its words.
 */
async function writeSection(siteDir: string, folder: string, { paths, hash }: SectionPages, design: string): Promise<{ kept: boolean; prefixes: string[] }> {
	const outputPath = join(siteDir, folder);
	const key = cacheKey('search-sections', [design, hash.digest('hex')]);
	const kept = readCached(key);
	if (kept) await unpackFolder(kept, outputPath);
	else {
		await indexSection(siteDir, folder, paths, outputPath);
		keepResult(key, await packFolder(outputPath));
	}
	for (const name of SHARED_SCRIPTS) {
		if (folder === SITE_SECTION) await rename(join(outputPath, name), join(siteDir, SEARCH_FOLDER, name));
		else await rm(join(outputPath, name));
	}
	const prefixes = JSON.parse(await readFile(join(outputPath, PREFIXES_FILE), 'utf8')) as string[];
	await rm(join(outputPath, PREFIXES_FILE));
	return { kept: kept !== undefined, prefixes };
}

/**
 * Indexes the built site in `siteDir` with Pagefind's Node API, in sections (src/lib/search/sections.ts), each
 * written into `siteDir/pagefind` and freed before the next, with a note of when it was built for the dev server to
 * show. The search page expands synonyms as it searches, so pages are indexed in their own words. Pagefind runs as a
 * separate service process; it is closed even when a step fails.
 */
export async function buildSearchIndex(siteDir: string): Promise<IndexReport> {
	// Pagefind's service process inherits this process's environment when createIndex starts it.
	process.env[INDEX_CHUNK_SIZE] ??= INDEX_CHUNK_OCCURRENCES;
	const outputPath = join(siteDir, SEARCH_FOLDER);
	try {
		const sections = await pagesBySection(siteDir);
		if ([...sections.values()].every(({ paths }) => paths.length === 0)) throw new Error(`Search indexing found no pages in ${siteDir}.`);
		await rm(outputPath, { recursive: true, force: true });
		let pages = 0;
		const design = await sectionDesign();
		// The site's section is written even when it holds no page, for the scripts every search loads; the search page
		// then leaves it out (sectionPages in src/lib/search/search-record.ts lists no pages for it), as Pagefind cannot load an empty index.
		let keptSections = 0;
		const sectionsOf = new Map<string, string[]>();
		for (const [folder, section] of sections) {
			const { kept, prefixes } = await writeSection(siteDir, folder, section, design);
			if (kept) keptSections += 1;
			pages += section.paths.length;
			for (const prefix of prefixes) {
				if (!sectionsOf.has(prefix)) sectionsOf.set(prefix, []);
				sectionsOf.get(prefix)!.push(folder);
			}
		}
		await writePrefixTable(siteDir, sectionsOf);
		await writeFile(join(siteDir, BUILT_NOTE), JSON.stringify({ builtAt: new Date().toISOString(), pages }));
		return { pages, sections: sections.size, keptSections, outputPath };
	} finally {
		await pagefind.close();
	}
}
