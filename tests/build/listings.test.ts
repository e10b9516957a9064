import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BENCH_EDITION, BENCH_SYMPOSIUM, generateContent } from '../../scripts/bench/content.ts';
import { PAGE_SIZE } from '../../src/lib/pagination';
import { byId, readCollection } from '../content';
import { buildSite, root } from '../sites';

/**
 * Listings over more than one page, which the test sites are too small to have: the
 * benchmark's synthetic symposium and its special edition (scripts/bench/content.ts), with
 * papers enough for three pages and every paper in one session, so that the session
 * outgrows the programme's list, and the symposium its own page's, too. Built as for a
 * deploy; its papers are read from the files, not the site.
 */
vi.setConfig({ hookTimeout: 240_000 });

const PAPERS = 2 * PAGE_SIZE + 1;
const SESSION = 'opening-plenary';
/** The synthetic symposium's page, its programme, and its special edition's contents. */
const SYMPOSIUM_PAGE = `/symposia/${BENCH_SYMPOSIUM}/`;
const PROGRAMME = `${SYMPOSIUM_PAGE}programme/`;
const EDITION = `/editions/${BENCH_EDITION}/`;
// One fixed folder, so every run shares one content cache (Astro keeps one per content folder).
const work = join(root, 'tests/.output/listings');
const contentDir = join(work, 'content');
const outDir = join(work, 'dist');
let paperIds: string[];

beforeAll(() => {
	rmSync(work, { recursive: true, force: true });
	paperIds = generateContent(contentDir, PAPERS).papers;
	for (const id of paperIds) {
		const file = join(contentDir, 'papers', `${id}.mdx`);
		const text = readFileSync(file, 'utf8');
		writeFileSync(
			file,
			/^session: /m.test(text) ? text.replace(/^session: .*$/m, `session: ${SESSION}`) : text.replace(/^status: /m, `session: ${SESSION}\nstatus: `),
		);
	}
	const built = buildSite(contentDir, outDir);
	if (!built.ok) throw new Error(`Building the test site failed:\n${built.output}`);
});

const built = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
/** The pages a listing was built as: /papers/, /papers/2/ … */
const pagesOf = (listing: string) =>
	[
		listing,
		...readdirSync(join(outDir, listing))
			.filter((name) => /^\d+$/.test(name))
			.map((n) => `${listing}${n}/`),
	].sort();
/** The entries a page lists: the address of each item of its data-listing lists, in order. */
const entriesOn = (html: string) =>
	[...html.matchAll(/<(ol|ul)[^>]*\bdata-listing\b[^>]*>([\s\S]*?)<\/\1>/g)].flatMap(([, , list]) =>
		list!
			.split(/<li\b/)
			.slice(1)
			.map((item) => /href="(\/[^"]+)"/.exec(item)![1]!),
	);
