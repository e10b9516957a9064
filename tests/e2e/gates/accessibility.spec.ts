import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import { expect, test } from '../test';
import { forEachBuiltPage, visit } from './each-page';

/** WCAG 2.2 AA, level A included: axe tags each rule with the version and level that introduced it. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const WIDTHS = [
	{ name: 'phone', viewport: { width: 390, height: 844 } },
	{ name: 'desktop', viewport: { width: 1280, height: 900 } },
] as const;

const SCHEMES = ['light', 'dark'] as const;

/** One line per failing element, so a report says what to fix and where without opening a trace. */
function readable(violations: Result[]): string[] {
	return violations.flatMap((violation) =>
		violation.nodes.map(
			(node) =>
				`${violation.id}: ${violation.help} (${violation.helpUrl})\n    at ${node.target.map(String).join(' >> ')}\n    ${(node.failureSummary ?? '').replaceAll('\n', '\n    ')}`,
		),
	);
}

forEachBuiltPage((path) => {
	test(`${path} has no WCAG 2.2 AA violations at phone and desktop widths in light and dark`, async ({ page }) => {
		await visit(page, path);
		// Legacy mode runs axe inside the page instead of opening a blank one to collate results, which
		// halves the run; it cannot reach into cross-origin frames, so a page with any frame gets the full mode.
		const legacyMode = (await page.locator('iframe, frame').count()) === 0;
		// Width and scheme change the same loaded page: the layout and colours respond to both without a reload.
		for (const { name, viewport } of WIDTHS) {
			for (const colorScheme of SCHEMES) {
				await test.step(`${name} ${viewport.width}px, ${colorScheme}`, async () => {
					await page.setViewportSize(viewport);
					await page.emulateMedia({ colorScheme });
					const { violations } = await new AxeBuilder({ page }).setLegacyMode(legacyMode).withTags(WCAG_22_AA).analyze();
					expect.soft(readable(violations), `axe violations on ${path} at ${name} width (${viewport.width}px), ${colorScheme} scheme`).toEqual([]);
				});
			}
		}
	});
});
