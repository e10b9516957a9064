import { join } from 'node:path';
import type { TestInfo } from '@playwright/test';
import { builtPagesIn } from '../../scripts/lib/built-pages.ts';
import { outDirFor, root, type SiteName } from '../sites.ts';

export { builtFile, pageType } from '../../scripts/lib/built-pages.ts';

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
	return builtPagesIn(join(root, outDirFor(site)));
}
