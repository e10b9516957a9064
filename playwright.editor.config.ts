import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './src/lib/build/chromium';

/**
 * The web editor's browser tests (tests/editor/): Decap CMS at /admin/, saving into a git
 * repository of its own copied from the fixture content, never into this checkout. One
 * worker: the tests follow one another on that repository (an entry created, then built).
 */
export default defineConfig({
	testDir: './tests/editor',
	globalSetup: './tests/editor/global-setup.ts',
	workers: 1,
	forbidOnly: Boolean(process.env.CI),
	reporter: 'list',
	// The editor's first load is 5 MB of script (1.5 MB gzipped) to parse, on a machine the other tests may be loading.
	timeout: 300_000,
	expect: { timeout: 20_000 },
	use: {
		browserName: 'chromium',
		launchOptions: chromiumLaunchOptions(),
		viewport: { width: 1280, height: 900 },
		trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false },
		screenshot: 'only-on-failure',
	},
});
