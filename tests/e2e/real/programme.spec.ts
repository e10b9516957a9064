import * as content from '../../content';
import { expect, test } from '../test';

test('the programme lists every session, or says it is not yet known', async ({ page }) => {
	const sessions = content.sessions().toSorted((a, b) => a.data.order - b.data.order);
	await page.goto('/programme/');
	if (sessions.length === 0) await expect(page.getByText('The programme is not yet known.')).toBeVisible();
	else await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(sessions.map((session) => session.data.title));
});
