import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import axe, { type AxeResults, type Result } from 'axe-core';

declare global {
	interface Window {
		axe?: typeof axe;
	}
}

/** WCAG 2.2 AA, level A included: axe tags each rule with the version and level that introduced it. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core's own minified build of the same version (axe.min.js beside axe.js in the package), not
 * `axe.source`, the unminified 1.5 MB: the same rules and checks in under half the bytes for the page to
 * parse and compile each time axe is put into it.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One line per failing element, so a report says what to fix and where without opening a trace. */
function readable(violations: Result[]): string[] {
	return violations.flatMap((violation) =>
		violation.nodes.map(
			(node) =>
				`${violation.id}: ${violation.help} (${violation.helpUrl})\n    at ${node.target.map(String).join(' >> ')}\n    ${(node.failureSummary ?? '').replaceAll('\n', '\n    ')}`,
		),
	);
}

/**
 * The WCAG 2.2 AA violations axe finds on the page as it is now, one readable line per element.
 * The page is checked at several widths and in both schemes without a reload, so axe is put into it
 * once and run as often as needed: putting it in takes longer than a run. A page with frames gets
 * AxeBuilder's full mode instead, the one way to check inside the frames.
 */
export async function wcagViolations(page: Page): Promise<string[]> {
	if ((await page.locator('iframe, frame').count()) > 0) {
		return readable((await new AxeBuilder({ page, axeSource: AXE_SOURCE }).withTags(WCAG_22_AA).analyze()).violations);
	}
	// Evaluated by the test runner, not added as a <script>, so the page's Content-Security-Policy neither blocks nor reports it.
	if (!(await page.evaluate(() => window.axe !== undefined))) await page.evaluate(AXE_SOURCE);
	const violations = await page.evaluate(
		async (tags) => ((await window.axe!.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })) as AxeResults).violations,
		WCAG_22_AA,
	);
	return readable(violations);
}
