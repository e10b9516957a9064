/**
 * The one Chromium the tests and the scripts use: Playwright's own where it is installed,
 * else the system's, since machines without internet access cannot download Playwright's.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Keeps Chromium from reaching for Google services, which a closed network refuses in the middle of a test or a measurement. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function chromiumPath(): string {
	if (existsSync(chromium.executablePath())) return chromium.executablePath();
	if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
	throw new Error(
		`No Chromium found. Install Playwright's (npx playwright install chromium) or the system's (apt-get install chromium, at ${SYSTEM_CHROMIUM}).`,
	);
}

/** How Playwright launches it: its own Chromium as it comes, the system's at its path with the flags. */
export function chromiumLaunchOptions(): LaunchOptions {
	const path = chromiumPath();
	return path === chromium.executablePath() ? {} : { executablePath: path, args: CHROMIUM_FLAGS };
}

/** "Chromium 156.0.8078.108 built on Debian ...", for the record of a measurement. */
export function chromiumVersion(): string {
	// Debian's launcher script writes shell noise to stderr; only stdout is the version.
	return execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}
