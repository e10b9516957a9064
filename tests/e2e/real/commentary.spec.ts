import { expect, test } from '../test';

test('the commentary is a labelled summary that links to the original and cites its sources', async ({ page }) => {
	await page.goto('/commentary/are-partnerships-worth-it/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Are partnerships worth it?');
	await expect(page.getByRole('link', { name: 'Jon Glasby' })).toHaveAttribute('href', '/people/jon-glasby/');
	const original = page.getByRole('complementary', { name: 'Original publication' });
	await expect(original).toContainText('summary of an article that first appeared in Community Care on 15 June 2006');
	await expect(original.getByRole('link', { name: 'Read the original in Community Care' })).toHaveAttribute(
		'href',
		'https://www.communitycare.co.uk/2006/06/15/are-partnerships-worth-it/',
	);
	await expect(page.getByText(/Our health, our care, our say/)).toBeVisible();
});

test('the discussion questions say that the site editors wrote them', async ({ page }) => {
	await page.goto('/commentary/are-partnerships-worth-it/');
	const discussion = page.getByRole('region', { name: 'Questions for discussion' });
	await expect(discussion).toContainText("They were written by the site's editors.");
	await expect(discussion.getByRole('listitem')).toHaveCount(5);
});

test('the people page lists each person once with their work', async ({ page }) => {
	await page.goto('/people/');
	await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Helen Dickinson', 'Timothy Freeman', 'Jon Glasby', 'Edward Peck']);
	await page.getByRole('link', { name: 'Jon Glasby' }).click();
	await expect(page.getByRole('region', { name: 'Commentary' }).getByRole('link', { name: 'Are partnerships worth it?' })).toBeVisible();
});

test('the programme and special edition say what is not yet known', async ({ page }) => {
	await page.goto('/programme/');
	await expect(page.getByText('The programme is not yet known.')).toBeVisible();
	await page.goto('/special-edition/');
	const facts = page.getByRole('main').locator('dl');
	await expect(facts).toContainText(/Publisher\s+Not yet known/);
	await expect(facts).toContainText(/Guest editors\s+Not yet known/);
	await expect(page.getByRole('list', { name: /not confirmed as part of the special edition$/ }).getByRole('listitem').locator('a.title')).toHaveText([
		/^The evaluation of health/,
		/^Whole-system approaches/,
		/^Evaluating partnerships/,
	]);
});
