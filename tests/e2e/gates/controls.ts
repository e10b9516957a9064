import type { Page } from '@playwright/test';

/** WCAG 1.4.11: what shows a control's shape has 3:1 or more against what is around it. */
export const MIN_CONTROL_CONTRAST = 3;
/** The issue's touch size for a button, each way; WCAG 2.5.8 asks 24px. */
export const MIN_BUTTON_SIZE = 44;
/** The most of a phone's first screen the header may take. */
export const MAX_HEADER_SHARE = 0.15;

/**
 * Runs in the page, so it must not use anything from outside its own body. Says which controls a
 * reader cannot make out against the page, and which buttons are too small to touch, in the scheme
 * and at the width the page is shown at. A field is seen by its fill or its border standing 3:1 apart
 * from what is behind it. A button is seen by its fill, or by its border when its fill is the page's:
 * a fill a shade off the page's (the old dark-scheme Search button, 1.09:1) reads as no shape of its
 * own, border or not. Checkboxes, radio buttons and file pickers are left out: the browser draws
 * them, and their computed styles say nothing of how they look.
 */
function findControlProblems({ minContrast, minSize }: { minContrast: number; minSize: number }): string[] {
	const parse = (value: string): [number, number, number, number] => {
		const match = value.match(/^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:[,/] ?([\d.]+))?\)$/);
		if (!match) throw new Error(`Cannot read the colour "${value}": the check understands rgb() and rgba() only`);
		return [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])];
	};
	const over = ([r, g, b, a]: readonly number[], under: readonly number[]): number[] =>
		[r!, g!, b!].map((channel, index) => channel * a! + under[index]! * (1 - a!));
	const luminance = (rgb: readonly number[]) => {
		const linear = (channel: number) => (channel / 255 <= 0.04045 ? channel / 255 / 12.92 : ((channel / 255 + 0.055) / 1.055) ** 2.4);
		return 0.2126 * linear(rgb[0]!) + 0.7152 * linear(rgb[1]!) + 0.0722 * linear(rgb[2]!);
	};
	const contrast = (a: readonly number[], b: readonly number[]) => {
		const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
		return (light + 0.05) / (dark + 0.05);
	};
	// The colour behind an element: its ancestors' backgrounds, blended from the canvas up.
	const behind = (element: Element) => {
		const layers: [number, number, number, number][] = [];
		for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
			const layer = parse(getComputedStyle(ancestor).backgroundColor);
			if (layer[3] > 0) layers.push(layer);
			if (layer[3] >= 1) break;
		}
		return layers.reverse().reduce<number[]>((colour, layer) => over(layer, colour), [255, 255, 255]);
	};
	const describe = (element: Element) => {
		const name = element.getAttribute('aria-label') ?? element.textContent?.replace(/\s+/g, ' ').trim() ?? '';
		return `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}> "${name.slice(0, 40)}"`;
	};
	const ratio = (value: number) => `${value.toFixed(2)}:1`;

	const controls = [
		...document.querySelectorAll('button, select, textarea, input:not([type="hidden"], [type="checkbox"], [type="radio"], [type="file"])'),
	].filter((element) => element.checkVisibility({ checkVisibilityCSS: true }) && !element.matches(':disabled'));
	const sides = ['top', 'right', 'bottom', 'left'] as const;
	const problems: string[] = [];
	for (const control of controls) {
		const style = getComputedStyle(control);
		const backdrop = behind(control);
		const fill = over(parse(style.backgroundColor), backdrop);
		const fillContrast = contrast(fill, backdrop);
		const bordered = sides.every(
			(side) => style.getPropertyValue(`border-${side}-style`) !== 'none' && parseFloat(style.getPropertyValue(`border-${side}-width`)) >= 1,
		);
		const borderContrast = bordered
			? Math.min(...sides.map((side) => contrast(over(parse(style.getPropertyValue(`border-${side}-color`)), fill), backdrop)))
			: 0;
		const isButton = control instanceof HTMLButtonElement;
		const filledAsThePage = fillContrast < 1.01;
		// A button drawn as a link ("Did you mean …?") is known by its underlined text, as a link is: axe checks that text.
		const drawnAsLink = isButton && filledAsThePage && !bordered && style.textDecorationLine.includes('underline');
		// A field is known by its outline, whatever its inside; a button by its fill, or by an outline round the page's own colour.
		if (!drawnAsLink && fillContrast < minContrast && (borderContrast < minContrast || (isButton && !filledAsThePage))) {
			problems.push(
				isButton && !filledAsThePage
					? `${describe(control)}: its fill has ${ratio(fillContrast)} against what is behind it, a shade off it rather than a shape`
					: `${describe(control)}: neither its fill (${ratio(fillContrast)}) nor its border (${ratio(borderContrast)}) has ${minContrast}:1 against what is behind it`,
			);
		}
		if (isButton) {
			const { width, height } = control.getBoundingClientRect();
			if (width < minSize || height < minSize)
				problems.push(`${describe(control)}: ${Math.round(width)}×${Math.round(height)}px, under ${minSize}×${minSize}px to touch`);
		}
	}
	return problems;
}

/** What keeps a reader from making out, or touching, the page's controls as it is shown now. */
export async function controlProblems(page: Page): Promise<string[]> {
	return page.evaluate(findControlProblems, { minContrast: MIN_CONTROL_CONTRAST, minSize: MIN_BUTTON_SIZE });
}

/** The share of the first screen the site's header takes, at the top of the page. */
export async function headerShare(page: Page): Promise<number> {
	await page.evaluate(() => window.scrollTo(0, 0));
	const header = await page.getByRole('banner').boundingBox();
	if (!header) throw new Error('The page has no header to measure');
	return (header.y + header.height) / page.viewportSize()!.height;
}
