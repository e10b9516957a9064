import { expect, test } from '../test';

test('the key messages page shows every message with its evidence links', async ({ page }) => {
	await page.goto('/messages/');
	await expect(page.getByRole('heading', { level: 2 })).toHaveText([
		'Partnership is not a cure-all',
		'Be clear why you are working in partnership',
		'Keeping partnerships going under pressure',
		'Let partnerships grow from the ground up',
	]);
	const first = page.getByRole('listitem').filter({ hasText: 'Key message 1' });
	await expect(first.getByRole('link', { name: /^The evaluation of health and social care partnerships/ })).toHaveAttribute(
		'href',
		'/papers/evaluation-of-partnerships/',
	);
	await expect(first.getByRole('link', { name: /^Evaluating partnerships: a case study/ })).toHaveAttribute(
		'href',
		'/papers/evaluating-partnerships-mental-health/',
	);
});

test('a key message page gives its source and says when no paper is linked yet', async ({ page }) => {
	await page.goto('/messages/sustain-partnerships-under-pressure/');
	await expect(page.getByText('Key message 3 of 4')).toBeVisible();
	await expect(page.getByText('No paper on this site is linked to this message yet.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Are partnerships worth it?' })).toHaveAttribute(
		'href',
		'/commentary/are-partnerships-worth-it/',
	);
	await expect(page.getByText(/last reviewed \d{1,2} \w+ \d{4}\./)).toBeVisible();
});
