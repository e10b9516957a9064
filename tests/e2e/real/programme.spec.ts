import { programmeCalendarHref, programmeHref } from '../../../src/lib/urls';
import * as content from '../../content';
import { expect, test } from '../test';

const sessionsOf = (id: string) => content.sessions().filter((session) => session.data.symposium === id);

test('each programme lists its symposium’s sessions, or says it is not yet known', async ({ page }) => {
	for (const symposium of content.symposia()) {
		const sessions = sessionsOf(symposium.id).toSorted((a, b) => a.data.order - b.data.order);
		await page.goto(programmeHref(symposium));
		if (sessions.length === 0) await expect(page.getByText('The programme is not yet known.')).toBeVisible();
		else await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(sessions.map((session) => session.data.title));
	}
});

test('a programme offers a calendar file only when some session’s time is known', async ({ page }) => {
	for (const symposium of content.symposia()) {
		const timed = sessionsOf(symposium.id).filter((session) => session.data.start !== undefined);
		await page.goto(programmeHref(symposium));
		await expect(page.getByRole('link', { name: /to your calendar|Add to calendar/ })).toHaveCount(timed.length === 0 ? 0 : timed.length + 1);
		expect((await page.request.get(programmeCalendarHref(symposium))).ok()).toBe(timed.length > 0);
	}
});
