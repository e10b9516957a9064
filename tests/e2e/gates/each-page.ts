import type { Page } from '@playwright/test';
import { SITES, type SiteName } from '../../sites';
import { builtPagesOf, siteOf } from '../built-pages';
import { expect, test } from '../test';

/** The tag on every test declared for one site's pages; each project drops the other sites' tags (playwright.config.ts). */
export function siteTag(site: SiteName): string {
	return `@site-${site}`;
}

/**
 * Declares tests for one site only: tagged with it, so only that site's project runs them.
 *
 * Playwright loads a spec once for all projects, so tests cannot be declared per project:
 * they are declared for every site, tagged, and each project's grepInvert keeps its own.
 */
export function forSite(site: SiteName, declare: () => void): void {
	test.describe(`${site} site`, { tag: siteTag(site) }, () => {
		// Without the project filter these tests would read another site's pages and meet its 404 page, which passes most checks.
		test.beforeEach(({}, testInfo) => {
			expect(siteOf(testInfo), 'a test declared for one site ran against another: check grepInvert in playwright.config.ts').toBe(site);
		});
		declare();
	});
}

/**
 * Declares tests for every page each site's build emitted, so that a failure names its page.
 * The page lists are read as the spec loads, which is after global setup has built this run's
 * sites, so a page added to the content is tested on the next run.
 */
export function forEachBuiltPage(declare: (path: string, site: SiteName) => void): void {
	for (const site of Object.keys(SITES) as SiteName[]) {
		forSite(site, () => {
			let pages: string[];
			try {
				pages = builtPagesOf(site);
			} catch (error) {
				test(`the ${site} site was built`, () => {
					throw new Error(`No built pages for the ${site} site (global setup builds them): ${String(error)}`);
				});
				return;
			}
			for (const path of pages) declare(path, site);
		});
	}
}

/** Opens a page as a reader would, failing if it is not served: a missing page would otherwise pass as the 404 page. */
export async function visit(page: Page, path: string): Promise<void> {
	const response = await page.goto(path);
	expect(response?.ok(), `${path} was not served (status ${response?.status()})`).toBe(true);
	// A page with code draws more once its data arrives: check what the reader will meet. A part still
	// drawing says so with aria-busy (the learning log, reading the browser's storage); the search page
	// announces its first results in its live status.
	if ((await page.locator('script[type="module"]').count()) > 0) {
		await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
		const searchStatus = page.locator('#search-status');
		if ((await searchStatus.count()) > 0) await expect(searchStatus).not.toBeEmpty();
	}
}
