import { readFileSync } from 'node:fs';
import { OLD_ADDRESSES } from '../../../src/lib/urls';
import { expect, test } from '../test';

/** Today's addresses (addresses.txt): every one must still lead somewhere. */
const ADDRESSES = readFileSync(new URL('addresses.txt', import.meta.url), 'utf8')
	.split('\n')
	.filter((line) => line.startsWith('/'));

test('every address the site served before it held a series still resolves', async ({ request }) => {
	expect(ADDRESSES.length).toBeGreaterThan(50);
	for (const address of ADDRESSES) expect((await request.get(address)).status(), address).toBe(200);
});

test('an old address sends the reader on to the page that replaced it, which it names as canonical', async ({ page }) => {
	for (const address of Object.values(OLD_ADDRESSES).filter((moved) => ADDRESSES.includes(moved))) {
		const response = await page.request.get(address);
		const html = await response.text();
		const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
		expect(canonical, `${address} names its new page`).toBeDefined();
		const target = new URL(canonical!).pathname;
		expect(target, `${address} leads elsewhere`).not.toBe(address);
		expect(html, `${address} asks not to be indexed`).toContain('name="robots" content="noindex"');
		await page.goto(address);
		await expect(page, `${address} arrives at ${target}`).toHaveURL(new RegExp(`${RegExp.escape(target)}$`));
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	}
});
