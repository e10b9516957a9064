import type { Locator, Page } from '@playwright/test';
import * as content from '../../content';
import { allowTimeFor, expect, test } from '../test';

/**
 * Plain language for people who use services and their carers: every paper and key
 * message has a plain-language summary near the top of its page and on its card in the
 * listing, a reader can choose to see it first on every page, and search can find the
 * pages that have one.
 */

const papers = content.papers();
const messages = content.messages();
const entries = [
	...papers.map((paper) => ({ href: `/papers/${paper.id}/`, title: paper.data.title, plainSummary: paper.data.plainSummary })),
	...messages.map((message) => ({ href: `/messages/${message.id}/`, title: message.data.title, plainSummary: message.data.plainSummary })),
];

const summary = (page: Page) => page.getByRole('region', { name: 'In plain words' });
const toggle = (page: Page) => page.getByRole('button', { name: 'Show plain-language summaries first', exact: true });
const top = async (locator: Locator) => (await locator.boundingBox())!.y;

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });

	test('every paper and key message shows its plain summary on the first screen, and no toggle that could not work', async ({ page }) => {
		allowTimeFor(entries.length);
		for (const entry of entries) {
			await test.step(entry.href, async () => {
				await page.goto(entry.href);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.title);
				await expect(summary(page)).toContainText(entry.plainSummary!.replace(/\s+/g, ' ').trim());
				expect(await top(summary(page)), 'the summary starts on the first screen').toBeLessThan(900);
				await expect(toggle(page)).toBeHidden();
			});
		}
	});
});

test("the papers and key messages listings show every plain summary, each on its entry's card", async ({ page }) => {
	for (const [listing, entriesOf] of [
		['/papers/', papers],
		['/messages/', messages],
	] as const) {
		await page.goto(listing);
		for (const { data } of entriesOf) {
			const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: data.title, exact: true }) });
			await expect(card, `${listing}: ${data.title}`).toContainText(`In plain words: ${data.plainSummary.replace(/\s+/g, ' ').trim()}`);
		}
	}
});

test('a paper opens with its plain summary, before its abstract; on a key message "Show plain-language summaries first" puts it before the lede, and the choice holds after a reload and on the next page', async ({
	page,
}) => {
	const paper = papers.find((entry) => entry.data.abstract) ?? papers[0]!;
	const message = messages[0]!;
	const [nextMessage] = messages.slice(1);
	const lede = (entry: (typeof messages)[number]) => page.getByText(entry.data.summary.replace(/\s+/g, ' ').trim(), { exact: true });

	await page.goto(`/papers/${paper.id}/`);
	await expect(toggle(page)).toHaveCount(0);
	if (paper.data.abstract) expect(await top(summary(page))).toBeLessThan(await top(page.getByRole('heading', { name: 'Abstract' })));

	await page.goto(`/messages/${message.id}/`);
	await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
	expect(await top(summary(page)), 'by default the message in one sentence comes first').toBeGreaterThan(await top(lede(message)));

	await toggle(page).click();
	await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
	expect(await top(summary(page)), 'once chosen, the plain summary comes first').toBeLessThan(await top(lede(message)));

	await page.reload();
	await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
	expect(await top(summary(page))).toBeLessThan(await top(lede(message)));

	if (nextMessage) {
		await page.goto(`/messages/${nextMessage.id}/`);
		await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
		expect(await top(summary(page)), 'on the next key message too').toBeLessThan(await top(lede(nextMessage)));
	}

	await toggle(page).click();
	await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
	expect(await top(summary(page))).toBeGreaterThan(await top(lede(nextMessage ?? message)));
});

test('the search filter for a plain-language summary finds every paper and key message, and nothing else', async ({ page }) => {
	await page.goto('/search/');
	const filter = page.getByRole('group', { name: 'Summary', exact: true }).getByRole('checkbox', { name: /^Plain-language summary \(\d+\)$/ });
	await expect(filter).toHaveAccessibleName(`Plain-language summary (${entries.length})`);
	await filter.check();
	await expect(page).toHaveURL(/[?&]summary=plain\b/);
	await expect(page.getByRole('status')).toHaveText(`${entries.length} results, filtered by Plain-language summary.`);
	const titles = page.getByRole('list', { name: 'Search results' }).getByRole('heading', { level: 2 });
	const more = page.getByRole('button', { name: 'Show more results' });
	while (await more.isVisible()) {
		const shown = await titles.count();
		await more.click();
		await expect(titles).not.toHaveCount(shown);
	}
	expect((await titles.allTextContents()).map((title) => title.trim()).toSorted()).toEqual(entries.map((entry) => entry.title).toSorted());
});
