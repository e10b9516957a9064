import * as content from '../../content';
import { expect, test } from '../test';

test('the home page states the featured symposium’s title, question and who took part, and its key messages in order', async ({ page }) => {
	const { id, data: symposium } = content.featured();
	await page.goto('/');
	if (content.symposia().length === 1) await expect(page).toHaveTitle(symposium.shortTitle);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(symposium.title);
	await expect(page.getByText(symposium.question, { exact: true })).toBeVisible();
	for (const group of symposium.participants) await expect(page.getByRole('main')).toContainText(group);

	const messages = content.messages().filter((message) => message.data.symposium === id);
	if (messages.length > 0) {
		await expect(page.getByRole('region', { name: 'Key messages at a glance' }).getByRole('heading', { level: 3 })).toHaveText(
			messages.map((message) => message.data.title),
		);
	}
	// A site of one symposium shows no archive of one.
	await expect(page.getByRole('region', { name: 'Every symposium in the series' })).toHaveCount(content.symposia().length > 1 ? 1 : 0);
});

test('the home page names each edition’s journal and opens the newest commentary', async ({ page }) => {
	const { id } = content.featured();
	const editions = content.editions().filter((edition) => edition.data.symposia.includes(id));
	const newest = content
		.commentary()
		.filter((piece) => piece.data.symposium === id)
		.toSorted((a, b) => String(b.data.date).localeCompare(String(a.data.date)))[0];
	await page.goto('/');
	for (const edition of editions) await expect(page.getByRole('main')).toContainText(edition.data.journal.title);
	if (!newest) return;
	await page.getByRole('region', { name: 'Latest commentary' }).getByRole('link', { name: newest.data.title }).click();
	await expect(page).toHaveURL(new RegExp(`/commentary/${newest.id}/$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(newest.data.title);
});

test('the navigation marks the section the reader is in', async ({ page }) => {
	const navigation = page.getByRole('navigation', { name: 'Main' });
	await page.goto(`/papers/${content.papers()[0]!.id}/`);
	await expect(navigation.getByRole('link', { name: 'Papers' })).toHaveAttribute('aria-current', 'true');
	await page.goto('/messages/');
	await expect(navigation.getByRole('link', { name: 'Key messages' })).toHaveAttribute('aria-current', 'page');
});
