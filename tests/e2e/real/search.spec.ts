import type { Page } from '@playwright/test';
import * as content from '../../content';
import { allowTimeFor, expect, test } from '../test';
import { builtFile, builtPages, outDirOf } from '../built-pages';
import { excerptsQuoteTheirPagesTest, pagesUsing, subResultsQuotingOtherSections, synonymGroups } from '../search-excerpts';
import { readFileSync } from 'node:fs';

/** Search on the real site: whatever the content, a reader finds each entry by its title or name. */

const status = (page: Page) => page.getByRole('status');
const resultsList = (page: Page) => page.getByRole('list', { name: 'Search results' });
const result = (page: Page, title: string) =>
	resultsList(page)
		.getByRole('article')
		.filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) });
const search = (query: string) => `/search/?q=${encodeURIComponent(query)}`;
const showAll = async (page: Page) => {
	while (await page.getByRole('button', { name: 'Show more results' }).isVisible()) await page.getByRole('button', { name: 'Show more results' }).click();
};
const resultHeadings = (page: Page) => resultsList(page).getByRole('heading', { level: 2 });
const searched = async (page: Page, query: string) => {
	await page.goto(search(query));
	await expect(status(page)).toHaveText(new RegExp(`^(No results|\\d+ results?) for “${RegExp.escape(query)}”`));
	await showAll(page);
	return (await resultHeadings(page).allTextContents()).map((title) => title.trim());
};

test('a search for a paper’s title finds the paper', async ({ page }) => {
	allowTimeFor(content.papers().length);
	for (const { data } of content.papers()) {
		await page.goto(search(data.title));
		await expect(result(page, data.title)).toContainText(/^Paper/);
	}
});

test('a search for a key message’s title finds the message', async ({ page }) => {
	allowTimeFor(content.messages().length);
	for (const { data } of content.messages()) {
		await page.goto(search(data.title));
		await expect(result(page, data.title)).toContainText(/^Key message/);
	}
});

test('a search for a person’s name finds their page, with the name marked, and each of their papers', async ({ page }) => {
	allowTimeFor(content.people().length);
	for (const { id, data } of content.people()) {
		await page.goto(search(data.name));
		await expect(result(page, data.name)).toContainText(/^Person/);
		await expect(result(page, data.name).locator('mark').first()).toBeVisible();
		for (const paper of content.papers().filter((paper) => content.authorIds(paper.data).includes(id))) {
			await expect(result(page, paper.data.title)).toContainText(/^Paper/);
		}
	}
});

excerptsQuoteTheirPagesTest(showAll);

test('an acronym finds the pages that use any term of its group, and the page it opens marks the phrase it uses', async ({ page }, testInfo) => {
	const group = synonymGroups().find((terms) => terms.includes('CMHT'))!;
	const using = pagesUsing(outDirOf(testInfo), builtPages(testInfo), group);
	expect(using.length, 'some page uses a term of the group').toBeGreaterThan(0);
	await searched(page, 'CMHT');
	const links = await resultHeadings(page)
		.getByRole('link')
		.evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
	expect(links.toSorted()).toEqual(using.toSorted());
	// The excerpt marks the page's own words, and the link takes them to the page.
	const first = resultsList(page).getByRole('article').first();
	const marked = (await first.locator('.excerpt').first().locator('mark').allTextContents()).join(' ');
	const phrase = group.find((term) => term.includes(' ') && marked.toLowerCase().includes(term.toLowerCase()))!;
	expect(phrase, `the excerpt marks "${marked}"`).toBeDefined();
	await first.getByRole('heading', { level: 2 }).getByRole('link').click();
	await expect(page).toHaveURL(/\?highlight=/);
	// Pagefind's highlighter loads once the page has; the marks come after it.
	await expect(page.getByRole('main').locator('mark').first()).toBeVisible();
	const onPage = (await page.getByRole('main').locator('mark').allTextContents()).join(' ').toLowerCase();
	for (const word of phrase.toLowerCase().split(' ')) expect(onPage).toContain(word);
	expect(onPage).not.toContain('cmht');
});

