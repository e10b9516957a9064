import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { mimes } from 'mrmime';
import sirv from 'sirv';

// Pagefind's index files have extensions of its own, which no MIME table knows: they are bytes for its script to read.
for (const extension of ['pagefind', 'pf_meta', 'pf_index', 'pf_fragment', 'pf_filter']) mimes[extension] = 'application/octet-stream';

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
