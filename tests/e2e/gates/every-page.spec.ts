import type { CDPSession, Page } from '@playwright/test';
import { pageType } from '../built-pages';
import { expect, test as base } from '../test';
import { wcagViolations } from './axe';
import { controlProblems, headerShare, MAX_HEADER_SHARE } from './controls';
import { forEachBuiltPage, visit } from './each-page';
import { checkKeyboard } from './keyboard';
import { imagesOf, recordLoad } from './page-load';
import { expectToReflow, motionOn } from './reflow';
import { isReadingPage } from './script-budgets';

/**
 * The gates a browser must check, on every page the build emits: one test per page, which loads the page
 * once and checks it at each width and in each colour scheme in turn, since the layout and colours respond
 * to both without a reload. Every check is a step with messages naming the page, width, scheme and rule.
 */

/**
 * One browser page per worker serves every page it checks, in turn. A new page for each test means a new
 * renderer process, and axe compiled into it afresh: about a second each, for every test, on a busy
 * machine. Before each test the page is put back as a new one starts: nothing in its storage, cookies or
 * service workers, the default viewport and media, on a blank document, with no listeners left from the
 * last test; its HTTP cache stays off, so every file the page asks for is fetched, as on a first visit.
 * After a failure Playwright starts a new worker, and so a new page: a page only serves on after passing.
 */
/** What the tests serve in place of another site's page: a frame a video's player would fill. */
const STAND_IN_PLAYER = '<!doctype html><html lang="en"><title>Video player</title><body></body></html>';

/** The other sites a page's own policy lets it frame: a video's host, on the page that plays its video. */
async function framedOrigins(page: Page): Promise<string[]> {
	const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	return (
		/(?:^|;)\s*frame-src ([^;]*)/
			.exec(policy ?? '')?.[1]
			?.trim()
			.split(/\s+/) ?? []
	);
}

