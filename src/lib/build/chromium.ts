/**
 * The one Chromium the build, the tests and the scripts use: Playwright's own where it is installed,
 * else the system's, since machines without internet access cannot download Playwright's.
 * CHROMIUM_PATH names another; a path with no Chromium at it means there is none, which is how a
 * build without PDF galleys is tried on a machine that has one (src/lib/build/README.md).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from 'playwright-core';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Keeps Chromium from reaching for Google services, which a closed network refuses in the middle of a test or a measurement. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Where Chromium is, or undefined when this machine has none. */
export function findChromium(): string | undefined {
	const named = process.env.CHROMIUM_PATH;
	if (named !== undefined) return existsSync(named) ? named : undefined;
	return [chromium.executablePath(), SYSTEM_CHROMIUM].find((path) => existsSync(path));
}

export function chromiumPath(): string {
	const path = findChromium();
	if (path) return path;
	throw new Error(
		`No Chromium found. Install Playwright's (npx playwright install chromium) or the system's (apt-get install chromium, at ${SYSTEM_CHROMIUM}).`,
	);
}

/** How Playwright launches it: its own Chromium as it comes, any other at its path with the flags. */
export function chromiumLaunchOptions(): LaunchOptions {
	const path = chromiumPath();
	return path === chromium.executablePath() ? {} : { executablePath: path, args: CHROMIUM_FLAGS };
}

/** "Chromium 156.0.8078.108 built on Debian ...", for the record of a measurement. */
export function chromiumVersion(): string {
	// Debian's launcher script writes shell noise to stderr; only stdout is the version.
	return execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}
