import { entryHref } from '../../../src/lib/urls';
import * as content from '../../content';
import { expect, test } from '../test';

test('each edition gives its publisher and editors, or says they are not yet known', async ({ page }) => {
	for (const { id, data } of content.editions()) {
		await page.goto(entryHref({ collection: 'editions', id }));
		const facts = page.getByRole('main').locator('dl');
		await expect(facts).toContainText(new RegExp(`Publisher\\s+${RegExp.escape(data.journal.publisher ?? 'Not yet known')}`));
		const editors = Array.isArray(data.guestEditors) ? data.guestEditors.map((person) => RegExp.escape(content.byId(content.people(), person).data.name)) : [];
		await expect(facts).toContainText(new RegExp(`Editors?\\s+${editors.length > 0 ? editors.join('.*') : 'Not yet known'}`, 'i'));
	}
});
