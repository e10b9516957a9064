import type { Page } from '@playwright/test';
import { PAGES } from '../../../src/lib/urls';
import { builtPages, pageType } from '../built-pages';
import { expect, test } from '../test';
import { visit } from './each-page';
import { pressUntilFocused } from './focus-probe';

/**
 * The site's header as a reader meets it: on a phone the sections and the search each wait behind a
 * button; on a wide screen both are shown and the buttons are not. Its share of a phone's first screen,
 * on every page, is checked in every-page.spec.ts.
 */

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

const banner = (page: Page) => page.getByRole('banner');
/** Menu or Search, the buttons that open the header's panels, shown or not: the first so named, as the search form's own Search button follows in its panel. */
const opener = (page: Page, name: 'Menu' | 'Search') => banner(page).getByRole('button', { name, exact: true, includeHidden: true }).first();
const sections = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const sectionLinks = (page: Page) => sections(page).getByRole('link');
const headerSearchBox = (page: Page) => banner(page).getByRole('searchbox');

/** Whether assistive technology hears the button as expanded: the browser's own accessibility tree, as a screen reader reads it. */
async function isExpanded(page: Page, name: string): Promise<boolean | undefined> {
	const devtools = await page.context().newCDPSession(page);
	const { nodes } = await devtools.send('Accessibility.getFullAXTree');
	await devtools.detach();
	const button = nodes.find((node) => node.role?.value === 'button' && node.name?.value === name && !node.ignored);
	return button?.properties?.find((property) => property.name === 'expanded')?.value.value as boolean | undefined;
}

/** The addresses the header's sections go to, read from the page while they are hidden behind Menu. */
async function sectionHrefs(page: Page): Promise<string[]> {
	return page
		.getByRole('navigation', { name: 'Main', includeHidden: true })
		.getByRole('link', { includeHidden: true })
		.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

test.describe('on a phone', () => {
	test.use({ viewport: PHONE });

	test('Menu opens the sections and closes them again, by tap, by a tap elsewhere, and marks the page the reader is on', async ({ page }) => {
		await visit(page, PAGES.home);
		const hrefs = await sectionHrefs(page);
		expect(hrefs.length, 'the header has sections').toBeGreaterThan(0);
		await expect(sections(page)).toBeHidden();
		expect(await isExpanded(page, 'Menu')).toBe(false);

		await opener(page, 'Menu').click();
		await expect(sectionLinks(page)).toHaveCount(hrefs.length);
		for (const link of await sectionLinks(page).all()) await expect(link).toBeVisible();
		expect(await isExpanded(page, 'Menu')).toBe(true);

		await opener(page, 'Menu').click();
		await expect(sections(page)).toBeHidden();
		expect(await isExpanded(page, 'Menu')).toBe(false);

		// A tap on the page below the open menu.
		await opener(page, 'Menu').click();
		await page.mouse.click(PHONE.width / 2, PHONE.height - 10);
		await expect(sections(page)).toBeHidden();

		// Every section is one tap from the menu, and the menu there marks it as the page the reader is on.
		const last = hrefs.at(-1)!;
		await opener(page, 'Menu').click();
		await sectionLinks(page).last().click();
		await expect(page).toHaveURL(new RegExp(`${RegExp.escape(last)}$`));
		await opener(page, 'Menu').click();
		await expect(sectionLinks(page).last()).toHaveAttribute('aria-current', 'page');
	});

	test('Menu works from the keyboard: Enter opens it, Tab goes through every section in turn, Escape closes it and returns to Menu', async ({ page }) => {
		await visit(page, PAGES.home);
		const hrefs = await sectionHrefs(page);
		await pressUntilFocused(page, 'Tab', opener(page, 'Menu'));
		await page.keyboard.press('Enter');
		await expect(sections(page)).toBeVisible();
		for (const href of hrefs) {
			await page.keyboard.press('Tab');
			const link = sectionLinks(page).and(page.locator(`[href="${href}"]`));
			await expect(link).toBeFocused();
			expect(await link.evaluate((element) => getComputedStyle(element).outlineStyle), `the focus ring on ${href} in the menu`).not.toBe('none');
		}
		await page.keyboard.press('Tab');
		await expect(opener(page, 'Search'), 'after the last section, the next stop is Search').toBeFocused();

		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Escape');
		await expect(sections(page)).toBeHidden();
		await expect(opener(page, 'Menu')).toBeFocused();

		await page.keyboard.press('Space');
		await expect(sections(page)).toBeVisible();
		await page.keyboard.press('Space');
		await expect(sections(page)).toBeHidden();
	});

	test('Search opens the header’s search box beside Menu, one open at a time, and searches', async ({ page }) => {
		await visit(page, PAGES.home);
		await expect(headerSearchBox(page)).toBeHidden();
		await opener(page, 'Menu').click();
		await opener(page, 'Search').click();
		await expect(sections(page), 'opening Search closes Menu').toBeHidden();
		await expect(headerSearchBox(page)).toBeVisible();
		expect(await isExpanded(page, 'Search')).toBe(true);

		await headerSearchBox(page).fill('partnership');
		await headerSearchBox(page).press('Enter');
		await expect(page).toHaveURL(/\/search\/\?q=partnership$/);
	});
});

test('on a wide screen the sections and the search box are in the header, with no Menu or Search button', async ({ page }, testInfo) => {
	await page.setViewportSize(DESKTOP);
	for (const path of [PAGES.home, builtPages(testInfo).find((path) => pageType(path) === 'papers entry')!]) {
		await visit(page, path);
		await expect(opener(page, 'Menu'), `Menu on ${path}`).toBeHidden();
		await expect(opener(page, 'Search'), `Search on ${path}`).toBeHidden();
		for (const link of await sectionLinks(page).all()) await expect(link).toBeVisible();
		expect(await sectionLinks(page).count()).toBe((await sectionHrefs(page)).length);
		await expect(headerSearchBox(page)).toBeVisible();
	}
});

test('the search page has one search box, its own, at every width', async ({ page }) => {
	for (const viewport of [PHONE, DESKTOP]) {
		await page.setViewportSize(viewport);
		await visit(page, PAGES.search);
		await expect(page.getByRole('search'), `search forms at ${viewport.width}px`).toHaveCount(1);
		await expect(page.getByRole('searchbox'), `search boxes at ${viewport.width}px`).toHaveCount(1);
		await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
		await expect(banner(page).getByRole('searchbox', { includeHidden: true })).toHaveCount(0);
		await expect(banner(page).getByRole('button', { name: 'Search', includeHidden: true })).toHaveCount(0);
	}
});
