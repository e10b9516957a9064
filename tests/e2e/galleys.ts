import { readdirSync } from 'node:fs';
import { relative } from 'node:path';
import type { Page } from '@playwright/test';
import { formatFileSize } from '../../src/lib/format';
import { readPdf } from '../pdf';
import { outDirOf } from './built-pages';
import { frontMatter } from './scholarly-files';
import { allowTimeFor, expect, test } from './test';

/** A4 in points, as PDF measures it; Chromium writes the page to the nearest hundredth of an inch. */
const A4: [number, number] = [595.28, 841.89];

const galleyPath = (id: string) => `/papers/${id}/${id}.pdf`;

/** The papers of the site whose full text it holds: text after the front matter, as the editors write it. */
const fullText = (testInfo: Parameters<typeof frontMatter>[0]) => frontMatter(testInfo, 'papers').filter((paper) => paper.body.trim() !== '');

/** The headings a reader of the printed page meets, in order: the ones laid out on paper. */
const printedHeadings = async (page: Page) => {
	await page.emulateMedia({ media: 'print' });
	return page
		.locator('h1, h2, h3, h4, h5, h6')
		.evaluateAll((all) => all.filter((heading) => heading.getClientRects().length > 0).map((heading) => heading.textContent!.replace(/\s+/g, ' ').trim()));
};

/**
 * PDF galleys (src/lib/build/galleys.ts): every paper whose full text the site holds has one,
 * linked from its page with its size and named in its citation tags and schema.org data; a
 * paper held only as a record has none. Each galley is read with PDF.js, as a reader's viewer
 * and an indexer would read it. Declared for both sites: the real site's papers are records,
 * so it must offer no PDF at all.
 */
export function declareGalleyTests(): void {
	test('a paper with its full text links its PDF with the file size, and a record offers none', async ({ page, request }, testInfo) => {
		const papers = frontMatter(testInfo, 'papers');
		allowTimeFor(papers.length);
		for (const { id, body } of papers) {
			await page.goto(`/papers/${id}/`);
			const links = page.locator('a[type="application/pdf"]');
			const blocks = await page
				.locator('script[type="application/ld+json"]')
				.evaluateAll((scripts) => scripts.flatMap((script) => JSON.parse(script.textContent!)));
			const encoding = blocks.find((block) => block['@type'] === 'ScholarlyArticle')?.encoding;
			if (body.trim() === '') {
				await expect(links, `${id} is a record`).toHaveCount(0);
				expect(encoding, `${id}'s JSON-LD`).toBeUndefined();
				continue;
			}
			await expect(links, id).toHaveCount(1);
			expect(await links.getAttribute('href')).toBe(galleyPath(id));
			const file = await request.get(galleyPath(id));
			expect(file.ok(), `${galleyPath(id)} is served`).toBe(true);
			expect(file.headers()['content-type']).toBe('application/pdf');
			const size = formatFileSize((await file.body()).length);
			await expect(links).toHaveAccessibleName(new RegExp(`\\(PDF, ${size}\\)$`));
			expect({ ...encoding, contentUrl: new URL(encoding.contentUrl).pathname }, `${id}'s JSON-LD encoding`).toEqual({
				'@type': 'MediaObject',
				contentUrl: galleyPath(id),
				encodingFormat: 'application/pdf',
				contentSize: size,
			});
		}
	});

	test("the built site holds no PDF but the galleys of the papers with their full text, and the talks' materials", async ({}, testInfo) => {
		const outDir = outDirOf(testInfo);
		const pdfs = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
			// A talk's slides or poster are the editors' own files, served from its materials (tests/e2e/fixtures/materials.spec.ts).
			.filter((path) => path.endsWith('.pdf') && !/[/\\]materials[/\\]/.test(path))
			.map((path) => `/${relative(outDir, `${outDir}/${path}`)}`);
		expect(pdfs.sort()).toEqual(
			fullText(testInfo)
				.map(({ id }) => galleyPath(id))
				.sort(),
		);
	});

	test('each galley is A4, tagged, in its language, with its fonts embedded and alt text for its pictures, and holds the title, authors and DOI, with an outline of the headings', async ({
		page,
		request,
	}, testInfo) => {
		const papers = fullText(testInfo);
		allowTimeFor(papers.length);
		const people = new Map(frontMatter(testInfo, 'people').map((person) => [person.id, String(person.data.name)]));
		for (const { id, data } of papers) {
			await page.goto(`/papers/${id}/`);
			const pdf = await readPdf(await (await request.get(galleyPath(id))).body());
			for (const [width, height] of pdf.pages) {
				expect(Math.abs(width - A4[0]), `${id}: page width ${width} pt`).toBeLessThan(1);
				expect(Math.abs(height - A4[1]), `${id}: page height ${height} pt`).toBeLessThan(1);
			}
			expect(pdf.title, id).toBe(await page.title());
			expect(pdf.language, id).toBe(await page.locator('html').getAttribute('lang'));
			expect(pdf.tagged, `${id} is tagged`).toBe(true);
			expect(pdf.roles.map(({ role }) => role).filter((role) => /^H\d$/.test(role))[0], `${id}'s title is tagged as a heading`).toBe('H1');
			expect(pdf.fonts.length).toBeGreaterThan(0);
			expect(
				pdf.fonts.filter((font) => !font.embedded).map((font) => font.name),
				`${id}: fonts not embedded`,
			).toEqual([]);

			expect(pdf.text, id).toContain(String(data.title));
			for (const author of data.authors === 'not-known' ? [] : (data.authors as string[]))
				expect(pdf.text, `${id}: author ${author}`).toContain(people.get(author));
			if (data.doi) expect(pdf.text, `${id}: DOI`).toContain(`https://doi.org/${String(data.doi)}`);
			expect(pdf.text, `${id}: its address on the first page`).toContain(await page.locator('link[rel="canonical"]').getAttribute('href'));
			expect(pdf.text, `${id}: page numbers`).toContain(`Page ${pdf.pages.length} of ${pdf.pages.length}`);

			const text = await page.locator('#entry-text').locator('h2, h3').allTextContents();
			const headings = await printedHeadings(page);
			// Each picture printed is a figure with its alt text. Chromium tags a <figure> (a captioned
			// picture's, or a quotation's) as a Figure too, a group with no alt text of its own.
			const printedAlts = await page
				.locator('main figure, main img')
				.evaluateAll((all) =>
					all
						.filter((element) => element.getClientRects().length > 0)
						.map((element) => (element.localName === 'img' ? (element.getAttribute('alt') ?? '') : '')),
				);
			expect(
				pdf.roles.filter(({ role }) => role === 'Figure').map(({ alt }) => alt ?? ''),
				`${id}: figures and their alt text`,
			).toEqual(printedAlts);
			expect(
				pdf.outline.map((entry) => entry.title),
				`${id}: the outline is the printed page's headings`,
			).toEqual(headings);
			const outlined = pdf.outline.map((entry) => entry.title);
			const start = text.length > 0 ? outlined.indexOf(text[0]!.trim()) : 0;
			expect(outlined.slice(start, start + text.length), `${id}: the text's own headings, in order`).toEqual(text.map((heading) => heading.trim()));
			expect(pdf.outline[0], `${id}: the title heads the outline`).toEqual({ title: data.title, depth: 0 });
		}
	});
}
