import * as content from '../../content';
import { expect, test } from '../test';

test('the special edition gives its publisher and guest editors or says they are not yet known', async ({ page }) => {
	const { publisher, guestEditors = [] } = content.symposium().specialEdition;
	await page.goto('/special-edition/');
	const facts = page.getByRole('main').locator('dl');
	await expect(facts).toContainText(new RegExp(`Publisher\\s+${RegExp.escape(publisher ?? 'Not yet known')}`));
	const editors = guestEditors.map((id) => RegExp.escape(content.byId(content.people(), id).data.name));
	await expect(facts).toContainText(new RegExp(`Guest editors?\\s+${editors.length > 0 ? editors.join('.*') : 'Not yet known'}`));
});
