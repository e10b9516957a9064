import { expect, test } from '../test';

test('the papers are listed in journal order: by page, then those whose place is unknown', async ({ page }) => {
	await page.goto('/papers/');
	await expect(page.getByRole('heading', { level: 2 })).toHaveText([
		/^The evaluation of health and social care partnerships/,
		/^Whole-system approaches to health and social care partnerships/,
		/^Evaluating partnerships: a case study/,
	]);
});

test('a paper shows its authors with affiliations, linked to their pages', async ({ page }) => {
	await page.goto('/papers/evaluating-partnerships-mental-health/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Evaluating partnerships: a case study of integrated specialist mental health services',
	);
	const authors = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('link', { name: /Freeman|Peck/ }) });
	await expect(authors).toHaveText([
		/^\s*Timothy Freeman\s+Health Services Management Centre, University of Birmingham \(in 2006\)\s*$/,
		/^\s*Edward Peck\s+Health Services Management Centre, University of Birmingham \(in 2006\)\s*$/,
	]);
	await page.getByRole('link', { name: 'Edward Peck' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edward Peck');
	await expect(page.getByRole('link', { name: /^Evaluating partnerships: a case study/ })).toBeVisible();
});

test('a paper whose authors the record does not show says so instead of guessing', async ({ page }) => {
	await page.goto('/papers/whole-system-approaches-frail-elderly/');
	await expect(page.getByText('Authors not yet known')).toBeVisible();
	await expect(page.getByRole('link', { name: '10.1111/j.1365-2524.2006.00655.x' })).toHaveAttribute(
		'href',
		'https://doi.org/10.1111/j.1365-2524.2006.00655.x',
	);
	await expect(page.getByRole('link', { name: '16918830' })).toHaveAttribute('href', 'https://pubmed.ncbi.nlm.nih.gov/16918830/');
	await expect(page.getByText('Health and Social Care in the Community, 14(5), 384–390 (September 2006)')).toBeVisible();
});

test('a paper shows the key messages linked to it, and by whom, and links to its neighbours in journal order', async ({ page }) => {
	await page.goto('/papers/evaluation-of-partnerships/');
	const messages = page.getByRole('region', { name: 'Key messages linked to this paper' });
	await expect(messages.getByRole('link')).toHaveText(['Key message 1: Partnership is not a cure-all']);
	await expect(messages).toContainText("(chosen by the site's editors)");

	const pager = page.getByRole('navigation', { name: 'Papers in journal order' });
	await expect(pager.getByRole('link', { name: /Previous/ })).toHaveCount(0);
	await pager.getByRole('link', { name: /Next/ }).click();
	await expect(page).toHaveURL(/\/papers\/whole-system-approaches-frail-elderly\/$/);
});

test('a missing paper gets a helpful 404', async ({ page }) => {
	const response = await page.goto('/papers/no-such-paper/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByRole('main').getByRole('link', { name: 'Papers' })).toHaveAttribute('href', '/papers/');
});
