/**
 * The first search a reader makes from a paper page, measured the same way on any site:
 * open the paper page in a fresh browser context, wait until its network is quiet, then
 * search as the site offers it (type in a box; press Enter where the box is a form) until
 * a link to the one matching paper is on screen. Bytes are split at the moment the search
 * starts: before it is the page view, after it (up to the first result) the search.
 */
import type { Browser, Page } from '@playwright/test';
import { recordNetwork, type Transfer } from './browser.ts';

/** How a site offers search from a reading page. */
export interface SearchBox {
	/** What a reader does before typing: focus a box, or open a dialog. */
	open(page: Page): Promise<void>;
	/** The box the reader types in, once open. */
	input: string;
	/** True where the box is a form the reader submits with Enter; otherwise results come while typing. */
	submit: boolean;
	/** Where results appear: a link to the matching paper inside it is the first result on screen. */
	results: string;
}

export interface Wire {
	/** Headers and bodies as transferred. */
	bytes: number;
	requests: number;
}

export interface ReaderSearch {
	pageView: Wire;
	search: Wire;
	/** From the Enter key (or, with no Enter, the last keystroke) to the first result painted. */
	ms: number;
	pageFiles: Transfer[];
	searchFiles: Transfer[];
}

export interface SearchFrom {
	base: string;
	/** The built site, for file sizes on disk. */
	dist: string;
	/** The page the reader starts on, e.g. /papers/some-paper/ */
	paperPath: string;
	word: string;
	/** The page the word is on, e.g. /papers/other-paper/: a link to it is the result. */
	resultPath: string;
}

declare global {
	interface Window {
		__benchShown?: number;
	}
}

const wire = (files: Transfer[]): Wire => ({ bytes: files.reduce((sum, file) => sum + file.wire, 0), requests: files.length });

/**
 * Runs in every document of the context before its own scripts: notes when the reader
 * typed and pressed Enter (in sessionStorage, which survives the form's navigation), and
 * when, once armed, a link to the result first appears (after the next frame: painted).
 */
function clock(result: string) {
	const storeTime = (key: string) => sessionStorage.setItem(key, String(Date.now()));
	addEventListener('input', () => storeTime('bench:input'), true);
	addEventListener('keydown', (event) => event.key === 'Enter' && storeTime('bench:enter'), true);
	const observer = new MutationObserver(() => {
		if (!sessionStorage.getItem('bench:armed') || !document.querySelector(result)) return;
		observer.disconnect();
		requestAnimationFrame(() => setTimeout(() => (window.__benchShown = Date.now())));
	});
	observer.observe(document, { childList: true, subtree: true });
}

export async function measureReaderSearch(browser: Browser, from: SearchFrom, box: SearchBox): Promise<ReaderSearch> {
	// A fresh context: an empty cache, as for a reader's first visit.
	const context = await browser.newContext();
	try {
		await context.addInitScript(clock, `${box.results} a[href^="${from.resultPath}"]`);
		const page = await context.newPage();
		const network = recordNetwork(page, from.dist);
		await page.goto(from.base + from.paperPath, { waitUntil: 'load' });
		// Whatever the page loads once it is idle (a search interface, say) belongs to the page view.
		await network.settled();
		const searchStart = Date.now();
		// Armed only now: a paper page may already link to the result (Previous, Next).
		await page.evaluate(() => sessionStorage.setItem('bench:armed', '1'));
		await box.open(page);
		await page.locator(box.input).pressSequentially(from.word);
		if (box.submit) await Promise.all([page.waitForURL((url) => url.pathname !== from.paperPath), page.keyboard.press('Enter')]);
		await page.waitForFunction(() => window.__benchShown, null, { timeout: 60_000, polling: 'raf' });
		const times = await page.evaluate(() => ({
			shown: window.__benchShown ?? 0,
			enter: Number(sessionStorage.getItem('bench:enter')),
			input: Number(sessionStorage.getItem('bench:input')),
		}));
		await network.settled();
		const files = await network.transfers();
		const pageFiles = files.filter((file) => file.at < searchStart);
		// Requests made after the first result was drawn (more results, facets) are not its cost.
		const searchFiles = files.filter((file) => file.at >= searchStart && file.at <= times.shown);
		return {
			pageView: wire(pageFiles),
			search: wire(searchFiles),
			ms: times.shown - (box.submit ? times.enter : times.input),
			pageFiles,
			searchFiles,
		};
	} finally {
		await context.close();
	}
}
