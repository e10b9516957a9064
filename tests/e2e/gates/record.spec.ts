import { readFileSync } from 'node:fs';
import * as content from '../../content';
import { builtFile, builtPages, outDirOf, siteOf } from '../built-pages';
import { expect, test } from '../test';

/**
 * The site says no more than the record: papers are called the symposium's, or the
 * special edition's, only when their entries confirm it. Derived from each site's
 * content, so the checks hold for any edition.
 */
function papersOf(testInfo: Parameters<typeof siteOf>[0]) {
	return content.papers(siteOf(testInfo));
}

test('the special edition lists as its contents exactly the papers confirmed as part of it', async ({ page }, testInfo) => {
	const confirmed = papersOf(testInfo).filter((paper) => paper.data.specialEdition === 'confirmed');
	await page.goto('/special-edition/');
	const contents = page.getByRole('list', { name: 'Contents', exact: true });
	if (confirmed.length === 0) {
		await expect(contents).toHaveCount(0);
		await expect(page.getByRole('main')).toContainText('Contents not yet known');
		return;
	}
	const titles = await contents.getByRole('listitem').locator('a.title').allTextContents();
	expect(titles.toSorted()).toEqual(confirmed.map((paper) => paper.data.title).toSorted());
});

test('no page calls the papers the symposium\'s unless an entry confirms it', async ({}, testInfo) => {
	const papers = papersOf(testInfo);
	const claims = [
		{ phrase: /papers (of|from) the symposium/i, allowed: papers.some((p) => p.data.presentedAtSymposium === 'confirmed') },
		{ phrase: /papers of the symposium's special edition/i, allowed: papers.some((p) => p.data.specialEdition === 'confirmed') },
	];
	const outDir = outDirOf(testInfo);
	for (const path of builtPages(testInfo)) {
		const text = readFileSync(builtFile(outDir, path), 'utf8').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
		for (const { phrase, allowed } of claims) {
			if (!allowed) expect.soft(text, `${path} claims "${phrase.source}" though no paper confirms it`).not.toMatch(phrase);
		}
	}
});

test('every affiliation and role on a person\'s page gives the years the record shows it for', async ({ page }, testInfo) => {
	for (const person of content.people(siteOf(testInfo))) {
		await page.goto(`/people/${person.id}/`);
		const main = page.getByRole('main');
		const posts = [...(person.data.affiliations ?? []), ...(person.data.roles ?? []).map(({ title, when }) => ({ name: title, when }))];
		for (const { name, when } of posts) {
			const [from] = String(when).split(/[-–]/);
			await expect(main.getByText(`${name} (`, { exact: false }), `${person.id}: ${name}`).toContainText(from!);
		}
	}
});
