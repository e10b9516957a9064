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

test('the about page names the gaps the content shows', async ({ page }) => {
	await page.goto('/about/');
	const gaps = page.getByRole('main').getByRole('list').last().getByRole('listitem');
	const papers = content.papers();
	const noneConfirmed = papers.every((paper) => paper.data.specialEdition !== 'confirmed');
	await expect(gaps.filter({ hasText: "the special edition's contents" })).toHaveCount(noneConfirmed ? 1 : 0);
	for (const paper of papers.filter((paper) => paper.data.authors === 'not-known')) {
		await expect(gaps.filter({ hasText: `the authors of “${paper.data.title.split(':')[0]}”` })).toHaveCount(1);
	}
});
