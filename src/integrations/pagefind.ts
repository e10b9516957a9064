import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

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
 * How much of the word index Pagefind puts in one file: it closes a file once the words in it occur this many times
 * (an undocumented setting; its source's default is 20,000). A search fetches the files holding its words, so
 * smaller files mean fewer bytes before the first result. The price is a longer list of files in the metadata that
 * every search loads once, and more files to deploy; src/lib/build/README.md and BENCHMARKS.md have the figures
 * that chose this value. A value set outside wins, for the bench.
 */
const INDEX_CHUNK_SIZE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';
const INDEX_CHUNK_OCCURRENCES = '4000';

/** The note of when the index was built, in the index's folder: the dev server's search page reads it, no reader does. */
export const BUILT_NOTE = 'pagefind/built.json';

/** Fails the build with everything Pagefind said, so a broken index never ships quietly. */
function check(step: string, errors: string[]) {
	if (errors.length > 0) throw new Error(`Search indexing failed at ${step}:\n${errors.join('\n')}`);
}

/**
 * Indexes the built site in `siteDir` with Pagefind's Node API and writes the bundle to
 * `siteDir/pagefind`, with a note of when it was built for the dev server to show.
 * Pagefind reads the pages from disk itself, several at a time, in their own words (the
 * search page expands synonyms as it searches). Pagefind runs as a separate service
 * process; it is closed even when a step fails.
 */
export async function buildSearchIndex(siteDir: string): Promise<IndexReport> {
	// Pagefind's service process inherits this process's environment when createIndex starts it.
	process.env[INDEX_CHUNK_SIZE] ??= INDEX_CHUNK_OCCURRENCES;
	try {
		const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
		check('createIndex', errors);
		if (!index) throw new Error('Search indexing failed at createIndex: Pagefind returned no index.');
		const added = await index.addDirectory({ path: siteDir });
		check('addDirectory', added.errors);
		const pages = added.page_count;
		if (pages === 0) throw new Error(`Search indexing found no pages in ${siteDir}.`);
		const outputPath = join(siteDir, 'pagefind');
		const written = await index.writeFiles({ outputPath });
		check('writeFiles', written.errors);
		for (const name of await readdir(outputPath)) if (UNUSED_UI.test(name)) await rm(join(outputPath, name));
		await writeFile(join(siteDir, BUILT_NOTE), JSON.stringify({ builtAt: new Date().toISOString(), pages }));
		return { pages, outputPath };
	} finally {
		await pagefind.close();
	}
}
