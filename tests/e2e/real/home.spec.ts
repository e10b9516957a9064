import * as content from '../../content';
import { expect, test } from '../test';

test('the home page states the symposium’s title, question and who took part, and every key message in order', async ({ page }) => {
	const symposium = content.symposium();
	await page.goto('/');
	await expect(page).toHaveTitle(symposium.shortTitle);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(symposium.title);
	await expect(page.getByText(symposium.question)).toBeVisible();
	for (const group of symposium.participants) await expect(page.getByRole('main')).toContainText(group);

	const messages = content.messages().toSorted((a, b) => a.data.order - b.data.order);
	await expect(page.getByRole('region', { name: 'Key messages at a glance' }).getByRole('heading', { level: 3 })).toHaveText(
		messages.map((message) => message.data.title),
	);
});

test('the home page names the special edition’s journal and opens the newest commentary', async ({ page }) => {
	const newest = content.commentary().toSorted((a, b) => String(b.data.date).localeCompare(String(a.data.date)))[0]!;
	await page.goto('/');
	await expect(page.getByRole('region', { name: 'The special edition' })).toContainText(content.symposium().specialEdition.journal);

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
