import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import sharp from 'sharp';
import { CITATION_PARSERS } from '../citation-files';
import { collection, type RawEntry } from '../content';
import { SITES } from '../sites';
import { builtPages, outDirOf, siteOf } from './built-pages';
import { expect, test } from './test';
import { COLLECTIONS, ENTRY_COLLECTIONS, type CollectionName } from '../../src/lib/content/collections';
import { entryIdOf, folderOf, isEntryFile } from '../../src/lib/content/collection-files';

/** The front matter of the entries of a collection that the site a test runs against shows. */
export function frontMatter(testInfo: Parameters<typeof siteOf>[0], name: CollectionName): RawEntry[] {
	return collection(siteOf(testInfo), name);
}

const readBuilt = (testInfo: Parameters<typeof outDirOf>[0], path: string) => readFileSync(join(outDirOf(testInfo), path), 'utf8');

const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/**
 * The files the scholarly layer adds to a built site, read from the build output as a
 * reference manager, a feed reader or a crawler would read them. They do not depend on
 * the page layout, so they are checked for the site each project builds.
 */
export function declareScholarlyFileTests(): void {
	test('every paper, commentary piece and correction has BibTeX, RIS and CSL-JSON files that parse back to its title', async ({}, testInfo) => {
		for (const collection of ['papers', 'commentary', 'corrections'] as const) {
			for (const { id, data } of frontMatter(testInfo, collection)) {
				for (const format of ['bib', 'ris', 'json'] as const) {
					const [entry, ...rest] = CITATION_PARSERS[format](readBuilt(testInfo, `${collection}/${id}/cite.${format}`));
					expect(rest, `${collection}/${id}/cite.${format} holds one reference`).toEqual([]);
					expect(entry?.title, `${collection}/${id}/cite.${format}`).toBe(data.title);
				}
			}
		}
	});

	test('the reference lists hold what their names say: every paper, and the confirmed contents of the edition', async ({}, testInfo) => {
		const papers = frontMatter(testInfo, 'papers');
		const titles = (entries: RawEntry[]) => entries.map(({ data }) => data.title).sort();
		for (const format of ['bib', 'ris'] as const) {
			const listed = (path: string) =>
				CITATION_PARSERS[format](readBuilt(testInfo, path))
					.map((facts) => facts.title)
					.sort();
			expect(listed(`papers/papers.${format}`)).toEqual(titles(papers));
			for (const { id } of frontMatter(testInfo, 'editions')) {
				const confirmed = papers.filter(({ data }) => data.edition === id && data.inEdition === 'confirmed');
				// An empty list is not offered: the edition's file exists only once a paper is confirmed in it.
				const edition = `editions/${id}/edition.${format}`;
				if (confirmed.length === 0) expect(existsSync(join(outDirOf(testInfo), edition)), `${edition} is not written`).toBe(false);
				else expect(listed(edition)).toEqual(titles(confirmed));
			}
		}
	});

	test('the feeds are RSS that lists the papers with their published corrections, and the commentary, linked to their pages', async ({ baseURL }, testInfo) => {
		const parser = new XMLParser({ ignoreAttributes: false });
		const feeds = { papers: ['papers', 'corrections'], commentary: ['commentary'] } as const;
		for (const [feed, collections] of Object.entries(feeds)) {
			const xml = readBuilt(testInfo, `${feed}/rss.xml`);
			expect(XMLValidator.validate(xml), `${feed}/rss.xml is well-formed XML`).toBe(true);
			const channel = parser.parse(xml).rss.channel;
			const items = asList<{ title: string; link: string }>(channel.item);
			const entries = collections.flatMap((collection) =>
				frontMatter(testInfo, collection).map(({ id, data }) => ({ path: `/${collection}/${id}/`, title: String(data.title) })),
			);
			expect(items.map((item) => item.title).sort()).toEqual(entries.map(({ title }) => title).sort());
			for (const item of items) {
				const path = new URL(item.link).pathname;
				expect(entries.map((entry) => entry.path)).toContain(path);
				expect((await fetch(new URL(path, baseURL))).ok, `${item.link} is served`).toBe(true);
			}
		}
	});

	test('every paper, commentary piece and the home page has a 1200 × 630 social card with something on it', async ({}, testInfo) => {
		const cards = [
			'social/home.png',
			...frontMatter(testInfo, 'papers').map(({ id }) => `social/papers/${id}.png`),
			...frontMatter(testInfo, 'commentary').map(({ id }) => `social/commentary/${id}.png`),
		];
		for (const card of cards) {
			const file = join(outDirOf(testInfo), card);
			expect(existsSync(file), card).toBe(true);
			const { width, height } = await sharp(file).metadata();
			expect({ card, width, height }).toEqual({ card, width: 1200, height: 630 });
			const { channels } = await sharp(file).stats();
			expect(Math.max(...channels.map((channel) => channel.stdev)), `${card} is not blank`).toBeGreaterThan(10);
		}
	});

	test("/edition.json lists every entry with its address, and the edition's confirmed contents only", async ({ baseURL }, testInfo) => {
		const data = JSON.parse(readBuilt(testInfo, 'edition.json'));
		for (const collection of ['symposia', 'editions', 'papers', 'people', 'messages', 'commentary', 'corrections'] as const) {
			const ids = frontMatter(testInfo, collection)
				.map(({ id }) => id)
				.sort();
			expect(data[collection].map((entry: { id: string }) => entry.id).sort(), collection).toEqual(ids);
			for (const entry of data[collection]) {
				expect((await fetch(new URL(new URL(entry.url).pathname, baseURL))).ok, `${entry.url} is served`).toBe(true);
			}
		}
		for (const edition of data.editions) {
			const confirmed = frontMatter(testInfo, 'papers').filter(({ data: paper }) => paper.edition === edition.id && paper.inEdition === 'confirmed');
			expect(edition.contents.map((url: string) => new URL(url).pathname).sort(), edition.id).toEqual(confirmed.map(({ id }) => `/papers/${id}/`).sort());
			// Each edition's own file says the same as the whole site's.
			expect(JSON.parse(readBuilt(testInfo, `editions/${edition.id}/edition.json`)), edition.id).toEqual(edition);
		}
		// Each paper and its corrections point to each other.
		const corrections = frontMatter(testInfo, 'corrections');
		for (const paper of data.papers) {
			const own = corrections.filter(({ data: correction }) => correction.paper === paper.id);
			expect(paper.corrections.map((url: string) => new URL(url).pathname).sort(), paper.id).toEqual(own.map(({ id }) => `/corrections/${id}/`).sort());
		}
		for (const correction of data.corrections)
			expect(new URL(correction.paper).pathname).toBe(`/papers/${corrections.find(({ id }) => id === correction.id)!.data.paper}/`);
		expect(JSON.stringify(data)).not.toMatch(/"":|null/);
	});

	test('the sitemap lists every page, and robots.txt points to it', async ({}, testInfo) => {
		const parser = new XMLParser();
		const index = readBuilt(testInfo, 'sitemap-index.xml');
		expect(XMLValidator.validate(index)).toBe(true);
		const urls = asList<{ loc: string }>(parser.parse(index).sitemapindex.sitemap).flatMap(({ loc }) =>
			asList<{ loc: string; lastmod?: string }>(parser.parse(readBuilt(testInfo, new URL(loc).pathname)).urlset.url),
		);
		const listed = urls.map(({ loc }) => new URL(loc).pathname);
		for (const page of builtPages(testInfo).filter((path) => path !== '/404.html')) expect(listed, page).toContain(page);
		for (const { loc, lastmod } of urls) {
			if (lastmod !== undefined) expect(Date.parse(lastmod), `lastmod of ${loc}`).toBeLessThanOrEqual(Date.now());
		}
		// Every entry page whose file git knows carries the date its last change landed on this branch, whatever its extension.
		const contentDir = SITES[siteOf(testInfo)].contentDir;
		for (const collection of ENTRY_COLLECTIONS) {
			const folder = folderOf(collection, contentDir);
			for (const file of existsSync(folder) ? readdirSync(folder).filter((name) => isEntryFile(collection, name)) : []) {
				const committed = spawnSync('git', ['log', '-1', '--first-parent', '--format=%cI', '--', `${folder}/${file}`], { encoding: 'utf8' }).stdout.trim();
				const url = urls.find(({ loc }) => new URL(loc).pathname === `${COLLECTIONS[collection].pages.folder}${entryIdOf(file)}/`);
				// A draft or embargoed entry has no page, so no line in the sitemap.
				if (committed && url) expect(Date.parse(url.lastmod ?? ''), `lastmod of ${url.loc}`).toBe(Date.parse(committed));
			}
		}
		expect(readBuilt(testInfo, 'robots.txt')).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
	});

	test('a paper prints as an article: no navigation, header, footer or controls', async ({ page }, testInfo) => {
		const [paper] = frontMatter(testInfo, 'papers');
		await page.goto(`/papers/${paper!.id}/`);
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		for (const chrome of [
			page.getByRole('navigation'),
			page.getByRole('banner'),
			page.getByRole('contentinfo'),
			page.getByRole('search'),
			page.getByRole('button'),
		]) {
			for (const element of await chrome.all()) await expect(element).toBeHidden();
		}
		// On paper, an outside link's address follows its words.
		const outside = page.getByRole('main').locator('a[href^="http"]').first();
		if ((await outside.count()) > 0) {
			const after = await outside.evaluate((link) => getComputedStyle(link, '::after').content);
			expect(after).toContain(await outside.getAttribute('href'));
		}
		await testInfo.attach('paper-print.png', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
	});
}
