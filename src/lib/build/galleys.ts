import { readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatFileSize } from '../format';
import { PAGES } from '../urls';
import { cacheKey, keepResult, readCached } from './cache';
import { galleyDesign, printPages } from './galley-print';
import { GALLEY_LINK, GALLEY_SIZE, noGalleysBecause } from './galley-plan';

/**
 * PDF galleys, made once the site is built and before the search index and the offline list read
 * it: each paper page that links its galley (GalleyLink.astro, rendered only when galley-plan.ts
 * said this build prints them) is printed to the PDF it links (galley-print.ts), and the page then
 * gets the file's size where it says it. A galley is kept in the build cache under a hash of
 * everything that shapes it: the page as Astro wrote it (whose images' names carry their content's
 * hash), its stylesheets, the galley's fonts and code, and which Chromium prints it; so a rebuild prints
 * only the papers whose page changed, and no galley can be stale.
 */

export interface GalleysMade {
	/** Papers with a galley. */
	galleys: number;
	/** Of those, printed by this build: the rest came from the cache. */
	printed: number;
	/** Their size together. */
	bytes: number;
}

interface GalleyPage {
	/** The built page, and what Astro wrote in it. */
	file: string;
	html: string;
	/** Its public address, from its canonical link. */
	url: string;
	/** Where its galley goes, as the site addresses it. */
	href: string;
}

/** The paper pages that link a galley. */
async function galleyPages(dir: string): Promise<GalleyPage[]> {
	const papers = join(dir, PAGES.papers);
	const folders = await readdir(papers, { withFileTypes: true }).catch(() => []);
	const pages: GalleyPage[] = [];
	for (const folder of folders.filter((entry) => entry.isDirectory())) {
		const file = join(papers, folder.name, 'index.html');
		const html = await readFile(file, 'utf8').catch(() => '');
		const href = new RegExp(`${GALLEY_LINK}="([^"]+)"`).exec(html)?.[1];
		if (!href) continue;
		const url = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
		if (!url) throw new Error(`${file} links a PDF galley but has no canonical address to print it from.`);
		pages.push({ file, html, url, href });
	}
	return pages;
}

/** The galley's key in the build cache: its page as Astro wrote it, with the bytes of the stylesheets it links. */
function galleyKey(dir: string, { html }: GalleyPage, stylesheets: Map<string, Buffer>): string {
	const linked = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(([, href]) => {
		let bytes = stylesheets.get(href!);
		if (!bytes) stylesheets.set(href!, (bytes = readFileSync(join(dir, href!))));
		return bytes;
	});
	return cacheKey('galleys', [galleyDesign(), html, ...linked]);
}

export async function makeGalleys(dir: string, log: (line: string) => void): Promise<GalleysMade> {
	const pages = await galleyPages(dir);
	const none = noGalleysBecause();
	if (none) {
		// The pages asked galley-plan.ts as this step does: they can only disagree if Chromium went mid-build.
		if (pages.length > 0) throw new Error(`${pages.length} paper pages link a PDF galley, but it cannot be printed: ${none}`);
		log(none);
		return { galleys: 0, printed: 0, bytes: 0 };
	}
	const stylesheets = new Map<string, Buffer>();
	let bytes = 0;
	const finish = async (page: GalleyPage, pdf: Buffer) => {
		bytes += pdf.length;
		await writeFile(join(dir, page.href), pdf);
		await writeFile(page.file, page.html.replaceAll(GALLEY_SIZE, formatFileSize(pdf.length)));
	};
	const toPrint = [];
	for (const page of pages) {
		const key = galleyKey(dir, page, stylesheets);
		const kept = readCached(key);
		if (kept) await finish(page, kept);
		else toPrint.push({ page, key });
	}
	const origin = pages[0] && new URL(pages[0].url).origin;
	await printPages(
		dir,
		origin ?? '',
		toPrint.map(({ page, key }) => ({
			url: page.url,
			print: async (pdf) => {
				keepResult(key, pdf);
				await finish(page, pdf);
			},
		})),
	);
	return { galleys: pages.length, printed: toPrint.length, bytes };
}
