import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import yaml from 'js-yaml';
import { SYNONYMS_FILE } from '../lib/synonyms';
import { buildSearchIndex } from './pagefind';

/** The search vocabulary: its collection has checked the file by the time the build is done. */
async function synonymGroups(): Promise<string[][]> {
	const groups = yaml.load(await readFile(SYNONYMS_FILE, 'utf8')) as Record<string, { terms: string[] }>;
	return Object.values(groups).map((group) => group.terms);
}

const CONTENT_TYPES: Record<string, string> = {
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.css': 'text/css',
	'.wasm': 'application/wasm',
};

/**
 * Search for the built site and for the dev server. `astro build` indexes its own
 * output; `astro dev` serves the index of the last build (the search page says from
 * when), because dev renders pages on request and has no HTML to index up front.
 */
export default function searchIndex(): AstroIntegration {
	let outDir = '';
	return {
		name: 'search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const { pages, outputPath } = await buildSearchIndex(fileURLToPath(dir), await synonymGroups());
				logger.info(`Indexed ${pages} pages for search into ${outputPath}`);
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use('/pagefind', (request, response, next) => {
					const index = join(outDir, 'pagefind');
					let file: string;
					try {
						file = join(index, normalize(decodeURIComponent(request.url?.split('?')[0] ?? '/')));
					} catch {
						return next(); // A malformed %-escape names no file of ours.
					}
					// Only files inside the index: a folder (/pagefind/fragment/) would crash the read stream.
					if (!file.startsWith(index + sep) || !statSync(file, { throwIfNoEntry: false })?.isFile()) return next();
					response.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
					createReadStream(file).on('error', next).pipe(response);
				});
			},
		},
	};
}
