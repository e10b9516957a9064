import type { Page } from '@playwright/test';
import { expect, test } from '../test';
import { activeStop, focusedLooks, installProbe, pressUntilFocused, unfocusedLooks, walkWithTab, type Look, type Stop } from './focus-probe';

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
			problems.push(
				`focus outline ${look.outlineColor} has ${look.outlineContrast.toFixed(2)}:1 contrast with what surrounds it, under ${MIN_INDICATOR_CONTRAST}:1`,
			);
		}
	}
	if (!look.inView) problems.push('is scrolled out of view or covered by other content when focused');
	return problems.map((problem) => `${stop.description}: ${problem}`);
}

/** Every way the focused stops fail to show their focus, against how each looks unfocused. */
async function focusIndicatorProblems(page: Page, steps: { stop: Stop; look: Look | null }[]): Promise<string[]> {
	const unfocused = await unfocusedLooks(page);
	return steps.flatMap(({ stop, look }) => (look ? indicatorProblems(stop, look, unfocused[stop.index]) : []));
}

/**
 * The keyboard gate on a page just loaded, with nothing focused yet: Tab from the top reaches the skip
 * link first, then every focusable element once, in order, each with a visible focus indicator in the
 * light and the dark scheme, and then leaves the page; the skip link moves focus to the main content.
 * One walk with the Tab key serves the order and the light scheme; the dark scheme's indicators are
 * read by focusing the same stops in turn, with no reload.
 */
export async function checkKeyboard(page: Page, path: string): Promise<void> {
	await page.emulateMedia({ colorScheme: 'light' });
	const expected = await installProbe(page);
	const skip = page.getByRole('link', { name: 'Skip to main content' });
	const steps = await walkWithTab(page, expected.length + 2, () =>
		test.step('the first Tab stop is the skip link, in full view', async () => {
			await expect.soft(skip, `the first Tab stop on ${path} is ${(await activeStop(page)).description}`).toBeFocused();
			await expect.soft(skip, `the skip link on ${path}, focused`).toBeInViewport({ ratio: 1 });
		}),
	);

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
		const looks = await focusedLooks(page);
		const problems = await focusIndicatorProblems(
			page,
			looks.map((look, index) => ({ stop: { index, description: expected[index] ?? '', onPage: true }, look })),
		);
		expect.soft(problems, `focus indicators on ${path}, dark scheme`).toEqual([]);
		await page.emulateMedia({ colorScheme: 'light' });
	});

	await test.step('the skip link moves focus to the main content', async () => {
		// Tab from the last stop wraps round to the skip link, as it does for a reader.
		await pressUntilFocused(page, 'Tab', skip);
		await page.keyboard.press('Enter');
		await expect(page.getByRole('main')).toBeFocused();
		await page.keyboard.press('Tab');
		expect(await focusIsInOrAfterMain(page), `after the skip link, Tab went to ${(await activeStop(page)).description}`).toBe(true);
	});
}
