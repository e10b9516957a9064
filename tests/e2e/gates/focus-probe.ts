import type { Locator, Page } from '@playwright/test';

/** Where keyboard focus is after a key press. */
export interface Stop {
	/** Position in the page's own list of Tab stops; -1 for something outside it. */
	index: number;
	description: string;
	/** False once focus has left the page's content for the document itself (the browser's own UI, for a reader). */
	onPage: boolean;
}

/** What a focused (or unfocused) element looks like, as far as a focus indicator goes. */
export interface Look {
	outlineStyle: string;
	outlineWidth: number;
	outlineColor: string;
	boxShadow: string;
	/** Lowest contrast of the outline against the colours just outside it; null where none could be sampled. */
	outlineContrast: number | null;
	/** Whether the element can be seen in the viewport, not scrolled away or covered by other content. */
	inView: boolean;
}

interface FocusProbe {
	stops: Element[];
	descriptions(): string[];
	active(): Stop;
	look(element: Element): Look;
	activeLook(): Look;
	focusEach(): Look[];
	recordKeyUps(): void;
	recorded(): { stop: Stop; look: Look | null }[];
}

declare global {
	interface Window {
		focusProbe?: FocusProbe;
	}
}

/**
 * Runs in the page, so it must not use anything from outside its own body. It lists the page's
 * Tab stops as a browser would reach them and describes what focus looks like.
 */
function installFocusProbe(): number {
	// A probe installed again (the page may have changed) takes over from the last one.
	window.focusProbe?.recorded();
	const FOCUSABLE =
		'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, audio[controls], video[controls], [contenteditable]:not([contenteditable="false"]), [tabindex]';

	const isRendered = (element: Element) => element.checkVisibility({ checkVisibilityCSS: true }) && !element.closest('[inert]');

	const isTabbable = (element: Element) =>
		element instanceof HTMLElement && element.matches(FOCUSABLE) && element.tabIndex >= 0 && !element.matches(':disabled') && isRendered(element);

	// Chromium, like Firefox, puts a scrolling box with nothing focusable inside it in the Tab order so it can be scrolled by keyboard.
	const isKeyboardScroller = (element: Element) => {
		if (!(element instanceof HTMLElement) || element === document.body || element === document.documentElement) return false;
		const style = getComputedStyle(element);
		const scrollsX = /auto|scroll/.test(style.overflowX) && element.scrollWidth > element.clientWidth;
		const scrollsY = /auto|scroll/.test(style.overflowY) && element.scrollHeight > element.clientHeight;
		return (scrollsX || scrollsY) && isRendered(element) && ![...element.querySelectorAll(FOCUSABLE)].some(isTabbable);
	};

	const stops = [...document.querySelectorAll('*')].filter((element) => isTabbable(element) || isKeyboardScroller(element));

	const describe = (element: Element) => {
		const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
		const href = element.getAttribute('href');
		return `<${element.tagName.toLowerCase()}> "${text}"${href ? ` (${href})` : ''}`;
	};

	const parseColour = (value: string): [number, number, number, number] => {
		const match = value.match(/^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:[,/] ?([\d.]+))?\)$/);
		if (!match) throw new Error(`Cannot read the colour "${value}": the focus check understands rgb() and rgba() only`);
		return [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])];
	};

	// The colour a reader sees behind a point: background layers from the topmost element down, blended until one is opaque.
	const backdropAt = (x: number, y: number, exclude: Element): [number, number, number] | null => {
		const top = document.elementsFromPoint(x, y).find((element) => element !== exclude && !exclude.contains(element));
		if (!top) return null;
		const layers: [number, number, number, number][] = [];
		for (let element: Element | null = top; element; element = element.parentElement) {
			const layer = parseColour(getComputedStyle(element).backgroundColor);
			if (layer[3] > 0) layers.push(layer);
			if (layer[3] >= 1) break;
		}
		const canvas = parseColour(getComputedStyle(document.documentElement).backgroundColor);
		let colour: [number, number, number] = canvas[3] >= 1 ? [canvas[0], canvas[1], canvas[2]] : [255, 255, 255];
		for (const [r, g, b, a] of layers.reverse()) {
			colour = [r * a + colour[0] * (1 - a), g * a + colour[1] * (1 - a), b * a + colour[2] * (1 - a)];
		}
		return colour;
	};

	const luminance = ([r, g, b]: readonly number[]) => {
		const linear = (channel = 0) => {
			const c = channel / 255;
			return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		};
		return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
	};

	const contrast = (a: readonly number[], b: readonly number[]) => {
		const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
		return (light + 0.05) / (dark + 0.05);
	};

	const look = (element: Element): Look => {
		const style = getComputedStyle(element);
		const outlineWidth = parseFloat(style.outlineWidth) || 0;
		const box = element.getClientRects()[0] ?? element.getBoundingClientRect();
		const width = document.documentElement.clientWidth;
		const height = document.documentElement.clientHeight;

		let outlineContrast: number | null = null;
		if (style.outlineStyle !== 'none' && outlineWidth > 0) {
			const [r, g, b, a] = parseColour(style.outlineColor);
			// Sample just beyond the middle of the ring on each side: what the ring is seen against.
			const reach = (parseFloat(style.outlineOffset) || 0) + outlineWidth + 1;
			const points = [
				[box.left + box.width / 2, box.top - reach],
				[box.left + box.width / 2, box.bottom + reach],
				[box.left - reach, box.top + box.height / 2],
				[box.right + reach, box.top + box.height / 2],
			] as const;
			for (const [x, y] of points) {
				if (x < 0 || y < 0 || x >= width || y >= height) continue;
				const backdrop = backdropAt(x, y, element);
				if (!backdrop) continue;
				const ring = [r * a + backdrop[0] * (1 - a), g * a + backdrop[1] * (1 - a), b * a + backdrop[2] * (1 - a)];
				const ratio = contrast(ring, backdrop);
				outlineContrast = outlineContrast === null ? ratio : Math.min(outlineContrast, ratio);
			}
		}

		const centreX = box.left + box.width / 2;
		const centreY = box.top + box.height / 2;
		const seen = centreX >= 0 && centreY >= 0 && centreX < width && centreY < height ? document.elementFromPoint(centreX, centreY) : null;
		const inView = box.width > 0 && box.height > 0 && seen !== null && (seen === element || element.contains(seen));

		return { outlineStyle: style.outlineStyle, outlineWidth, outlineColor: style.outlineColor, boxShadow: style.boxShadow, outlineContrast, inView };
	};

	const activeElement = () => {
		const active = document.activeElement;
		return active && active !== document.body && active !== document.documentElement ? active : null;
	};

	const activeStop = (): Stop => {
		const active = activeElement();
		return active ? { index: stops.indexOf(active), description: describe(active), onPage: true } : { index: -1, description: '(the document)', onPage: false };
	};

	const keyUps: { stop: Stop; look: Look | null }[] = [];
	const onKeyUp = () => {
		const stop = activeStop();
		keyUps.push({ stop, look: stop.onPage ? look(activeElement()!) : null });
	};

	window.focusProbe = {
		stops,
		descriptions: () => stops.map(describe),
		active: activeStop,
		look,
		activeLook: () => {
			const active = activeElement();
			if (!active) throw new Error('Nothing on the page has focus');
			return look(active);
		},
		// After a keyboard walk the browser shows a focus ring for focus moved by script too (:focus-visible), so
		// this sees what Tab would, in one call instead of a round trip per key press.
		focusEach: () =>
			stops.map((element) => {
				(element as HTMLElement).focus();
				return look(element);
			}),
		// Where focus is, and its look, as each key is let go: the browser has handled the key press (moved
		// focus, scrolled it into view) by then, as it has by the time a test could ask, without a round trip per key.
		recordKeyUps: () => {
			window.removeEventListener('keyup', onKeyUp, true);
			keyUps.length = 0;
			window.addEventListener('keyup', onKeyUp, true);
		},
		recorded: () => {
			window.removeEventListener('keyup', onKeyUp, true);
			return keyUps.splice(0);
		},
	};
	return stops.length;
}

