import type { Page } from '@playwright/test';
import { jatsErrors, jatsValues } from '../jats';
import { frontMatter } from './scholarly-files';
import { expect, test } from './test';

/** The words as a reader compares them: straight quotes, one space. */
const plain = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/** The JATS file a paper page announces in its head, fetched from the address it gives, and the page's meta tags. */
async function announcedJats(page: Page, id: string) {
	await page.goto(`/papers/${id}/`);
	const link = page.locator('head link[rel="alternate"][type="application/jats+xml"]');
	await expect(link, `the JATS link of ${id}`).toHaveCount(1);
	const href = new URL((await link.getAttribute('href'))!, page.url()).href;
	const response = await page.request.get(href);
	expect(response.status(), href).toBe(200);
	const tags = await page
		.locator('head meta[name]')
		.evaluateAll((metas) => metas.map((meta) => [meta.getAttribute('name')!, meta.getAttribute('content')!] as const));
	return {
		href,
		type: response.headers()['content-type'] ?? '',
		xml: await response.text(),
		meta: (name: string) => tags.filter(([tag]) => tag === name).map(([, content]) => content),
	};
}

/** What an MDX text holds, read from the editor's own writing: the JATS body must keep each. */
function constructsOf(body: string) {
	const [text, references = ''] = body.split(/^## References\s*$/m);
	return {
		headings: [...text!.matchAll(/^#{2,6} (.+)$/gm)].map((match) => plain(match[1]!)),
		footnotes: [...body.matchAll(/^\[\^[^\]]+\]:/gm)].length,
		footnoteReferences: [...body.matchAll(/\[\^[^\]]+\](?!:)/g)].length,
		tables: [...body.matchAll(/^\|?\s*:?-{3,}:?\s*\|/gm)].length,
		images: [...body.matchAll(/!\[([^\]]*)\]\([^)]+\)/g)].map((match) => match[1]!),
		captions: [...body.matchAll(/<Figure caption="([^"]+)"/g)].map((match) => plain(match[1]!)),
		quotedBy: [...body.matchAll(/<Quote by="([^"]+)"/g)].map((match) => match[1]!),
		references: [...references.split(/^(?=#{2} )/m)[0]!.matchAll(/^\s*(?:[-*]|\d+\.) /gm)].length,
	};
}

/**
 * Each paper's JATS XML (src/lib/scholarly/jats.ts, src/prose/jats-body.ts), as an archive or a
 * publisher's system would take it from the built site: announced by the paper's page, valid
 * to the JATS Archiving 1.3 DTD, its front the same facts as the page's citation tags, and
 * its body what the editor wrote, construct by construct.
 */
export function declareJatsTests(): void {
	test('every paper page announces a JATS file beside it, served as XML, that passes the JATS Archiving 1.3 DTD', async ({ page }, testInfo) => {
		test.setTimeout(120_000);
		for (const { id } of frontMatter(testInfo, 'papers')) {
			const { href, type, xml } = await announcedJats(page, id);
			expect(new URL(href).pathname, id).toBe(`/papers/${id}/jats.xml`);
			expect(type, href).toMatch(/xml/);
			expect(jatsErrors(xml, href), href).toEqual([]);
		}
	});

	test("the JATS front states what the page's citation tags state: title, authors, date, journal and identifiers", async ({ page }, testInfo) => {
		test.setTimeout(120_000);
		for (const { id } of frontMatter(testInfo, 'papers')) {
			const { xml, meta } = await announcedJats(page, id);
			const front = (xpath: string) => jatsValues(xml, `/article/front${xpath}`);
			expect(front('/article-meta/title-group/article-title'), id).toEqual(meta('citation_title'));
			const names = jatsValues(xml, '//contrib-group/contrib[@contrib-type="author"]/name').length;
			const authors = Array.from({ length: names }, (_, index) => {
				const name = `//contrib-group/contrib[${index + 1}]/name`;
				return [jatsValues(xml, `${name}/surname`)[0], ...jatsValues(xml, `${name}/given-names`)].join(', ');
			});
			expect(authors, `authors of ${id}`).toEqual(meta('citation_author'));
			expect(front('//contrib-id[@contrib-id-type="orcid"]'), `ORCID iDs of ${id}`).toEqual(meta('citation_author_orcid'));
			expect(front('//aff/institution'), `institutions of ${id}`).toEqual(meta('citation_author_institution'));
			const published = front('/article-meta/pub-date/@iso-8601-date').map((date) => date.replaceAll('-', '/'));
			const given = front('/article-meta/conference/conf-date/@iso-8601-date').map((date) => date.replaceAll('-', '/'));
			expect([...published, ...given], `date of ${id}`).toEqual(meta('citation_publication_date'));
			for (const [xpath, tag] of [
				['/journal-meta/journal-title-group/journal-title', 'citation_journal_title'],
				['/journal-meta/issn', 'citation_issn'],
				['/article-meta/conference/conf-name', 'citation_conference_title'],
				['/article-meta/article-id[@pub-id-type="doi"]', 'citation_doi'],
				['/article-meta/article-id[@pub-id-type="pmid"]', 'citation_pmid'],
				['/article-meta/volume', 'citation_volume'],
				['/article-meta/issue', 'citation_issue'],
				['/article-meta/fpage', 'citation_firstpage'],
				['/article-meta/lpage', 'citation_lastpage'],
				['/article-meta/self-uri/@xlink:href', 'citation_abstract_html_url'],
			] as const) {
				expect(front(xpath), `${xpath} of ${id}`).toEqual(meta(tag));
			}
		}
	});

	test('a paper with text keeps its sections, footnotes, figures with their alt text, tables and references; a record has the front alone', async ({
		page,
	}, testInfo) => {
		for (const { id, body } of frontMatter(testInfo, 'papers')) {
			const { xml } = await announcedJats(page, id);
			const count = (xpath: string) => jatsValues(xml, xpath).length;
			expect(count('/article/front/article-meta'), id).toBe(1);
			if (body.trim() === '') {
				expect(count('/article/body') + count('/article/back'), `${id} is a record: front only`).toBe(0);
				continue;
			}
			const text = constructsOf(body);
			expect(jatsValues(xml, '/article/body//sec/title').map(plain), `sections of ${id}`).toEqual(text.headings);
			expect(count('/article/back/fn-group/fn'), `footnotes of ${id}`).toBe(text.footnotes);
			expect(count('/article/body//xref[@ref-type="fn"]'), `footnote references of ${id}`).toBe(text.footnoteReferences);
			for (const rid of jatsValues(xml, '//xref[@ref-type="fn"]/@rid')) expect(count(`//fn[@id="${rid}"]`), `${id}: note ${rid}`).toBe(1);
			expect(count('/article/body//table-wrap/table'), `tables of ${id}`).toBe(text.tables);
			expect(jatsValues(xml, '/article/body//graphic/alt-text'), `images of ${id}`).toEqual(text.images);
			expect(jatsValues(xml, '/article/body//fig/caption').map(plain), `captions of ${id}`).toEqual(text.captions);
			const attributions = jatsValues(xml, '/article/body//disp-quote/attrib');
			expect(
				attributions.map((attribution, index) => attribution.slice(0, text.quotedBy[index]?.length)),
				`quotations of ${id}`,
			).toEqual(text.quotedBy);
			expect(count('/article/back/ref-list/ref/mixed-citation'), `references of ${id}`).toBe(text.references);
			// The file names the site's public address; the test asks the server that serves the build.
			for (const image of jatsValues(xml, '//graphic/@xlink:href')) {
				const response = await page.request.get(new URL(image).pathname);
				expect(response.status(), image).toBe(200);
				expect(response.headers()['content-type'], image).toMatch(/^image\//);
			}
		}
	});
}
