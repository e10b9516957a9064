import { expect, test } from '../test';

test('the home page states the question, who came and the four key messages in order', async ({ page }) => {
	await page.goto('/');
	await expect(page).toHaveTitle('Partnerships symposium');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Health and social care partnerships: the HSMC symposium, May 2006',
	);
	await expect(page.getByText(/^Do partnerships between health and social care make things better/)).toBeVisible();
	await expect(page.getByText('May 2006', { exact: false }).first()).toBeVisible();
	await expect(page.getByRole('paragraph').filter({ hasText: 'Who took part:' })).toHaveText(
		'Who took part: policymakers, academics, managers and people who use services.',
	);

	const messages = page.getByRole('region', { name: 'Key messages at a glance' }).getByRole('heading', { level: 3 });
	await expect(messages).toHaveText([
		'Partnership is not a cure-all',
		'Be clear why you are working in partnership',
		'Keeping partnerships going under pressure',
		'Let partnerships grow from the ground up',
	]);
});

test('the home page gives the special edition status honestly and links the latest commentary', async ({ page }) => {
	await page.goto('/');
	const edition = page.getByRole('region', { name: 'The special edition' });
	await expect(edition).toContainText('Health and Social Care in the Community');
	await expect(edition).toContainText('Status: Not yet confirmed.');

	const commentary = page.getByRole('region', { name: 'Latest commentary' });
	await commentary.getByRole('link', { name: 'Are partnerships worth it?' }).click();
	await expect(page).toHaveURL(/\/commentary\/are-partnerships-worth-it\/$/);
});

test('every page has one main landmark, a working skip link and the main navigation', async ({ page }) => {
	for (const path of ['/', '/papers/', '/messages/', '/commentary/', '/people/', '/programme/', '/special-edition/', '/about/']) {
		await page.goto(path);
		await expect(page.getByRole('main')).toHaveCount(1);
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to main content' });
		await expect(skip).toBeFocused();
		await expect(skip).toBeVisible();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('main')).toBeFocused();
	}
});

test('the navigation marks the section the reader is in', async ({ page }) => {
	await page.goto('/papers/evaluation-of-partnerships/');
	await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Papers' })).toHaveAttribute(
		'aria-current',
		'true',
	);
	await page.goto('/messages/');
	await expect(
		page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Key messages' }),
	).toHaveAttribute('aria-current', 'page');
});
