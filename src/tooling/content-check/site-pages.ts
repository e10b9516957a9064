import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { suggest } from '../../lib/suggest';

/**
 * Every address on the site, with the anchors each page is known to have. A page made
 * from an entry has the anchors of its body; a page whose anchors come from its
 * template (the programme, the about page) accepts any, since only a build knows them.
 */
export type SitePages = Map<string, Set<string> | 'any'>;

/**
 * Fixed pages (routes without [parameters] in src/pages) and the files in public/. A
 * listing that runs over numbered pages (papers/[...page].astro) has its first page at
 * the folder's own address, /papers/, which is fixed too.
 */
export function fixedPages(root: string): SitePages {
	const pages: SitePages = new Map();
	for (const file of filesUnder(join(root, 'src/pages'))) {
		const listing = /^(.*\/)?\[\.\.\.page\]\.astro$/.exec(file);
		if (listing && !listing[1]?.includes('[')) {
			pages.set(`/${listing[1] ?? ''}`, 'any');
			continue;
		}
		if (file.includes('[')) continue;
		const route = file
			.replace(/\.(astro|mdx?|html)$/, '/')
			.replace(/\.(ts|js)$/, '')
			.replace(/(^|\/)index\/$/, '$1');
		pages.set(`/${route}`, 'any');
	}
	for (const file of filesUnder(join(root, 'public'))) pages.set(`/${file}`, 'any');
	return pages;
}

function filesUnder(folder: string): string[] {
	if (!existsSync(folder)) return [];
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/**
 * What is wrong with a link in an entry's body, or undefined when it leads somewhere
 * on the site (or off it: other sites are not fetched). The caller names the link.
 */
export function checkLink(href: string, fromPage: string, pages: SitePages): string | undefined {
	const url = siteUrl(href, fromPage);
	if (!url) return undefined;
	const page = url.pathname;
	const anchors = pages.get(page);
	if (anchors === undefined) {
		if (pages.has(`${page}/`)) return `write it with a final slash, "${page}/${url.hash}"`;
		const meant = suggest(page, [...pages.keys()]);
		return `no such page on this site${meant ? ` (did you mean "${meant}"?)` : ''}`;
	}
	const anchor = decodeURIComponent(url.hash.slice(1));
	if (!anchor || anchors === 'any' || anchors.has(anchor)) return undefined;
	const meant = suggest(anchor, [...anchors]);
	const where = page === fromPage ? 'this page' : 'that page';
	return `${where} has no heading or anchor "${anchor}"${meant ? ` (did you mean "#${meant}"?)` : ''}`;
}

/** Where a link from a page of this site leads, or undefined for a link to another site. */
export function siteUrl(href: string, fromPage: string): URL | undefined {
	if (/^[a-z][\w+.-]*:/i.test(href) || href.startsWith('//')) return undefined;
	return new URL(href, `https://site.invalid${fromPage}`);
}
