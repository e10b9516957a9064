import { programmeCalendarHref } from '../../../src/lib/urls';
import * as content from '../../content';
import { expect, test } from '../test';

test('the programme lists every session, or says it is not yet known', async ({ page }) => {
	const sessions = content.sessions().toSorted((a, b) => a.data.order - b.data.order);
	await page.goto('/programme/');
	if (sessions.length === 0) await expect(page.getByText('The programme is not yet known.')).toBeVisible();
	else await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(sessions.map((session) => session.data.title));
});

test('the programme offers a calendar file only when some session’s time is known', async ({ page }) => {
	const timed = content.sessions().filter((session) => session.data.start !== undefined);
	await page.goto('/programme/');
	await expect(page.getByRole('link', { name: /to your calendar|Add to calendar/ })).toHaveCount(timed.length === 0 ? 0 : timed.length + 1);
	expect((await page.request.get(programmeCalendarHref)).ok()).toBe(timed.length > 0);
});
