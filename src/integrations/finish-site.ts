import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatFileSize } from '../lib/format';
import { makeGalleys } from '../lib/build/galleys';
import { writeOfflineFiles } from './offline';
import { buildSearchIndex } from './pagefind';

/**
 * Set by scripts/build.ts for the Astro it runs, which then leaves finishing the site to the script: Pagefind's
 * memory would otherwise be added to Astro's, which stays held until its last hook returns (figures in
 * src/lib/build/README.md).
 */
export const FINISH_AFTER_ASTRO = 'FINISH_SITE_AFTER_ASTRO';

/**
 * The steps that read the whole built site, in order: the papers' PDF galleys, which write their sizes into the pages
 * before anything reads them; the search index; then the offline list, which keeps the index.
 */
export async function finishSite(dir: string, log: (line: string) => void): Promise<void> {
	const started = performance.now();
	const galleys = await makeGalleys(dir, log);
	if (galleys.galleys > 0) {
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		log(
			`PDF galleys of ${galleys.galleys} papers, ${formatFileSize(galleys.bytes)}: ${galleys.printed} printed, the rest from the build cache, in ${seconds} s`,
		);
	}
	const indexing = performance.now();
	const { pages, sections, keptSections, outputPath } = await buildSearchIndex(dir);
	const seconds = ((performance.now() - indexing) / 1000).toFixed(1);
	log(`Indexed ${pages} pages for search into ${outputPath}, in ${sections} sections (${keptSections} unchanged, from the build cache), in ${seconds} s`);
	const precache = await writeOfflineFiles(dir);
	log(`Offline reading keeps ${precache.files.length} files, ${precache.bytes} bytes`);
}

/** A plain `astro build` finishes the site in its own last step; `npm run build` once Astro has exited. */
export default function finishSiteIntegration(): AstroIntegration {
	return {
		name: 'finish-site',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				if (process.env[FINISH_AFTER_ASTRO] === '1') {
					logger.info('Search index and offline list: written by npm run build once Astro has exited');
					return;
				}
				await finishSite(fileURLToPath(dir), (line) => logger.info(line));
			},
		},
	};
}
