import type { Page } from '@playwright/test';
import { expect, test } from '../test';

/** Search on the real site: a few searches a reader of the symposium would make. */

const status = (page: Page) => page.getByRole('status');
const resultsList = (page: Page) => page.getByRole('list', { name: 'Search results' });
const result = (page: Page, title: string | RegExp) =>
	resultsList(page).getByRole('article').filter({ has: page.getByRole('heading', { level: 2, name: title }) });
const typeCount = (page: Page, label: string) =>
	page.getByRole('group', { name: 'Type', exact: true }).getByRole('checkbox', { name: new RegExp(`^${label} \\((\\d+)\\)$`) });

test('"partnership" finds the papers and the key messages', async ({ page }) => {
	await page.goto('/search/?q=partnership');
	await expect(status(page)).toHaveText(/^\d+ results for “partnership”\.$/);

	for (const title of [
		/^The evaluation of health and social care partnerships/,
		/^Evaluating partnerships: a case study/,
		/^Whole-system approaches to health and social care partnerships/,
	]) {
		await expect(result(page, title)).toContainText(/^Paper/);
	}
	for (const title of [
		'Partnership is not a cure-all',
		'Be clear why you are working in partnership',
		'Keeping partnerships going under pressure',
		'Let partnerships grow from the ground up',
	]) {
		await expect(result(page, title)).toContainText(/^Key message/);
	}
	await expect(typeCount(page, 'Paper')).toHaveAccessibleName('Paper (3)');
	await expect(typeCount(page, 'Key message')).toHaveAccessibleName('Key message (4)');

	await typeCount(page, 'Key message').check();
	await expect(status(page)).toHaveText('4 results for “partnership”, filtered by Key message.');
	await expect(page).toHaveURL(/\/search\/\?q=partnership&type=key-message$/);
});

test('"Dickinson" finds her paper and her page', async ({ page }) => {
	await page.goto('/search/?q=Dickinson');
	await expect(status(page)).toHaveText('2 results for “Dickinson”.');
	await expect(result(page, /^The evaluation of health and social care partnerships/)).toContainText(/^Paper/);
	await expect(result(page, 'Helen Dickinson')).toContainText(/^Person/);
	await expect(result(page, 'Helen Dickinson').locator('mark').first()).toHaveText(/^Dickinson/);
});

test('the header form searches from any page, and a result opens with the words highlighted', async ({ page }) => {
	await page.goto('/commentary/are-partnerships-worth-it/');
	const header = page.getByRole('search', { name: 'Site search' });
	await header.getByRole('searchbox', { name: 'Search the site' }).fill('Dickinson');
	await header.getByRole('searchbox', { name: 'Search the site' }).press('Enter');
	await expect(page).toHaveURL(/\/search\/\?q=Dickinson$/);
	await expect(status(page)).toHaveText('2 results for “Dickinson”.');

	await resultsList(page).getByRole('link', { name: 'Helen Dickinson' }).click();
	await expect(page).toHaveURL(/\/people\/helen-dickinson\/\?highlight=dickinson$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Helen Dickinson');
	const marks = page.getByRole('main').locator('mark');
	await expect(marks.first()).toBeVisible();
	for (const mark of await marks.all()) await expect(mark).toHaveText(/^Dickinson$/i);
});

test('a misspelt query offers the word the reader meant, and a query that finds nothing is corrected', async ({ page }) => {
	await page.goto('/search/?q=partnrship');
	const offer = page.getByRole('button', { name: 'partnership', exact: true });
	await expect(page.getByText('Did you mean')).toBeVisible();
	await offer.click();
	await expect(page).toHaveURL(/\?q=partnership$/);
	await expect(status(page)).toHaveText(/^\d+ results for “partnership”\.$/);
	await expect(page.getByText('Did you mean')).toBeHidden();

	await page.goto('/search/?q=qartnership');
	await expect(status(page)).toHaveText(/^No results for “qartnership”\. Showing \d+ results for “partnership” instead\.$/);
});
