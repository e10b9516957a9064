import { builtPages, pageType } from '../built-pages';
import { expect, test } from '../test';
import { MIN_BUTTON_SIZE } from './controls';
import { visit } from './each-page';

/**
 * Buttons look like the site's buttons wherever they are. Every page's buttons are measured, and every
 * control's contrast with the page, in every-page.spec.ts; this is the case on a paper's page.
 */
test('the Copy buttons in Cite this are buttons: the site’s quieter look, and 44px each way to touch', async ({ page }, testInfo) => {
	const paper = builtPages(testInfo).find((path) => pageType(path) === 'papers entry')!;
	await visit(page, paper);
	const citeThis = page.getByRole('region', { name: 'Cite this' });
	// Each style under its name, the first open: open the others too.
	const styles = citeThis.locator('details');
	for (const style of await styles.all()) await style.evaluate((details: HTMLDetailsElement) => (details.open = true));
	const copyButtons = citeThis.getByRole('button', { name: /^Copy\b/ });
	await expect(copyButtons).toHaveCount(await styles.count());
	for (const button of await copyButtons.all()) {
		const box = (await button.boundingBox())!;
		expect(box.width, `the width of "${await button.textContent()}"`).toBeGreaterThanOrEqual(MIN_BUTTON_SIZE);
		expect(box.height, `the height of "${await button.textContent()}"`).toBeGreaterThanOrEqual(MIN_BUTTON_SIZE);
		// The browser's own grey button has no radius and the system's font: these are the site's.
		const look = await button.evaluate((element) => {
			const style = getComputedStyle(element);
			return {
				font: style.fontFamily === getComputedStyle(document.body).fontFamily,
				rounded: parseFloat(style.borderTopLeftRadius) > 0,
				border: style.borderTopColor === style.color,
			};
		});
		expect(look, `the look of "${await button.textContent()}"`).toEqual({ font: true, rounded: true, border: true });
	}
});
