import * as content from '../../content';
import { allowTimeFor, expect, test } from '../test';

const papers = content.papers();
const people = content.people();

test("the papers page lists every paper once, in the site's journal order (tests/unit/edition-order.test.ts tests that order)", async ({ page }) => {
	await page.goto('/papers/');
	const listed = (await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents()).map((title) => title.trim());
	expect(listed).toEqual(papers.map((paper) => paper.data.title));
});

/** "in 2006", or "2002 to 2004": an affiliation's years as the byline gives them. */
const yearsOf = (when: string | number) => {
	const [from, to] = String(when).split(/\s*[-–]\s*/);
	return to ? `${from} to ${to}` : `in ${from}`;
};

test('every paper page: its authors with their affiliations, linked to pages that list the paper, or a plain "not yet known"; its journal, DOI and PubMed links; the key messages that cite it', async ({
	page,
}) => {
	allowTimeFor(papers.length);
	for (const paper of papers) {
		const { title, doi, pmid, journal } = paper.data;
		const authors = content.authorIds(paper.data);
		await test.step(paper.id, async () => {
			await page.goto(`/papers/${paper.id}/`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
			const years = new Set(authors.flatMap((id) => (content.byId(people, id).data.affiliations ?? []).map(({ when }) => yearsOf(when))));
			const shared = years.size === 1;
			if (shared) await expect(page.getByRole('main').locator('header')).toContainText(`Affiliations ${[...years][0]!.replace(/^\d/, 'from $&')}.`);
			if (authors.length === 0) await expect(page.getByText('Authors not yet known')).toBeVisible();
			for (const id of authors) {
				const person = content.byId(people, id).data;
				const author = page
					.getByRole('main')
					.getByRole('listitem')
					.filter({ has: page.getByRole('link', { name: person.name, exact: true }) });
				await expect(author.getByRole('link')).toHaveAttribute('href', `/people/${id}/`);
				// Each affiliation with the years the record shows it for: beside it, or, when every one in the byline has the same, in one line after them.
				for (const { name, when } of person.affiliations ?? []) {
					await expect(author).toContainText(name);
					if (!shared) await expect(author).toContainText(`${name} (${yearsOf(when)})`);
				}
			}
			if (journal) await expect(page.getByRole('main')).toContainText(journal.title);
			if (journal?.volume && journal.issue) await expect(page.getByRole('main')).toContainText(`${journal.volume}(${journal.issue})`);
			if (doi) await expect(page.getByRole('link', { name: doi, exact: true })).toHaveAttribute('href', `https://doi.org/${doi}`);
			if (pmid) await expect(page.getByRole('link', { name: pmid, exact: true })).toHaveAttribute('href', `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`);

			const citing = content.messages().filter((message) => message.data.evidence?.some((link) => link.paper === paper.id));
			const region = page.getByRole('region', { name: 'Key messages linked to this paper' });
			await expect(region.getByRole('link')).toHaveCount(citing.length);
			for (const message of citing) await expect(region.getByRole('link', { name: message.data.title })).toHaveAttribute('href', `/messages/${message.id}/`);

			for (const id of authors) {
				await page.goto(`/people/${id}/`);
				await expect(page.getByRole('region', { name: 'Papers' }).getByRole('link', { name: title })).toBeVisible();
			}
		});
	}
});

test('Previous and Next walk through the papers in the order of the papers page', async ({ page }) => {
	await page.goto('/papers/');
	const listed = (await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents()).map((title) => title.trim());
	await page.getByRole('main').getByRole('link', { name: listed[0]!, exact: true }).click();
	const pager = page.getByRole('navigation', { name: 'Papers in journal order' });
	await expect(pager.getByRole('link', { name: /Previous/ })).toHaveCount(0);
	for (const [index, title] of listed.entries()) {
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		if (index < listed.length - 1) await pager.getByRole('link', { name: /Next/ }).click();
	}
	await expect(pager.getByRole('link', { name: /Next/ })).toHaveCount(0);
});

test('a missing paper gets a helpful 404', async ({ page }) => {
	const response = await page.goto('/papers/no-such-paper/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByRole('main').getByRole('link', { name: 'Papers' })).toHaveAttribute('href', '/papers/');
});
