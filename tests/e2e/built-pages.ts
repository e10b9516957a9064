import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { TestInfo } from '@playwright/test';
import { outDirFor, root, type SiteName } from '../sites.ts';

/** The site a Playwright project reads: projects are named after the sites. */
export function siteOf(testInfo: TestInfo): SiteName {
	return testInfo.project.name as SiteName;
}

export function outDirOf(testInfo: TestInfo): string {
	return join(root, outDirFor(siteOf(testInfo)));
}

/** Every HTML page the build emitted, as the URL path a reader would visit. */
export function builtPages(testInfo: TestInfo): string[] {
	return builtPagesOf(siteOf(testInfo));
}

/** The same list for a named site, for specs that declare one test per page before any test runs. */
export function builtPagesOf(site: SiteName): string[] {
	const outDir = join(root, outDirFor(site));
	return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => `/${relative(outDir, join(outDir, file)).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'))
		.sort();
}

/** The built file a URL path is served from: /papers/ -> papers/index.html. */
export function builtFile(outDir: string, path: string): string {
	return join(outDir, path.endsWith('/') ? `${path}index.html` : path);
}

/** The kind of page a path is, for budgets and reports: "paper", "papers index", "home", ... */
export function pageType(path: string): string {
	if (path === '/') return 'home';
	if (path === '/404.html') return 'not found';
	const [section, id] = path.split('/').filter(Boolean);
	return id ? `${section} entry` : `${section} index`;
}
