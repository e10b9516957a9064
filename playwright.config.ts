import { defineConfig } from '@playwright/test';
import { browserLaunchOptions } from './tests/browser';

export default defineConfig({
	testDir: './tests/e2e',
	globalSetup: './tests/e2e/global-setup.ts',
	fullyParallel: true,
	forbidOnly: Boolean(process.env.CI),
	reporter: 'list',
	use: {
		browserName: 'chromium',
		launchOptions: browserLaunchOptions(),
		trace: 'retain-on-failure',
	},
	projects: [
		// Each project is one site from tests/sites.ts; the quality gates run on both.
		{ name: 'real', testMatch: ['real/**/*.spec.ts', 'gates/**/*.spec.ts'] },
		{ name: 'fixtures', testMatch: ['fixtures/**/*.spec.ts', 'gates/**/*.spec.ts'] },
	],
});
