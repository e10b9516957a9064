/** The pages a build wrote, as the URL paths a reader visits: for the tests' gates and the audit. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isPageNumber } from '../../src/lib/pagination.ts';
import { OLD_ADDRESSES } from '../../src/lib/urls.ts';

const MOVED: ReadonlySet<string> = new Set(Object.values(OLD_ADDRESSES));

/**
 * Every HTML page in a built site's folder, as the URL path a reader would visit, sorted.
 * The old addresses that only send a reader on to their new page are not among them:
 * the tests follow them apart (tests/e2e/real/addresses.spec.ts).
 */
export function builtPagesIn(outDir: string): string[] {
	return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => `/${relative(outDir, join(outDir, file)).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'))
		.filter((path) => !MOVED.has(path))
		.sort();
}

/** The built file a URL path is served from: /papers/ -> papers/index.html. */
export function builtFile(outDir: string, path: string): string {
	return join(outDir, path.endsWith('/') ? `${path}index.html` : path);
}

/** The kind of page a path is, for budgets and reports: "papers entry", "papers index", "home", ... */
export function pageType(path: string): string {
	if (path === '/') return 'home';
	if (path === '/404.html') return 'not found';
	const [section, id] = path.split('/').filter(Boolean);
	// /papers/2/ is a later page of the papers index (src/lib/pagination.ts).
	return id && !isPageNumber(id) ? `${section} entry` : `${section} index`;
}
