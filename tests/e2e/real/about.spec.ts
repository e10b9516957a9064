import * as content from '../../content';
import { expect, test } from '../test';

test('the about page names its main source, the commentary that reports the symposium, with a link to the original', async ({ page }) => {
	const source = content.byId(content.commentary(), content.symposium().reportedIn!);
	await page.goto('/about/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('About this site');
	const sentence = page.getByRole('paragraph').filter({ hasText: 'Our main source is' });
	await expect(sentence.getByRole('link', { name: source.data.title })).toHaveAttribute('href', `/commentary/${source.id}/`);
	await expect(sentence).toContainText(source.data.source!.publication);
	await expect(sentence.getByRole('link', { name: 'original article' })).toHaveAttribute('href', source.data.source!.url!);
});
