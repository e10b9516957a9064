import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './src/lib/build/chromium';

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
		// A failed test keeps its trace: every action, with the console, network and errors, and a screenshot
		// of the page as it failed. Without a DOM snapshot at every action: those cost about a quarter of the
		// CPU time of a spec full of actions (the search and learning-log specs), on every test, passing or not.
		trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false },
		screenshot: 'only-on-failure',
	},
	projects: [
		// Each project is one site from tests/sites.ts; the quality gates run on both. A gate
		// declares a test per page of every site, tagged with its site (gates/each-page.ts),
		// so each project drops the tests tagged for the other site.
		{ name: 'real', testMatch: ['real/**/*.spec.ts', 'gates/**/*.spec.ts'], grepInvert: /@site-fixtures\b/ },
		{ name: 'fixtures', testMatch: ['fixtures/**/*.spec.ts', 'gates/**/*.spec.ts'], grepInvert: /@site-real\b/ },
	],
});
