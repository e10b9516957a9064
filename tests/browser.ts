import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * Playwright's own Chromium where it is installed, else the system's: machines
 * without internet access cannot download Playwright's build. The flags keep the
 * system Chromium from reaching for Google services that a closed network refuses.
 */
export function browserLaunchOptions(): LaunchOptions {
	if (existsSync(chromium.executablePath())) return {};
	if (!existsSync(SYSTEM_CHROMIUM)) {
		throw new Error(
			`No Chromium found. Install Playwright's (npx playwright install chromium) or the system's (apt-get install chromium, at ${SYSTEM_CHROMIUM}).`,
		);
	}
	return {
		executablePath: SYSTEM_CHROMIUM,
		args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
	};
}
