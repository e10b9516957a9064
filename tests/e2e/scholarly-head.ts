import type { Page } from '@playwright/test';
import type { RawEntry } from '../content';
import { frontMatter } from './scholarly-files';
import { expect, test } from './test';

/** Every <meta name content> in the page head, in order. */
const metaTags = (page: Page) =>
	page.locator('head meta[name]').evaluateAll((tags) => tags.map((tag): [string, string] => [tag.getAttribute('name')!, tag.getAttribute('content') ?? '']));

/** Each schema.org item of the page's JSON-LD blocks (a block may hold a list), parsed as a search engine would. */
const jsonLd = (page: Page) =>
	page.locator('script[type="application/ld+json"]').evaluateAll((scripts) => scripts.flatMap((script) => JSON.parse(script.textContent!)));

/**
 * The head of each paper page, with <ScholarlyMeta>, <JsonLd>, <SocialMeta> and <FeedLinks>
 * in it, and <CiteThis> on paper and commentary pages: what Google Scholar, search
 * engines, link previews and feed readers read, derived here from the front matter.
 */
export function declareScholarlyHeadTests(): void {
	test('each paper page carries its citation tags once each, authors in order, nothing for what is unknown', async ({ page }, testInfo) => {
		const people = new Map(frontMatter(testInfo, 'people').map((person): [string, RawEntry['data']] => [person.id, person.data]));
		for (const { id, data, body } of frontMatter(testInfo, 'papers')) {
			await page.goto(`/papers/${id}/`);
			const tags = await metaTags(page);
			const values = (name: string) => tags.filter(([tag]) => tag === name).map(([, content]) => content);
			const journal = data.journal as Record<string, unknown> | undefined;
			for (const [name, content] of tags) expect(content.trim(), `${name} on ${id}`).not.toBe('');
			expect(values('citation_title'), id).toEqual([data.title]);
			const authors = data.authors === 'not-known' ? [] : (data.authors as string[]);
			const families = values('citation_author').map((author) => author.split(',')[0]);
			expect(families, `authors of ${id}`).toEqual(
				authors.map((author) => (people.get(author)!.familyName as string | undefined) ?? String(people.get(author)!.name).split(' ').at(-1)),
			);
			for (const [tag, value] of [
				['citation_doi', data.doi],
				['citation_pmid', data.pmid],
				['citation_journal_title', journal?.title],
				['citation_volume', journal?.volume],
				['citation_issue', journal?.issue],
			] as const) {
				expect(values(tag), `${tag} on ${id}`).toEqual(value === undefined ? [] : [String(value)]);
			}
			// The full text as a PDF, for Google Scholar to index: a paper with its text on the site has one, a record none.
			expect(
				values('citation_pdf_url').map((url) => new URL(url).pathname),
				`citation_pdf_url on ${id}`,
			).toEqual(body.trim() ? [`/papers/${id}/${id}.pdf`] : []);
		}
	});

	test('each paper page describes itself as a ScholarlyArticle in JSON-LD, with its published corrections', async ({ page }, testInfo) => {
		const corrections = frontMatter(testInfo, 'corrections');
		for (const { id, data } of frontMatter(testInfo, 'papers')) {
			await page.goto(`/papers/${id}/`);
			const articles = (await jsonLd(page)).filter((block) => block['@type'] === 'ScholarlyArticle');
			expect(
				articles.map((article) => article.headline),
				id,
			).toEqual([data.title]);
			expect(articles[0]['@context']).toBe('https://schema.org');
			expect(articles[0].author?.length ?? 0).toBe(data.authors === 'not-known' ? 0 : (data.authors as string[]).length);
			const named = (articles[0].correction ?? []).map((comment: { '@type': string; url: string }) => `${comment['@type']} ${new URL(comment.url).pathname}`);
			const own = corrections.filter((correction) => correction.data.paper === id).map((correction) => `CorrectionComment /corrections/${correction.id}/`);
			expect(named.sort(), `corrections of ${id}`).toEqual(own.sort());
		}
	});

	test('each correction page describes itself as a CorrectionComment about the paper it corrects', async ({ page }, testInfo) => {
		for (const { id, data } of frontMatter(testInfo, 'corrections')) {
			await page.goto(`/corrections/${id}/`);
			const [comment, ...more] = (await jsonLd(page)).filter((block) => block['@type'] === 'CorrectionComment');
			expect(more).toEqual([]);
			expect(comment.name).toBe(data.title);
			expect(new URL(comment.about['@id']).pathname).toBe(`/papers/${data.paper}/`);
		}
	});

	test('each paper page offers a link preview with its own card, and the feeds', async ({ page, request }, testInfo) => {
		for (const { id, data } of frontMatter(testInfo, 'papers')) {
			await page.goto(`/papers/${id}/`);
			await expect(page.locator('head meta[property="og:title"]')).toHaveAttribute('content', String(data.title));
			const image = await page.locator('head meta[property="og:image"]').getAttribute('content');
			expect(new URL(image!).pathname).toBe(`/social/papers/${id}.png`);
			expect((await request.get(new URL(image!).pathname)).ok()).toBe(true);
			await expect(page.locator('head meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
			const feeds = await page
				.locator('head link[rel="alternate"][type="application/rss+xml"]')
				.evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
			expect(feeds).toEqual(['/papers/rss.xml', '/commentary/rss.xml']);
			for (const feed of feeds) expect((await request.get(feed)).ok()).toBe(true);
		}
	});

	test('"Cite this" shows the references as text without script, and copies one with it', async ({ browser, baseURL }, testInfo) => {
		const [paper] = frontMatter(testInfo, 'papers');
		const path = `/papers/${paper!.id}/`;
		const withoutScript = await browser.newContext({ baseURL: baseURL!, javaScriptEnabled: false });
		const plain = await withoutScript.newPage();
		await plain.goto(path);
		const section = plain.getByRole('region', { name: 'Cite this' });
		await expect(section.getByText(String(paper!.data.title)).first()).toBeVisible();
		await expect(section.getByRole('button')).toHaveCount(0);
		await withoutScript.close();

		const withScript = await browser.newContext({ baseURL: baseURL!, permissions: ['clipboard-read', 'clipboard-write'] });
		const page = await withScript.newPage();
		await page.goto(path);
		const cite = page.getByRole('region', { name: 'Cite this' });
		await cite.getByRole('button', { name: /APA/ }).click();
		await expect(cite.getByRole('status')).toHaveText('Reference copied.');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe((await cite.locator('#citation-apa').innerText()).trim());
		expect(copied).toContain(String(paper!.data.title).slice(0, 20));
		await withScript.close();
	});
}
