import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtFile } from '../built-pages';
import { outDirFor, root } from '../../sites';
import { expect, test } from '../test';
import { forSite, visit } from './each-page';
import { activeStop, pressUntilFocused } from './focus-probe';

const decodeHtml = (text: string) =>
	text
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

/** Journeys a keyboard-only reader makes; every page's own Tab order and focus rings are checked in every-page.spec.ts. */

test('a reader can go from the home page to a paper with the keyboard alone', async ({ page }) => {
	await visit(page, '/');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('main')).toBeFocused();

	// The navigation comes before the main content, so a reader who skipped past it goes back with Shift+Tab.
	await pressUntilFocused(page, 'Shift+Tab', page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Papers', exact: true }));
	await page.keyboard.press('Enter');
	await page.waitForURL('**/papers/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Papers');

	const firstTitle = page.getByRole('main').getByRole('heading', { level: 2 }).first().getByRole('link');
	const title = (await firstTitle.textContent())?.trim() ?? '';
	const href = (await firstTitle.getAttribute('href')) ?? '';
	expect(title, 'the first paper has a title').not.toBe('');
	await pressUntilFocused(page, 'Tab', firstTitle);
	await page.keyboard.press('Enter');
	await page.waitForURL(`**${href}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

forSite('fixtures', () => {
	// A fixture paper with a body long enough for "On this page", with sections and subsections; the real papers are records without one.
	const path = '/papers/discharge-to-assess-evaluation/';
	// One test per link, named from the built page's list, so that each journey is short and a failure names its section.
	const built = builtFile(join(root, outDirFor('fixtures')), path);
	// Global setup builds the site before specs load; without it the test below fails, naming the page.
	const html = existsSync(built) ? readFileSync(built, 'utf8') : '';
	const contents = /<nav[^>]*aria-labelledby="toc-title"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
	const names = [...contents.matchAll(/<a href="#[^"]*"[^>]*>([^<]*)<\/a>/g)].map(([, name]) => decodeHtml(name!.trim()));

	test(`${path} has an "On this page" list`, () => {
		expect(names.length).toBeGreaterThan(1);
	});

	for (const name of names) {
		test(`on ${path} the "On this page" link "${name}", followed by keyboard, brings its section into view`, async ({ page }) => {
			await page.setViewportSize({ width: 1280, height: 500 });
			await visit(page, path);
			// As a reader would: past the site's navigation with the skip link, then on through the paper.
			await page.keyboard.press('Tab');
			await page.keyboard.press('Enter');
			await pressUntilFocused(page, 'Tab', page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name, exact: true }));
			await page.keyboard.press('Enter');
			const heading = page.getByRole('main').getByRole('heading', { name, exact: true });
			await expect(heading).toBeInViewport();
			expect(new URL(page.url()).hash).toBe(`#${await heading.getAttribute('id')}`);
			// Reading on by keyboard continues in the section, not back at the list of contents.
			await page.keyboard.press('Tab');
			const followsHeading = await heading.evaluate((element) => {
				const active = document.activeElement;
				return Boolean(active && active !== document.body && element.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
			});
			expect(followsHeading, `after following "${name}", Tab went to ${(await activeStop(page)).description}`).toBe(true);
		});
	}
});
