import { findChromium } from './chromium';

/**
 * Whether this build prints PDF galleys of the papers whose full text the site holds, decided
 * before Astro renders a page, so that a page links a PDF only when one will be printed
 * (src/lib/build/galleys.ts prints them once the site is built). It needs a Chromium; GALLEYS=off
 * builds without them (src/lib/build/README.md).
 */
export function galleysPlanned(): boolean {
	return noGalleysBecause() === undefined;
}

/** Why a build has no galleys, in the one line it says so; undefined when it has them. */
export function noGalleysBecause(): string | undefined {
	if (process.env.GALLEYS === 'off') return 'PDF galleys are switched off (GALLEYS=off), so the papers offer no PDF.';
	if (!findChromium()) {
		return "No Chromium found, so the papers offer no PDF: install Playwright's (npx playwright install chromium) or the system's (apt-get install chromium) to print them.";
	}
	return undefined;
}

/**
 * What a page writes where a galley's size goes: its link, and its schema.org encoding. The size is known
 * only once the galley is printed, from the built page, and galleys.ts then writes it in.
 */
export const GALLEY_SIZE = '{{galley-size}}';

/** The attribute that marks a paper page's link to its galley: the galley step prints a galley for each page that has it. */
export const GALLEY_LINK = 'data-galley';
