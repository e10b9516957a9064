/**
 * Screenshots of the built site at phone and desktop widths, for a person to look at.
 * Usage: npm run screenshots -- [outDir] [path ...]   (serves dist/ with astro preview)
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { preview } from 'astro';
import { chromiumLaunchOptions } from '../src/lib/build/chromium.ts';

const [outDir = '/tmp/screenshots', ...requested] = parseArgs({ allowPositionals: true }).positionals;
const paths =
	requested.length > 0 ? requested : ['/', '/symposia/', '/editions/', '/papers/', '/messages/', '/commentary/', '/people/', '/about/', '/404.html'];
const widths = { phone: 390, desktop: 1280 };
const schemes = ['light', 'dark'] as const;

mkdirSync(outDir, { recursive: true });
const server = await preview({ server: { port: 0 }, logLevel: 'error' });
const browser = await chromium.launch(chromiumLaunchOptions());
try {
	const base = `http://localhost:${server.port}`;
	for (const path of paths) {
		for (const [device, width] of Object.entries(widths)) {
			for (const colorScheme of schemes) {
				const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
				await page.goto(base + path);
				const name = `${path.replace(/[^\w]+/g, '_').replace(/^_|_$/g, '') || 'home'}-${device}-${colorScheme}.png`;
				await page.screenshot({ path: join(outDir, name), fullPage: true });
				await page.close();
				console.log(join(outDir, name));
			}
		}
	}
} finally {
	await browser.close();
	await server.stop();
}
