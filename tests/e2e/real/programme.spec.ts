import { OLD_ADDRESSES, programmeCalendarHref, programmeHref } from '../../../src/lib/urls';
import * as content from '../../content';
import { expect, test } from '../test';

const sessionsOf = (id: string) => content.sessions().filter((session) => session.data.symposium === id);

test('each programme lists its symposium’s sessions, or says it is not yet known', async ({ page }) => {
	for (const symposium of content.symposia()) {
		const sessions = sessionsOf(symposium.id);
		await page.goto(programmeHref(symposium));
		if (sessions.length === 0) await expect(page.getByText('The programme is not yet known.')).toBeVisible();
		else
			expect((await page.getByRole('main').getByRole('heading', { level: 3 }).allTextContents()).toSorted()).toEqual(
				sessions.map((session) => session.data.title).toSorted(),
			);
	}
});

test('a programme offers calendars only when some session’s time is known', async ({ page }) => {
	for (const symposium of content.symposia()) {
		const timed = sessionsOf(symposium.id).filter((session) => session.data.start !== undefined);
		await page.goto(programmeHref(symposium));
		await expect(page.getByRole('link', { name: /^(Google Calendar|Outlook|Other calendars)/ })).toHaveCount(timed.length === 0 ? 0 : 3 * (timed.length + 1));
		expect((await page.request.get(programmeCalendarHref(symposium))).ok()).toBe(timed.length > 0);
	}
});

test('the main navigation offers the programme only when the featured symposium has sessions', async ({ page }) => {
	const featured = content.featured();
	await page.goto('/');
	const programme = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Programme', exact: true });
	if (content.symposia().length > 1 || sessionsOf(featured.id).length === 0) await expect(programme).toHaveCount(0);
	else await expect(programme).toHaveAttribute('href', programmeHref(featured));
	// The page is still there, for the symposium's own page and old links: it says what is known.
	expect((await page.request.get(programmeHref(featured))).ok()).toBe(true);
});

test('the programme’s address from before the series still leads to it', async ({ page }) => {
	const symposium = content.siteSettings().oldAddresses?.programme;
	test.skip(symposium === undefined, 'the site names no old programme address');
	await page.goto(OLD_ADDRESSES.programme);
	await expect(page).toHaveURL(new RegExp(`${RegExp.escape(programmeHref({ id: String(symposium) }))}$`));
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Programme');
});
