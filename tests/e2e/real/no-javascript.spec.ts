import { expect, test } from '../test';

const READING_PAGES = ['/', '/papers/', '/papers/evaluation-of-partnerships/', '/messages/', '/commentary/are-partnerships-worth-it/', '/people/jon-glasby/'];

test('reading pages load no script file, and their only inline script waits for a search highlight', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	for (const path of READING_PAGES) {
		await page.goto(path);
		await expect(page.locator('script[src]')).toHaveCount(0);
		await expect(page.locator('script:not([src])')).toHaveCount(1);
		await expect(page.locator('mark')).toHaveCount(0);
	}
	expect(scripts).toEqual([]);
});
