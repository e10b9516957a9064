import { createReadStream, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from './pagefind';

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
				const { pages, outputPath } = await buildSearchIndex(fileURLToPath(dir));
				logger.info(`Indexed ${pages} pages for search into ${outputPath}`);
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use('/pagefind', (request, response, next) => {
					const file = join(outDir, 'pagefind', normalize(decodeURIComponent(request.url?.split('?')[0] ?? '/')));
					if (!file.startsWith(join(outDir, 'pagefind')) || !existsSync(file)) return next();
					response.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
					createReadStream(file).pipe(response);
				});
			},
		},
	};
}
