import type { Page } from '@playwright/test';
import * as content from '../../content';
import { allowTimeFor, expect, test } from '../test';

/** Search on the real site: whatever the content, a reader finds each entry by its title or name. */

const status = (page: Page) => page.getByRole('status');
const resultsList = (page: Page) => page.getByRole('list', { name: 'Search results' });
const result = (page: Page, title: string) =>
	resultsList(page)
		.getByRole('article')
		.filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) });
const search = (query: string) => `/search/?q=${encodeURIComponent(query)}`;

test('a search for a paper’s title finds the paper', async ({ page }) => {
	allowTimeFor(content.papers().length);
	for (const { data } of content.papers()) {
		await page.goto(search(data.title));
		await expect(result(page, data.title)).toContainText(/^Paper/);
	}
});

test('a search for a key message’s title finds the message', async ({ page }) => {
	allowTimeFor(content.messages().length);
	for (const { data } of content.messages()) {
		await page.goto(search(data.title));
		await expect(result(page, data.title)).toContainText(/^Key message/);
	}
});

test('a search for a person’s name finds their page, with the name marked, and each of their papers', async ({ page }) => {
	allowTimeFor(content.people().length);
	for (const { id, data } of content.people()) {
		await page.goto(search(data.name));
		await expect(result(page, data.name)).toContainText(/^Person/);
		await expect(result(page, data.name).locator('mark').first()).toBeVisible();
		for (const paper of content.papers().filter((paper) => content.authorIds(paper.data).includes(id))) {
			await expect(result(page, paper.data.title)).toContainText(/^Paper/);
		}
	}
});

test('browsing by type with no words lists every key message, and every paper', async ({ page }) => {
	for (const [type, label, titles] of [
		['key-message', 'Key message', content.messages().map(({ data }) => data.title)],
		['paper', 'Paper', content.papers().map(({ data }) => data.title)],
	] as const) {
		await page.goto(`/search/?type=${type}`);
		await expect(status(page)).toHaveText(new RegExp(`^${titles.length} results?, filtered by ${label}\\.$`));
		while (await page.getByRole('button', { name: 'Show more results' }).isVisible()) await page.getByRole('button', { name: 'Show more results' }).click();
		const shown = await resultsList(page).getByRole('heading', { level: 2 }).allTextContents();
		expect(shown.map((title) => title.trim()).toSorted()).toEqual([...titles].toSorted());
	}
});

test('the header form searches from any page, and a result opens with the words highlighted', async ({ page }) => {
	const piece = content.commentary()[0]!;
	const person = content.byId(content.people(), String(piece.data.authors[0]));
	const name = person.data.name;
	await page.goto(`/commentary/${piece.id}/`);
	const box = page.getByRole('search', { name: 'Site search' }).getByRole('searchbox', { name: 'Search the site' });
	await box.fill(name);
	await box.press('Enter');
	await page.waitForURL('**/search/**');
	expect(new URL(page.url()).searchParams.get('q')).toBe(name);
	await expect(status(page)).toHaveText(new RegExp(`^\\d+ results? for “${RegExp.escape(name)}”\\.$`));

	await resultsList(page).getByRole('link', { name, exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`/people/${person.id}/\\?highlight=`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	const marks = page.getByRole('main').locator('mark');
	await expect(marks.first()).toBeVisible();
	const words = name.toLowerCase().split(/\s+/);
	for (const mark of await marks.allTextContents()) {
		expect(
			words.some((word) => mark.toLowerCase().startsWith(word)),
			`"${mark}" is marked, which is not one of the words searched for`,
		).toBe(true);
	}
});
