import { readCollection, readYaml } from '../../content';
import { expect, test } from '../test';

test('the about page names the gaps in the record that the content shows', async ({ page }) => {
	const papers = readCollection('content', 'papers');
	await page.goto('/about/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('About this site');
	const gaps = page.getByRole('main').getByRole('list').last().getByRole('listitem');
	const noneConfirmed = papers.every((paper) => paper.data['specialEdition'] !== 'confirmed');
	await expect(gaps.filter({ hasText: "the special edition's contents" })).toHaveCount(noneConfirmed ? 1 : 0);
	for (const paper of papers.filter((paper) => paper.data['authors'] === 'not-known')) {
		const title = String(paper.data['title']).split(':')[0]!;
		await expect(gaps.filter({ hasText: `the authors of “${title}”` })).toHaveCount(1);
	}
});

test('the about page names the records the facts were checked against, and links the original article', async ({ page }) => {
	await page.goto('/about/');
	const records = readYaml('content', 'symposium.yaml')['checkedAgainst'] as { name: string }[];
	expect(records.length).toBeGreaterThan(0);
	for (const record of records) {
		await expect(page.getByRole('main').getByRole('listitem').filter({ hasText: `${record.name}:` })).toHaveCount(1);
	}
	await expect(page.getByRole('link', { name: 'original article' })).toHaveAttribute(
		'href',
		'https://www.communitycare.co.uk/2006/06/15/are-partnerships-worth-it/',
	);
});