test('a search for “mental health” quotes each page’s text, not its title or byline, under the right title', async ({ page }, testInfo) => {
	await searched(page, 'mental health');
	const affiliations = [...new Set(content.people().flatMap(({ data }) => (data.affiliations ?? []).map((affiliation) => affiliation.name)))];
	for (const result of await resultsList(page).getByRole('article').all()) {
		const link = result.getByRole('heading', { level: 2 }).getByRole('link');
		const title = (await link.textContent())!.trim();
		const html = readFileSync(builtFile(outDirOf(testInfo), new URL((await link.getAttribute('href'))!, page.url()).pathname), 'utf8');
		expect(/<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]?.replace(/&#39;/g, "'").replace(/&amp;/g, '&'), 'the result is titled as its page').toBe(title);
		const excerpt = (await result.locator('.excerpt').first().textContent())!;
		// A person's name and posts are what their page is about, so they stay in its text.
		if ((await result.locator('.kicker').textContent()) !== 'Person')
			expect(excerpt.startsWith(title), `"${title}" is not quoted as its own excerpt`).toBe(false);
		for (const affiliation of affiliations) expect(excerpt, `"${title}" does not quote an author's affiliation`).not.toContain(affiliation);
	}
});

test('a section under a result quotes only the text under its heading', async ({ page }) => {
	// Three searches, and a page opened for every section under their first results: dozens of pages in all.
	test.slow();
	for (const query of ['partnership', 'care', 'health']) {
		await searched(page, query);
		expect(await subResultsQuotingOtherSections(page), `searching for "${query}"`).toEqual([]);
	}
});

test('a misspelt word shows the results for the word meant at once, with a link to search for it as typed', async ({ page }) => {
	await page.goto(search('partnrship'));
	await expect(status(page)).toHaveText(/^(No results|\d+ results?) for “partnrship”\. Showing \d+ results? for “partnership” instead\.$/);
	await expect(page.getByText('Showing results for partnership.')).toBeVisible();
	await expect(resultHeadings(page).first()).toBeVisible();
	expect(new URL(page.url()).searchParams.get('q')).toBe('partnrship');
	await page.getByRole('link', { name: 'Search instead for partnrship' }).click();
	await expect(status(page)).toHaveText(/^(No results|\d+ results?) for “partnrship”\.$/);
	await expect(page.getByText('Showing results for')).toBeHidden();
	expect(new URL(page.url()).searchParams.get('q')).toBe('partnrship');
	await page.reload();
	await expect(status(page)).toHaveText(/^(No results|\d+ results?) for “partnrship”\.$/);
});

test('browsing by type with no words lists every key message, and every paper', async ({ page }) => {
	for (const [type, label, titles] of [
		['key-message', 'Key message', content.messages().map(({ data }) => data.title)],
		['paper', 'Paper', content.papers().map(({ data }) => data.title)],
	] as const) {
		await page.goto(`/search/?type=${type}`);
		await expect(status(page)).toHaveText(new RegExp(`^${titles.length} results?, filtered by ${label}\\.$`));
		while (await page.getByRole('button', { name: 'Show more results' }).isVisible()) await page.getByRole('button', { name: 'Show more results' }).click();
		const shown = await resultsList(page).getByRole('heading', { level: 2 }).allTextContents();
		expect(shown.map((title) => title.trim()).toSorted()).toEqual([...titles].toSorted());
	}
});

test('the header form searches from any page, and a result opens with the words highlighted', async ({ page }) => {
	const piece = content.commentary()[0]!;
	const person = content.byId(content.people(), String(piece.data.authors[0]));
	const name = person.data.name;
	await page.goto(`/commentary/${piece.id}/`);
	const box = page.getByRole('search', { name: 'Site search' }).getByRole('searchbox', { name: 'Search the site' });
	await box.fill(name);
	await box.press('Enter');
	await page.waitForURL('**/search/**');
	expect(new URL(page.url()).searchParams.get('q')).toBe(name);
	await expect(status(page)).toHaveText(new RegExp(`^\\d+ results? for “${RegExp.escape(name)}”\\.$`));

	await resultsList(page).getByRole('link', { name, exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`/people/${person.id}/\\?highlight=`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	const marks = page.getByRole('main').locator('mark');
	await expect(marks.first()).toBeVisible();
	const words = name.toLowerCase().split(/\s+/);
	for (const mark of await marks.allTextContents()) {
		expect(
			words.some((word) => mark.toLowerCase().startsWith(word)),
			`"${mark}" is marked, which is not one of the words searched for`,
		).toBe(true);
	}
});
