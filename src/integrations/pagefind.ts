import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { annotateSynonyms, type SynonymGroup } from '../lib/synonyms';

export interface IndexReport {
	pages: number;
	outputPath: string;
}

/**
 * Pagefind's ready-made search interfaces. This site has its own search page on the
 * JavaScript API, so nothing loads them; Pagefind has no option to leave them out, so
 * they are removed after writing, to keep 380 KB of dead files out of every deploy.
 */
const UNUSED_UI = /^pagefind-(ui|modular-ui|component-ui)\.(js|css)$/;

/**
 * Pages handed to Pagefind at a time. Its service parses one page at a time (every add takes the same lock), so two
 * keep it busy: one being parsed, the next read and on its way. More only hold more HTML in Node: 16 at a time held
 * 100 MB more at 1,000 papers, for the same indexing time, and every page at once 0.7 GB more.
 */
const PAGES_IN_FLIGHT = 2;

/**
 * How much of the word index Pagefind puts in one file: it closes a file once the words in it occur this many times
 * (an undocumented setting; its source's default is 20,000). A search fetches the files holding its words, so
 * smaller files mean fewer bytes before the first result: at 1,000 papers a rare word's file is 5.8 KB instead of
 * 24.2 KB. The price is a longer list of files in the metadata that every search loads once (+3.5 KB) and more
 * files to deploy (2,386 instead of 2,086). 10,000 saved less (11 KB). A value set outside wins, for the bench.
 */
const INDEX_CHUNK_SIZE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';
const INDEX_CHUNK_OCCURRENCES = '4000';

/** Fails the build with everything Pagefind said, so a broken index never ships quietly. */
function check(step: string, errors: string[]) {
	if (errors.length > 0) throw new Error(`Search indexing failed at ${step}:\n${errors.join('\n')}`);
}

/**
 * Indexes the built site in `siteDir` with Pagefind's Node API and writes the bundle to
 * `siteDir/pagefind`, with a note of when it was built for the dev server to show.
 * Each page reaches the index with its synonyms written in (src/lib/synonyms.ts); the
 * pages on disk are left as they are. (Pagefind's addDirectory on a copy of the pages with
 * the synonyms written in measured the same CPU time and memory at 1,000 papers, and needs
 * that second copy.) Pagefind runs as a separate service process; it is closed even when
 * a step fails.
 */
export async function buildSearchIndex(siteDir: string, synonyms: readonly SynonymGroup[]): Promise<IndexReport> {
	// Pagefind's service process inherits this process's environment when createIndex starts it.
	process.env[INDEX_CHUNK_SIZE] ??= INDEX_CHUNK_OCCURRENCES;
	try {
		const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
		check('createIndex', errors);
		if (!index) throw new Error('Search indexing failed at createIndex: Pagefind returned no index.');
		// Sorted: a folder lists its files in the order they were written, which pages built in parallel change.
		const pages = (await readdir(siteDir, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
		if (pages.length === 0) throw new Error(`Search indexing found no pages in ${siteDir}.`);
		const waiting = [...pages];
		const failures: string[] = [];
		await Promise.all(
			Array.from({ length: PAGES_IN_FLIGHT }, async () => {
				for (let sourcePath = waiting.shift(); sourcePath !== undefined; sourcePath = waiting.shift()) {
					const content = annotateSynonyms(await readFile(join(siteDir, sourcePath), 'utf8'), synonyms);
					failures.push(...(await index.addHTMLFile({ sourcePath, content })).errors);
				}
			}),
		);
		check('addHTMLFile', failures);
		const outputPath = join(siteDir, 'pagefind');
		const written = await index.writeFiles({ outputPath });
		check('writeFiles', written.errors);
		for (const name of await readdir(outputPath)) if (UNUSED_UI.test(name)) await rm(join(outputPath, name));
		await writeFile(join(outputPath, 'built.json'), JSON.stringify({ builtAt: new Date().toISOString(), pages: pages.length }));
		return { pages: pages.length, outputPath };
	} finally {
		await pagefind.close();
	}
}