const test = base.extend<Record<never, never>, { gatePage: { page: Page; devtools: CDPSession; origin: string } }>({
	gatePage: [
		async ({ browser }, use, workerInfo) => {
			const url = process.env[`SITE_URL_${workerInfo.project.name.toUpperCase()}`];
			if (!url) throw new Error(`No site is served for project "${workerInfo.project.name}": did global-setup run?`);
			const context = await browser.newContext({ ...workerInfo.project.use.contextOptions, baseURL: url });
			const page = await context.newPage();
			// A video's player, on the one page that plays it, is a frame from its host: the tests stand in for the host, offline.
			await page.route(
				(requested) => requested.origin !== new URL(url).origin,
				(route) => route.fulfill({ contentType: 'text/html', body: STAND_IN_PLAYER }),
			);
			const devtools = await context.newCDPSession(page);
			await devtools.send('Network.enable');
			await devtools.send('Network.setCacheDisabled', { cacheDisabled: true });
			await use({ page, devtools, origin: new URL(url).origin });
			await context.close();
		},
		{ scope: 'worker' },
	],
	page: async ({ gatePage: { page, devtools, origin } }, use) => {
		await page.goto('about:blank');
		await devtools.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
		await page.context().clearCookies();
		await page.setViewportSize({ width: 1280, height: 720 });
		await page.emulateMedia({ media: null, colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none', contrast: 'no-preference' });
		const state = await page.evaluate(() => ({
			viewport: `${innerWidth}x${innerHeight}@${devicePixelRatio}`,
			dark: matchMedia('(prefers-color-scheme: dark)').matches,
			reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
		}));
		expect(state, 'the shared page starts each test as a new page would').toEqual({ viewport: '1280x720@1', dark: false, reducedMotion: false });
		await use(page);
		// Nothing from this page, such as an image loading late, reaches the next test's record of requests.
		await page.goto('about:blank');
	},
});

// Pressing Tab through every page, a trace would snapshot the page at every press and nearly double the
// run, while each failure message already lists the elements at fault.
test.use({ trace: 'off' });

const WIDTHS = [
	{ name: 'desktop', viewport: { width: 1280, height: 900 } },
	{ name: 'phone', viewport: { width: 390, height: 844 } },
] as const;
const SCHEMES = ['light', 'dark'] as const;

forEachBuiltPage((path) => {
	test(`${path}: WCAG 2.2 AA by axe, keyboard and focus, reflow, reduced motion, images, requests and CSP`, async ({ page, baseURL }) => {
		// The work of a dozen tests in one: as long as they had between them, on a busy machine.
		test.slow();
		const load = await recordLoad(page);
		// Reduced motion asked for before the page opens, as a reader who needs it would have it; the other checks run without it.
		await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
		await visit(page, path);
		const origin = new URL(baseURL!).origin;

		await test.step('requests and CSP: nothing from another origin but a frame the page’s policy names, no script file on a reading page, nothing blocked', async () => {
			expect.soft(await load.cspViolations(), `CSP violations on ${path}`).toEqual([]);
			const requests = load.requests();
			load.stop();
			const framed = await framedOrigins(page);
			const allowed = ({ url, type }: { url: string; type: string }) =>
				url.startsWith('data:') || new URL(url).origin === origin || (type === 'document' && framed.includes(new URL(url).origin));
			expect
				.soft(
					requests.filter((request) => !allowed(request)).map(({ url }) => url),
					`requests from ${path} to other origins`,
				)
				.toEqual([]);
			if (isReadingPage(pageType(path))) {
				expect
					.soft(
						requests.filter(({ type }) => type === 'script').map(({ url }) => url),
						`script files ${path} loads before any interaction`,
					)
					.toEqual([]);
			}
		});

		// Past its request, another site's frame (a video's player) is its host's to make accessible: its controls, focus
		// and drawing are out of this page's reach, and a stand-in loading late moved the checks below. They check the
		// page's own content, the frame taken out.
		if ((await framedOrigins(page)).length > 0) await page.locator('iframe').evaluateAll((frames) => frames.forEach((frame) => frame.remove()));

		await test.step('images: size set, modern formats, responsive sources, lazy below the fold', async () => {
			const viewportHeight = page.viewportSize()!.height;
			for (const image of await imagesOf(page)) {
				const where = `${image.src} on ${path}`;
				expect.soft(image.alt, `alt of ${where}`).not.toBeNull();
				expect.soft(image.width, `width of ${where}`).toBeGreaterThan(0);
				expect.soft(image.height, `height of ${where}`).toBeGreaterThan(0);
				expect.soft(image.sourceTypes, `modern formats for ${where}`).toEqual(expect.arrayContaining(['image/avif', 'image/webp']));
				expect
					.soft(
						image.srcsets.some((srcset) => srcset.includes(',')),
						`a srcset with several widths for ${where}`,
					)
					.toBe(true);
				if (image.top > viewportHeight) expect.soft(image.loading, `lazy loading of ${where}`).toBe('lazy');
			}
		});

		await test.step('nothing moves when the reader asks for reduced motion', async () => {
			expect.soft(await motionOn(page), `motion on ${path} with prefers-reduced-motion: reduce`).toEqual([]);
			await page.emulateMedia({ reducedMotion: 'no-preference' });
		});

		for (const { name, viewport } of WIDTHS) {
			for (const colorScheme of SCHEMES) {
				await test.step(`axe at ${name} width (${viewport.width}px), ${colorScheme} scheme`, async () => {
					await page.setViewportSize(viewport);
					await page.emulateMedia({ colorScheme });
					expect.soft(await wcagViolations(page), `axe violations on ${path} at ${name} width (${viewport.width}px), ${colorScheme} scheme`).toEqual([]);
				});
				// axe checks text against its background, not a control's shape against the page.
				await test.step(`controls stand out (3:1) and buttons are 44px to touch at ${name} width, ${colorScheme} scheme`, async () => {
					expect.soft(await controlProblems(page), `controls on ${path} at ${name} width (${viewport.width}px), ${colorScheme} scheme`).toEqual([]);
				});
			}
			if (name === 'phone') {
				await test.step(`the header takes at most ${MAX_HEADER_SHARE * 100}% of a phone's first screen`, async () => {
					expect
						.soft(await headerShare(page), `the share of the first screen the header takes on ${path}, ${viewport.width}×${viewport.height}`)
						.toBeLessThanOrEqual(MAX_HEADER_SHARE);
				});
			}
		}

		await test.step('reflows at 320px wide without sideways scrolling or clipped text', async () => {
			// WCAG 1.4.10 names 320 CSS px: a 1280px screen at 400% zoom.
			await page.emulateMedia({ colorScheme: 'light' });
			await page.setViewportSize({ width: 320, height: 640 });
			await expectToReflow(page, `${path} at 320px`);
		});

		await test.step('reflows at 200% zoom on a 1280px screen without sideways scrolling or clipped text', async () => {
			// Zoom halves the CSS pixels across the screen and doubles the device pixels behind each one. Playwright sets the
			// pixel ratio only for a whole context, so the DevTools protocol sets it here, until the session is let go.
			const devtools = await page.context().newCDPSession(page);
			await devtools.send('Emulation.setDeviceMetricsOverride', { width: 640, height: 450, deviceScaleFactor: 2, mobile: false });
			await expectToReflow(page, `${path} at 200% zoom`);
			await devtools.detach();
		});

		// Last, as focus and scrolling change the page; back at the width Playwright gives a page by default.
		await page.setViewportSize({ width: 1280, height: 720 });
		await page.evaluate(() => window.scrollTo(0, 0));
		await checkKeyboard(page, path);
	});
});
