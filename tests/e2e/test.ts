import { test as base, expect, type ConsoleMessage } from '@playwright/test';

/**
 * Each Playwright project is named after a site in tests/sites.ts; its pages are
 * served where global-setup says. Every test also fails on a console error or an
 * uncaught exception, which a reader would meet as a broken page.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
	baseURL: async ({}, use, testInfo) => {
		const url = process.env[`SITE_URL_${testInfo.project.name.toUpperCase()}`];
		if (!url) throw new Error(`No site is served for project "${testInfo.project.name}": did global-setup run?`);
		await use(url);
	},
	consoleErrors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			const onConsole = (message: ConsoleMessage) => {
				// A 404 page is itself a "failed" resource; only other failures are errors.
				const isThisPage404 = message.text().includes('status of 404') && message.location().url === page.url();
				if (message.type() === 'error' && !isThisPage404) errors.push(message.text());
			};
			const onPageError = (error: Error) => errors.push(error.message);
			page.on('console', onConsole);
			page.on('pageerror', onPageError);
			await use(errors);
			// A page kept for the next test (the per-page gates') must not carry this test's listeners on.
			page.off('console', onConsole);
			page.off('pageerror', onPageError);
			expect(errors, 'console errors on the page').toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };

/** Gives a test that visits every entry of a kind time for each, as the site's content grows. */
export function allowTimeFor(entries: number): void {
	test.setTimeout(30_000 + entries * 10_000);
}
