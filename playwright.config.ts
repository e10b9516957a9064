import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/lib/chromium';

export default defineConfig({
	testDir: './tests/e2e',
	globalSetup: './tests/e2e/global-setup.ts',
	fullyParallel: true,
	// One worker, and so one browser, per core: Playwright's default is half the cores.
	workers: availableParallelism(),
	forbidOnly: Boolean(process.env.CI),
	reporter: 'list',
	use: {
		browserName: 'chromium',
		launchOptions: chromiumLaunchOptions(),
		trace: 'retain-on-failure',
	},
	projects: [
		// Each project is one site from tests/sites.ts; the quality gates run on both. A gate
		// declares a test per page of every site, tagged with its site (gates/each-page.ts),
		// so each project drops the tests tagged for the other site.
		{ name: 'real', testMatch: ['real/**/*.spec.ts', 'gates/**/*.spec.ts'], grepInvert: /@site-fixtures\b/ },
		{ name: 'fixtures', testMatch: ['fixtures/**/*.spec.ts', 'gates/**/*.spec.ts'], grepInvert: /@site-real\b/ },
	],
});