/** Lists the page's Tab stops in the order the browser reaches them; returns their descriptions. */
export async function installProbe(page: Page): Promise<string[]> {
	await page.evaluate(installFocusProbe);
	return page.evaluate(() => window.focusProbe!.descriptions());
}

export async function activeStop(page: Page): Promise<Stop> {
	return page.evaluate(() => window.focusProbe!.active());
}

/**
 * Presses Tab `presses` times, each a real key press as a reader makes it, and returns where focus was
 * and how it looked after each one. The page notes both as each key is let go (focusProbe.recordKeyUps),
 * so the walk costs one round trip per key press rather than two. `between` runs after the first press.
 */
export async function walkWithTab(page: Page, presses: number, between: () => Promise<void>): Promise<{ stop: Stop; look: Look | null }[]> {
	await page.evaluate(() => window.focusProbe!.recordKeyUps());
	for (let press = 0; press < presses; press++) {
		await page.keyboard.press('Tab');
		if (press === 0) await between();
	}
	const steps = await page.evaluate(() => window.focusProbe!.recorded());
	// A page that swallowed the key-up events would leave gaps: say so rather than compare a short list.
	if (steps.length !== presses) throw new Error(`${presses} Tab presses, but the page saw ${steps.length} key-ups: did a script on it stop them?`);
	return steps;
}

/** The look of every Tab stop focused in turn by script: for a second look at the stops a keyboard walk has visited. */
export async function focusedLooks(page: Page): Promise<Look[]> {
	return page.evaluate(() => window.focusProbe!.focusEach());
}

/** The look of every Tab stop with nothing focused, to compare with each one's focused look. */
export async function unfocusedLooks(page: Page): Promise<Look[]> {
	return page.evaluate(() => {
		(document.activeElement as HTMLElement | null)?.blur();
		const probe = window.focusProbe!;
		return probe.stops.map((element) => probe.look(element));
	});
}

/**
 * Presses a key (Tab or Shift+Tab) until the target has focus, as a reader moving through the
 * page would, giving up after visiting every Tab stop; the error lists where focus went instead.
 */
export async function pressUntilFocused(page: Page, key: 'Tab' | 'Shift+Tab', target: Locator): Promise<void> {
	const limit = (await installProbe(page)).length + 2;
	const visited: string[] = [];
	for (let press = 0; press < limit; press++) {
		await page.keyboard.press(key);
		// One round trip per press: null once the target has focus, else where focus went.
		const elsewhere = await target.evaluate((element) => (element === document.activeElement ? null : window.focusProbe!.active().description));
		if (elsewhere === null) return;
		visited.push(elsewhere);
	}
	throw new Error(`${key} never reached ${target} in ${limit} presses; focus went to:\n  ${visited.join('\n  ')}`);
}
