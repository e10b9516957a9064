import type { Page } from '@playwright/test';
import { expect, test } from '../test';
import { forEachBuiltPage, forSite, visit } from './each-page';
import { activeStop, activeStopAndLook, installProbe, pressUntilFocused, unfocusedLooks, type Look, type Stop } from './focus-probe';

// These tests press Tab hundreds of times; a trace would snapshot the page at every press and
// nearly double the run, while each failure message already lists the elements at fault.
test.use({ trace: 'off' });

/** WCAG 1.4.11 asks 3:1 of the parts of a control needed to see its state, focus included. */
const MIN_INDICATOR_CONTRAST = 3;
/** A hairline ring is easily missed; WCAG 2.4.13 measures a good indicator against a 2px perimeter. */
const MIN_OUTLINE_WIDTH = 2;

/** Whether focus is in the main content or after it, rather than back among what the skip link skipped. */
async function focusIsInOrAfterMain(page: Page): Promise<boolean> {
	return page.evaluate(() => {
		const main = document.querySelector('main');
		const active = document.activeElement;
		if (!main || !active || active === document.body) return false;
		return main.contains(active) || Boolean(main.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
	});
}

/** What is wrong with how one focused Tab stop shows its focus, if anything. */
function indicatorProblems(stop: Stop, look: Look, unfocused: Look | undefined): string[] {
	const outlineShown =
		look.outlineStyle !== 'none' &&
		look.outlineWidth > 0 &&
		(unfocused?.outlineStyle === 'none' || unfocused?.outlineWidth !== look.outlineWidth || unfocused.outlineColor !== look.outlineColor);
	const shadowShown = look.boxShadow !== 'none' && look.boxShadow !== unfocused?.boxShadow;
	const problems: string[] = [];
	if (!outlineShown && !shadowShown) {
		problems.push(`looks the same focused as unfocused (outline ${look.outlineStyle} ${look.outlineWidth}px, box-shadow ${look.boxShadow})`);
	}
	if (outlineShown && !shadowShown) {
		if (look.outlineWidth < MIN_OUTLINE_WIDTH) problems.push(`focus outline is ${look.outlineWidth}px wide, under ${MIN_OUTLINE_WIDTH}px`);
		if (look.outlineContrast !== null && look.outlineContrast < MIN_INDICATOR_CONTRAST) {
			problems.push(`focus outline ${look.outlineColor} has ${look.outlineContrast.toFixed(2)}:1 contrast with what surrounds it, under ${MIN_INDICATOR_CONTRAST}:1`);
		}
	}
	if (!look.inView) problems.push('is scrolled out of view or covered by other content when focused');
	return problems.map((problem) => `${stop.description}: ${problem}`);
}

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

	test(`on ${path} every "On this page" link, followed by keyboard, brings its section into view`, async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 500 });
		await visit(page, path);
		const contents = page.getByRole('navigation', { name: 'On this page' });
		const names = (await contents.getByRole('link').allTextContents()).map((name) => name.trim());
		expect(names.length, 'the paper has an "On this page" list').toBeGreaterThan(1);

		for (const name of names) {
			await test.step(name, async () => {
				await visit(page, path);
				// As a reader would: past the site's navigation with the skip link, then on through the paper.
				await page.keyboard.press('Tab');
				await page.keyboard.press('Enter');
				await pressUntilFocused(page, 'Tab', contents.getByRole('link', { name, exact: true }));
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
});

/** Tabs through every stop on the page, recording where focus lands and, while it is on the page, how it looks. */
async function walk(page: Page, presses: number): Promise<{ stop: Stop; look: Look | null }[]> {
	const steps: { stop: Stop; look: Look | null }[] = [];
	for (let press = 0; press < presses; press++) {
		await page.keyboard.press('Tab');
		steps.push(await activeStopAndLook(page));
	}
	return steps;
}

/** Every way the focused stops fail to show their focus, against how each looks unfocused. */
async function focusIndicatorProblems(page: Page, steps: { stop: Stop; look: Look | null }[]): Promise<string[]> {
	const unfocused = await unfocusedLooks(page);
	return steps.flatMap(({ stop, look }) => (look ? indicatorProblems(stop, look, unfocused[stop.index]) : []));
}

// One test per page walks the page once per colour scheme and checks the walk three ways, so
// that a page costs two walks rather than four; each check is a step with its own message.
forEachBuiltPage((path) => {
	test(`${path}: skip link first, every element reached once by Tab with a visible focus indicator, no trap`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await visit(page, path);
		const expected = await installProbe(page);
		const steps = await walk(page, expected.length + 2);

		await test.step('Tab visits every focusable element once, in order, then leaves the page', () => {
			const visited = steps.slice(0, expected.length).map(({ stop }) => `${stop.index}: ${stop.description}`);
			expect.soft(visited, `the Tab stops on ${path}, in the order Tab reached them`).toEqual(expected.map((description, index) => `${index}: ${description}`));
			// Past the last stop the browser takes focus to its own controls (the document, here) and then starts again at the top.
			const after = steps.slice(expected.length).map(({ stop }) => stop);
			expect
				.soft(
					after.some((stop) => !stop.onPage || stop.index === 0),
					`focus did not leave ${path} after the last Tab stop; it went to ${after.map((stop) => stop.description).join(', then ')}`,
				)
				.toBe(true);
		});

		await test.step('every Tab stop shows a visible focus indicator, light scheme', async () => {
			expect.soft(await focusIndicatorProblems(page, steps.slice(0, expected.length)), `focus indicators on ${path}, light scheme`).toEqual([]);
		});

		await test.step('every Tab stop shows a visible focus indicator, dark scheme', async () => {
			await page.emulateMedia({ colorScheme: 'dark' });
			await visit(page, path);
			const count = (await installProbe(page)).length;
			expect.soft(await focusIndicatorProblems(page, await walk(page, count)), `focus indicators on ${path}, dark scheme`).toEqual([]);
		});

		await test.step('the first Tab stop is the skip link, and it moves focus to the main content', async () => {
			// Last, because following a wrong first stop would leave the page the other checks need.
			await visit(page, path);
			await installProbe(page);
			await page.keyboard.press('Tab');
			const skip = page.getByRole('link', { name: 'Skip to main content' });
			await expect(skip, `the first Tab stop on ${path} is ${(await activeStop(page)).description}`).toBeFocused();
			await expect(skip).toBeInViewport({ ratio: 1 });
			await page.keyboard.press('Enter');
			await expect(page.getByRole('main')).toBeFocused();
			await page.keyboard.press('Tab');
			expect(await focusIsInOrAfterMain(page), `after the skip link, Tab went to ${(await activeStop(page)).description}`).toBe(true);
		});
	});
});
