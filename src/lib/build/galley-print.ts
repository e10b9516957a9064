import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { chromiumIdentity, chromiumLaunchOptions } from './chromium';
import { titleOutline } from './galley-outline';

/**
 * Prints a built paper page as its PDF galley with Chromium, as a reader's browser would print
 * it (src/styles/print.css: A4, the site's furniture left out, the first page saying how to cite
 * it), with what a reader's print lacks: the text set in Source Serif 4 and Source Sans 3 (the
 * social cards' typefaces, from their @fontsource packages) whatever fonts the machine has, so a
 * galley is the same wherever it is printed and its fonts are part of its cache key; Noto Sans SC
 * after them for Chinese and Japanese names; the pages numbered in the footer; and the file
 * tagged (headings, lists and figures with their alt text, for screen readers and reflow), with
 * an outline of its headings.
 */

/** Where the galley's fonts are served from while it prints: a path no page of the site has. */
const FONTS_PATH = '/_galley-fonts/';

const FONT_PACKAGES = { 'source-serif-4': ['400', '400-italic', '600', '600-italic'], 'source-sans-3': ['400', '600'] };
const fontsource = (file: string) => join(process.cwd(), 'node_modules/@fontsource', file);
const cjkFont = (weight: string) => join(process.cwd(), `src/lib/build/social-card/fonts/noto-sans-sc-chinese-simplified-${weight}-normal.woff2`);

/** The fonts' rules, each file served under FONTS_PATH, and the site's font variables pointed at them. */
function fontsStylesheet(): string {
	const faces = Object.entries(FONT_PACKAGES).flatMap(([name, styles]) =>
		styles.map((style) =>
			readFileSync(fontsource(`${name}/${style}.css`), 'utf8')
				// Chromium reads WOFF2: the WOFF each rule offers after it would only be more to hash.
				.replace(/, url\(\.\/files\/[^)]+\.woff\) format\('woff'\)/g, '')
				.replaceAll('url(./files/', `url(${FONTS_PATH}${name}/files/`),
		),
	);
	const cjk = ['400', '600'].map(
		(weight) => `@font-face { font-family: 'Noto Sans SC'; font-weight: ${weight}; src: url(${FONTS_PATH}cjk/${weight}) format('woff2'); }`,
	);
	// html:root outranks global.css's :root, as print.css's colours do.
	const families = `html:root { --font-text: 'Source Serif 4', 'Noto Sans SC', serif; --font-ui: 'Source Sans 3', 'Noto Sans SC', sans-serif; }`;
	return [...faces, ...cjk, families].join('\n');
}

/** The file a font address names, or undefined for one the stylesheet does not use. */
function fontFile(path: string): string | undefined {
	const cjk = /^cjk\/(400|600)$/.exec(path);
	if (cjk) return cjkFont(cjk[1]!);
	return /^[a-z0-9-]+\/files\/[a-z0-9-]+\.woff2$/.test(path) ? fontsource(path) : undefined;
}

/** Page numbers, in the bottom margin print.css leaves. Chromium draws it apart from the page, in its own default font. */
const FOOTER =
	'<p style="width: 100%; margin: 0 18mm; font-size: 8pt; text-align: center; color: #333">Page <span class="pageNumber"></span> of <span class="totalPages"></span></p>';

/** Playwright's page.pdf() options: A4 and the margins from print.css's @page, tagged, with an outline and page numbers. */
const PDF_OPTIONS = {
	preferCSSPageSize: true,
	tagged: true,
	outline: true,
	displayHeaderFooter: true,
	headerTemplate: '<span></span>',
	footerTemplate: FOOTER,
} as const;

/** How many pages print at once: each is Chromium's layout and its PDF writer, so a core each. */
const AT_ONCE = 2;

let design: string | undefined;

/**
 * Everything that shapes a galley besides its page: this code, its fonts and which Chromium prints it.
 * Part of each galley's cache key, so a change to any of them prints every galley again.
 */
export function galleyDesign(): string {
	if (!design) {
		const stylesheet = fontsStylesheet();
		const hash = createHash('sha256')
			.update(printPage.toString())
			.update(printPages.toString())
			.update(titleOutline.toString())
			.update(JSON.stringify(PDF_OPTIONS))
			.update(stylesheet)
			.update(chromiumIdentity());
		for (const [, path] of stylesheet.matchAll(/url\(\/_galley-fonts\/([^)]+)\)/g)) hash.update(readFileSync(fontFile(path!)!));
		design = hash.digest('hex');
	}
	return design;
}

/** One page to print: its public address, and the built file under it. */
export interface PageToPrint {
	url: string;
	print(pdf: Buffer): Promise<void>;
}

async function printPage(context: BrowserContext, url: string): Promise<Buffer> {
	const page = await context.newPage();
	try {
		await page.goto(url, { waitUntil: 'load' });
		await page.addStyleTag({ content: fontsStylesheet() });
		await page.evaluate(() => document.fonts.ready.then(() => undefined));
		await page.emulateMedia({ media: 'print' });
		// The headings the outline has an entry for: those laid out on paper, including the ones only screen readers get.
		const headings = await page.$$eval('h1, h2, h3, h4, h5, h6', (all) =>
			all.filter((heading) => heading.getClientRects().length > 0).map((heading) => (heading.textContent ?? '').replace(/\s+/g, ' ').trim()),
		);
		return await titleOutline(await page.pdf(PDF_OPTIONS), headings);
	} finally {
		await page.close();
	}
}

/**
 * Prints the pages with one Chromium, a few at a time. Each page is served from the built folder
 * at its public address (so the links in the PDF lead to the site); anything from elsewhere is
 * refused, as the pages' own security policy would.
 */
export async function printPages(dir: string, origin: string, pages: PageToPrint[]): Promise<void> {
	if (pages.length === 0) return;
	let browser: Browser | undefined;
	try {
		// Loaded only to print: a build whose galleys all come from the cache never pays for it.
		const { chromium } = await import('playwright-core');
		browser = await chromium.launch(chromiumLaunchOptions());
		// The fonts' stylesheet is added to each page, which its security policy would refuse.
		const context = await browser.newContext({ bypassCSP: true, serviceWorkers: 'block' });
		await context.route('**/*', async (route) => {
			const address = new URL(route.request().url());
			if (address.origin !== origin) return route.abort('blockedbyclient');
			const font = address.pathname.startsWith(FONTS_PATH) ? fontFile(address.pathname.slice(FONTS_PATH.length)) : undefined;
			const file = font ?? join(dir, decodeURIComponent(address.pathname), address.pathname.endsWith('/') ? 'index.html' : '');
			return route.fulfill({ path: file });
		});
		const queue = [...pages];
		const printer = async () => {
			for (let next = queue.shift(); next; next = queue.shift()) await next.print(await printPage(context, next.url));
		};
		await Promise.all(Array.from({ length: Math.min(AT_ONCE, pages.length) }, printer));
	} finally {
		await browser?.close();
	}
}
