import { builtPages } from '../built-pages';
import { expect, test } from '../test';

test('every image has its size set, modern formats, responsive sources, and loads lazily below the fold', async ({ page }, testInfo) => {
	let images = 0;
	for (const path of builtPages(testInfo)) {
		await page.goto(path);
		const viewportHeight = page.viewportSize()!.height;
		for (const img of await page.locator('main img').all()) {
			images += 1;
			const where = `${await img.getAttribute('src')} on ${path}`;
			expect.soft(await img.getAttribute('alt'), `alt of ${where}`).not.toBeNull();
			expect.soft(Number(await img.getAttribute('width')), `width of ${where}`).toBeGreaterThan(0);
			expect.soft(Number(await img.getAttribute('height')), `height of ${where}`).toBeGreaterThan(0);
			const types = await img.evaluate((element) =>
				[...(element.closest('picture')?.querySelectorAll('source') ?? [])].map((source) => source.type),
			);
			expect.soft(types, `modern formats for ${where}`).toEqual(expect.arrayContaining(['image/avif', 'image/webp']));
			const srcsets = await img.evaluate((element) =>
				[element, ...(element.closest('picture')?.querySelectorAll('source') ?? [])].map((e) => e.getAttribute('srcset') ?? ''),
			);
			expect.soft(srcsets.some((srcset) => srcset.includes(',')), `a srcset with several widths for ${where}`).toBe(true);
			const top = (await img.boundingBox())!.y;
			if (top > viewportHeight) expect.soft(await img.getAttribute('loading'), `lazy loading of ${where}`).toBe('lazy');
		}
	}
	// The fixture site has a portrait; the real content has no images yet, which is fine.
	if (testInfo.project.name === 'fixtures') expect(images).toBeGreaterThan(0);
});
