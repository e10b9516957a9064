import * as content from '../../content';
import { expect, test } from '../test';

test('the about page names, for each symposium, its main source: the commentary that reports it, with a link to the original', async ({ page }) => {
	await page.goto('/about/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('About this site');
	const sentences = page.getByRole('paragraph').filter({ hasText: 'Our main source is' });
	const symposia = content.symposia();
	await expect(sentences).toHaveCount(symposia.length);
	for (const [index, symposium] of symposia.entries()) {
		if (!symposium.data.reportedIn) continue;
		const source = content.byId(content.commentary(), symposium.data.reportedIn);
		const sentence = sentences.nth(index);
		await expect(sentence.getByRole('link', { name: source.data.title })).toHaveAttribute('href', `/commentary/${source.id}/`);
		if (!source.data.source) continue;
		await expect(sentence).toContainText(source.data.source.publication);
		if (source.data.source.url) await expect(sentence.getByRole('link', { name: 'original article' })).toHaveAttribute('href', source.data.source.url);
	}
});

test('the about page names the gaps the content shows', async ({ page }) => {
	await page.goto('/about/');
	const gaps = page.getByRole('main').getByRole('list').last().getByRole('listitem');
	const papers = content.papers();
	const unconfirmed = content
		.editions()
		.filter(
			(edition) => edition.data.kind === 'special-issue' && !papers.some((paper) => paper.data.edition === edition.id && paper.data.inEdition === 'confirmed'),
		);
	await expect(gaps.filter({ hasText: "the special edition's contents" })).toHaveCount(unconfirmed.length);
	for (const paper of papers.filter((paper) => paper.data.authors === 'not-known')) {
		await expect(gaps.filter({ hasText: `the authors of “${paper.data.title.split(':')[0]}”` })).toHaveCount(1);
	}
});
