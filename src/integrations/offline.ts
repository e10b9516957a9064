import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { OFFLINE_FILES } from '../lib/script-addresses';
import { ADMIN_PATH } from '../tooling/web-editor/admin-page';
import { BUILT_NOTE } from './pagefind';

/** What a reader needs to read and search offline: pages, styles, the search page's code, fonts, pictures on pages, and the whole search index with the search page's vocabulary. */
const KEPT = /\.(html|css|js|woff2?|svg|webp|avif)$/;
const KEPT_FOLDERS = ['pagefind/', 'search/'];

export interface Precache {
	/** Changes whenever any kept file does, so the browser installs a new worker and drops the old copy. */
	version: string;
	bytes: number;
	files: [url: string, hash: string][];
}

/** "papers/x/index.html" is read at "/papers/x/": the address a reader visits. */
function urlOf(path: string): string {
	return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

async function precacheOf(outDir: string): Promise<Precache> {
	const paths = (await readdir(outDir, { recursive: true, withFileTypes: true }))
		.filter((entry) => entry.isFile())
		.map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.filter((path) => KEPT_FOLDERS.some((folder) => path.startsWith(folder)) || KEPT.test(path))
		// The worker is what holds the list; the index's note of when it was built changes with every build, and would
		// make every build a new copy to download for readers who keep one.
		.filter((path) => `/${path}` !== OFFLINE_FILES.worker && path !== BUILT_NOTE)
		// The web editor (when the site has one) is for editors online, and megabytes a reader never needs.
		.filter((path) => !`/${path}`.startsWith(ADMIN_PATH))
		.sort();
	let bytes = 0;
	const files: Precache['files'] = [];
	// Read one after another without waiting on the event loop: nothing else runs meanwhile, and at 1,000 papers
	// the 4,400 files took 0.7 s read asynchronously in turn, against 0.1 s this way.
	for (const path of paths) {
		const content = readFileSync(join(outDir, path));
		bytes += content.length;
		files.push([urlOf(path), createHash('sha256').update(content).digest('hex').slice(0, 16)]);
	}
	const version = createHash('sha256').update(JSON.stringify(files)).digest('hex').slice(0, 16);
	return { version, bytes, files };
}

/**
 * Offline reading, once the search index is written (src/integrations/finish-site.ts runs it after buildSearchIndex): the
 * list of files to keep with their content hashes, for the offline page to say how much it stores, and the service
 * worker with that list written into it. The worker is hand-written (offline-worker.js) rather than made by
 * workbox-build, which brings a bundler and Babel for what is some fifty lines here.
 */
export async function writeOfflineFiles(outDir: string): Promise<Precache> {
	const precache = await precacheOf(outDir);
	await writeFile(join(outDir, OFFLINE_FILES.precache), JSON.stringify(precache));
	const worker = await readFile(new URL('./offline-worker.js', import.meta.url), 'utf8');
	await writeFile(join(outDir, OFFLINE_FILES.worker), `const PRECACHE = ${JSON.stringify(precache)};\n${worker}`);
	return precache;
}