const attribute = (html: string, pattern: RegExp) => pattern.exec(html)?.[1];
const jsonLd = (html: string) => JSON.parse(attribute(html, /<script type="application\/ld\+json">([\s\S]*?)<\/script>/)!);
const navLinks = (html: string) => [
	...(attribute(html, /<nav class="page-nav[^"]*"[^>]*>([\s\S]*?)<\/nav>/) ?? '').matchAll(/<a href="([^"]+)"([^>]*)>([\s\S]*?)<\/a>/g),
];
const text = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/\s+/g, ' ')
		.trim();

describe('a listing longer than a page', () => {
	it('runs over numbered pages at stable addresses, each paper on exactly one, in the order of the first', () => {
		const pages = pagesOf('/papers/');
		expect(pages).toEqual(['/papers/', '/papers/2/', '/papers/3/']);
		const listed = pages.map((path) => entriesOn(built(path)));
		expect(listed.map((entries) => entries.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 1]);
		expect(listed.flat().toSorted()).toEqual(paperIds.map((id) => `/papers/${id}/`).toSorted());
	});

	it('names each page in its title and heading area, and says which entries it shows', () => {
		expect(attribute(built('/papers/'), /<title>([^<]*)<\/title>/)).toMatch(/^Papers · /);
		expect(attribute(built('/papers/2/'), /<title>([^<]*)<\/title>/)).toMatch(/^Papers, page 2 of 3 · /);
		expect(text(built('/papers/2/'))).toContain(`Page 2 of 3: papers ${PAGE_SIZE + 1} to ${2 * PAGE_SIZE} of ${PAPERS}.`);
		expect(attribute(built('/papers/3/'), /<link rel="canonical" href="([^"]+)"/)).toMatch(/\/papers\/3\/$/);
	});

	it('links each page to the one before and after, for browsers and search engines', () => {
		const links = (path: string) => ({
			prev: attribute(built(path), /<link rel="prev" href="([^"]+)"/),
			next: attribute(built(path), /<link rel="next" href="([^"]+)"/),
		});
		expect(links('/papers/')).toEqual({ prev: undefined, next: '/papers/2/' });
		expect(links('/papers/2/')).toEqual({ prev: '/papers/', next: '/papers/3/' });
		expect(links('/papers/3/')).toEqual({ prev: '/papers/2/', next: undefined });
	});

	it('offers a named navigation of the pages, the current one marked, with Previous and Next', () => {
		const html = built('/papers/2/');
		expect(html).toMatch(/<nav class="page-nav[^"]*" aria-label="Pages of papers"/);
		const links = navLinks(html).map(([, href, rest, label]) => [href, text(label!), rest!.includes('aria-current="page"')]);
		expect(links).toEqual([
			['/papers/', 'Previous page', false],
			['/papers/', 'Page 1', false],
			['/papers/2/', 'Page 2', true],
			['/papers/3/', 'Page 3', false],
			['/papers/3/', 'Next page', false],
		]);
	});

	it('describes each page as a CollectionPage of its own entries, numbered from their place in the whole list', () => {
		const html = built('/papers/2/');
		const ld = jsonLd(html);
		expect(ld['@type']).toBe('CollectionPage');
		expect(ld.url).toMatch(/\/papers\/2\/$/);
		expect(ld.name).toBe('Papers, page 2 of 3');
		const items = ld.mainEntity.itemListElement as { position: number; url: string }[];
		expect(items.map((item) => new URL(item.url).pathname)).toEqual(entriesOn(html));
		expect(items.map((item) => item.position)).toEqual(Array.from({ length: PAGE_SIZE }, (_, index) => PAGE_SIZE + 1 + index));
	});

	it('lists every page in the sitemap', () => {
		const sitemap = readdirSync(outDir)
			.filter((name) => /^sitemap-\d+\.xml$/.test(name))
			.map((name) => readFileSync(join(outDir, name), 'utf8'))
			.join('');
		for (const path of [...pagesOf('/papers/'), ...pagesOf('/people/')]) expect(sitemap).toMatch(new RegExp(`<loc>[^<]*${path}</loc>`));
	});

	it('keeps the reference-list downloads on every page of the papers', () => {
		for (const path of pagesOf('/papers/')) expect(built(path)).toContain('href="/papers/papers.bib"');
	});

	it('pages the people and the special edition’s contents alike', () => {
		for (const listing of ['/people/', EDITION]) {
			const pages = pagesOf(listing);
			expect(pages.length, listing).toBeGreaterThan(1);
			for (const path of pages) expect(entriesOn(built(path)).length, path).toBeLessThanOrEqual(PAGE_SIZE);
			expect(new Set(pages.flatMap((path) => entriesOn(built(path)))).size, listing).toBe(pages.flatMap((path) => entriesOn(built(path))).length);
		}
		// The edition's facts open its first page only; later pages continue the contents.
		expect(text(built(EDITION))).toContain('ISSN');
		expect(text(built(`${EDITION}2/`))).toContain('Contents, continued');
	});

	it('shows a session’s first papers in the programme, and leads to all of them on the search page', () => {
		const html = built(PROGRAMME);
		expect(entriesOn(html)).toHaveLength(PAGE_SIZE);
		const session = html.slice(html.indexOf(`id="${SESSION}"`));
		const all = attribute(session, /<a href="(\/search\/\?[^"]+)"/)!.replaceAll('&amp;', '&');
		const params = new URL(all, 'https://site.invalid').searchParams;
		expect(params.getAll('type')).toEqual(['paper']);
		expect(params.getAll('session')).toEqual([attribute(session, /<h3[^>]*><a[^>]*>([^<]+)<\/a><\/h3>/)]);
		expect(text(session)).toContain(`All ${PAPERS} papers given in this session`);
	});

	it('shows a symposium’s first papers on its page, and leads to all of them on the search page', () => {
		const html = built(SYMPOSIUM_PAGE);
		expect(entriesOn(html)).toHaveLength(PAGE_SIZE);
		const all = attribute(html, /<a href="(\/search\/\?[^"]+)"/)!.replaceAll('&amp;', '&');
		const params = new URL(all, 'https://site.invalid').searchParams;
		expect(params.getAll('type')).toEqual(['paper']);
		// The search page's Symposium filter goes by the symposium's short name.
		const { shortTitle } = byId(readCollection<{ shortTitle: string }>(relative(root, contentDir), 'symposia'), BENCH_SYMPOSIUM).data;
		expect(params.getAll('symposium')).toEqual([shortTitle]);
		expect(text(html)).toContain(`All ${PAPERS} papers listed under this symposium`);
	});

	it('keeps every listing page far under 60 KB gzipped', () => {
		for (const path of [...pagesOf('/papers/'), ...pagesOf('/people/'), ...pagesOf(EDITION), PROGRAMME, SYMPOSIUM_PAGE]) {
			expect(gzipSync(built(path)).length, path).toBeLessThanOrEqual(60 * 1024);
		}
	});
});
