import * as content from '../../content';
import { expect, test } from '../test';

const people = content.people();

test('the people page lists everyone once, and each author’s page lists their commentary', async ({ page }) => {
	await page.goto('/people/');
	const names = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
	expect(names.map((name) => name.trim()).toSorted()).toEqual(people.map((person) => person.data.name).toSorted());

	for (const piece of content.commentary()) {
		for (const id of piece.data.authors) {
			await page.goto(`/people/${id}/`);
			await expect(page.getByRole('region', { name: 'Commentary' }).getByRole('link', { name: piece.data.title, exact: true })).toBeVisible();
		}
	}
});
