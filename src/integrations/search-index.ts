import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import yaml from 'js-yaml';
import { mimes } from 'mrmime';
import sirv from 'sirv';
import { SYNONYMS_FILE } from '../lib/synonyms';
import { buildSearchIndex, type IndexReport } from './pagefind';

/** The search vocabulary: its collection has checked the file by the time the build is done. */
async function synonymGroups(): Promise<string[][]> {
	const groups = yaml.load(await readFile(SYNONYMS_FILE, 'utf8')) as Record<string, { terms: string[] }>;
	return Object.values(groups).map((group) => group.terms);
}

// Pagefind's index files have extensions of its own, which no MIME table knows: they are bytes for its script to read.
for (const extension of ['pagefind', 'pf_meta', 'pf_index', 'pf_fragment', 'pf_filter']) mimes[extension] = 'application/octet-stream';

/** Indexes the built site in `dir` for search, with the search vocabulary written in (src/integrations/finish-site.ts runs it). */
export async function indexSite(dir: string): Promise<IndexReport> {
	return buildSearchIndex(dir, await synonymGroups());
}

/**
 * Search for the dev server: `astro dev` serves the index of the last build (the search
 * page says from when), because dev renders pages on request and has no HTML to index
 * up front. A build indexes its own output (src/integrations/finish-site.ts).
 */
export default function searchIndex(): AstroIntegration {
	let outDir = '';
	return {
		name: 'search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
			},
			'astro:server:setup': ({ server }) => {
				// dev: looks each file up as it is asked for, since a build may replace the index while the server runs.
				// Only files inside the index are served, by their exact names; anything else falls through to Astro's 404.
				server.middlewares.use('/pagefind', sirv(join(outDir, 'pagefind'), { dev: true, extensions: [] }));
			},
		},
	};
}
