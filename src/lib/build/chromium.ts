/**
 * The one Chromium the build, the tests and the scripts use: Playwright's own where it is installed,
 * else the system's, since machines without internet access cannot download Playwright's.
 * CHROMIUM_PATH names another; a path with no Chromium at it means there is none, which is how a
 * build without PDF galleys is tried on a machine that has one (src/lib/build/README.md).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { LaunchOptions } from 'playwright-core';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Keeps Chromium from reaching for Google services, which a closed network refuses in the middle of a test or a measurement. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const require = createRequire(import.meta.url);

/** Where Playwright keeps the browsers it downloads, by its registry's rule. */
function playwrightBrowsers(): string {
	const named = process.env.PLAYWRIGHT_BROWSERS_PATH;
	if (named === '0') return join(dirname(require.resolve('playwright-core/package.json')), '.local-browsers');
	if (named) return named;
	const caches =
		process.platform === 'darwin'
			? join(homedir(), 'Library', 'Caches')
			: process.platform === 'win32'
				? (process.env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'))
				: (process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'));
	return join(caches, 'ms-playwright');
}

/**
 * Playwright's own Chromium, when it is installed. Playwright is loaded only when its folder holds a
 * Chromium: loading it took 4 s on a loaded machine, which every build would pay to learn there is none.
 */
function playwrightChromium(): string | undefined {
	const folder = playwrightBrowsers();
	if (!existsSync(folder) || !readdirSync(folder).some((name) => name.startsWith('chromium'))) return undefined;
	const path = (require('playwright-core') as typeof import('playwright-core')).chromium.executablePath();
	return existsSync(path) ? path : undefined;
}

/** Where Chromium is, or undefined when this machine has none. */
export function findChromium(): string | undefined {
	const named = process.env.CHROMIUM_PATH;
	if (named !== undefined) return existsSync(named) ? named : undefined;
	return playwrightChromium() ?? (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined);
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
	return path === playwrightChromium() ? {} : { executablePath: path, args: CHROMIUM_FLAGS };
}

/**
 * Which Chromium this is, without starting it (which took a second on a loaded machine): its path, size and
 * modification time, which an upgrade changes. What a cache key needs; a measurement's record names the version.
 */
export function chromiumIdentity(): string {
	const path = chromiumPath();
	const { size, mtimeMs } = statSync(path);
	return `${path} ${size} ${mtimeMs}`;
}

/** "Chromium 156.0.8078.108 built on Debian ...", for the record of a measurement. */
export function chromiumVersion(): string {
	// Debian's launcher script writes shell noise to stderr; only stdout is the version.
	return execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}
