import { expect, test } from '../test';

test('the about page names every gap in the record, derived from the content', async ({ page }) => {
	await page.goto('/about/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('About this site');
	await expect(page.getByRole('main')).toContainText(
		"At present that includes the symposium's exact dates, its venue, its programme and speakers, which issue of the journal is the special edition, who edited the special edition and the authors of one paper.",
	);
	await expect(page.getByRole('link', { name: 'original article' })).toHaveAttribute(
		'href',
		'https://www.communitycare.co.uk/2006/06/15/are-partnerships-worth-it/',
	);
});
