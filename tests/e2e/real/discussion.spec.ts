import { discussableEntries, guideTests } from '../discussion-guide';
import { allowTimeFor, expect, test } from '../test';

const discussed = discussableEntries('real').filter((entry) => entry.discussion);
guideTests('real');

test('every entry with discussion questions links to a team guide that shows each question and who wrote them', async ({ page }) => {
	allowTimeFor(discussed.length);
	for (const { collection, id, discussion } of discussed) {
		await test.step(`${collection}/${id}`, async () => {
			await page.goto(`/${collection}/${id}/`);
			await page
				.getByRole('region', { name: 'Questions for discussion' })
				.getByRole('link', { name: /guide for a 45-minute team session/ })
				.click();
			await expect(page).toHaveURL(`/${collection}/${id}/discuss/`);
			const questions = page.getByRole('region', { name: 'Questions' });
			await expect(questions.getByRole('listitem')).toHaveText(discussion!.questions);
			await expect(questions).toContainText(`Written by ${discussion!.writtenBy}.`);
		});
	}
});
