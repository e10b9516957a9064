import * as content from '../../content';
import { GITHUB } from '../../deploy-env';
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

test('built as the deploy workflow builds it, the site tells readers how to reach the editors, on About and in its accessibility statement, and each paper links to report a correction', async ({
	page,
}) => {
	const { contact, repository = `${GITHUB.server_url}/${GITHUB.repository}` } = content.siteSettings();
	const route = contact ? (contact.startsWith('https://') ? contact : `mailto:${contact}`) : `${repository}/issues/new`;
	await page.goto('/about/');
	const main = page.getByRole('main');
	await expect(main.getByRole('heading', { name: 'Contact us' })).toBeVisible();
	const accessibility = main.getByRole('paragraph').filter({ hasText: 'WCAG' });
	for (const where of [accessibility, main.getByRole('heading', { name: 'Contact us' }).locator('xpath=following-sibling::p[1]')]) {
		await expect(where.getByRole('link')).toHaveAttribute('href', route);
	}
	for (const paper of content.papers()) {
		await page.goto(`/papers/${paper.id}/`);
		await expect(page.getByRole('link', { name: 'Report a correction' })).toHaveAttribute('href', new RegExp(`^${RegExp.escape(repository)}/issues/new\\?`));
	}
});
