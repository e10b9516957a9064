import type { Page } from '@playwright/test';
import { expect } from '../test';

/**
 * Runs in the page. Says what makes the page scroll sideways and which text is cut off by a box
 * that hides its overflow, so a failure points at the element to fix.
 */
function findReflowProblems(): { scrollWidth: number; clientWidth: number; widest: string[]; clipped: string[] } {
	const describe = (element: Element) => {
		const classes = [...element.classList].map((name) => `.${name}`).join('');
		const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
		return `<${element.tagName.toLowerCase()}${classes ? ` ${classes}` : ''}> "${text}"`;
	};
	const { scrollWidth, clientWidth } = document.documentElement;

	// Content inside a box of its own that scrolls or clips, such as a wide table, does not widen the page.
	const inOwnBox = (element: Element) => {
		for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
			if (getComputedStyle(parent).overflowX !== 'visible') return true;
		}
		return false;
	};
	const widest = [...document.querySelectorAll('body *')]
		.map((element) => ({ element, right: element.getBoundingClientRect().right }))
		.filter(({ element, right }) => right > clientWidth + 1 && !inOwnBox(element))
		.slice(0, 5)
		.map(({ element, right }) => `${describe(element)} reaches ${Math.round(right)}px`);

	const clipped: string[] = [];
	for (const element of document.querySelectorAll('body *')) {
		const style = getComputedStyle(element);
		const clipsX = /hidden|clip/.test(style.overflowX);
		const clipsY = /hidden|clip/.test(style.overflowY);
		if ((!clipsX && !clipsY) || !element.textContent?.trim()) continue;
		const box = element.getBoundingClientRect();
		// Text hidden on purpose for screen readers (the visually-hidden pattern) is clipped to a 1px box.
		if (box.width <= 1 && box.height <= 1) continue;
		const cutX = clipsX && element.scrollWidth > element.clientWidth + 1;
		const cutY = clipsY && element.scrollHeight > element.clientHeight + 1;
		if (cutX || cutY) {
			clipped.push(
				`${describe(element)}: content ${element.scrollWidth}x${element.scrollHeight}px in a ${element.clientWidth}x${element.clientHeight}px box that hides overflow`,
			);
		}
	}
	return { scrollWidth, clientWidth, widest, clipped };
}

/** Soft-fails, naming the elements at fault, when the page as it is now scrolls sideways or cuts text off. */
export async function expectToReflow(page: Page, where: string): Promise<void> {
	const { scrollWidth, clientWidth, widest, clipped } = await page.evaluate(findReflowProblems);
	expect
		.soft(scrollWidth, `${where} scrolls sideways: ${scrollWidth}px of content in ${clientWidth}px. Widest: ${widest.join('; ')}`)
		.toBeLessThanOrEqual(clientWidth);
	expect.soft(clipped, `${where}: text cut off`).toEqual([]);
}

/** Runs in the page: every running animation, and every element whose transitions or animations last longer than a blink. */
function findMotion(): string[] {
	// Anything at or under 0.01s is an instant change to a reader; the site's reduced-motion rule uses 0.01ms.
	const LIMIT_SECONDS = 0.01;
	const longest = (durations: string) =>
		Math.max(
			0,
			...durations.split(',').map((duration) => {
				const value = parseFloat(duration);
				if (Number.isNaN(value)) return 0;
				return duration.trim().endsWith('ms') ? value / 1000 : value;
			}),
		);
	const describe = (element: Element, pseudo: string | null) =>
		`<${element.tagName.toLowerCase()}${[...element.classList].map((name) => `.${name}`).join('')}>${pseudo ?? ''}`;

	const problems = document.getAnimations().map((animation) => {
		const target = animation.effect instanceof KeyframeEffect ? animation.effect.target : null;
		const name =
			animation instanceof CSSAnimation
				? animation.animationName
				: animation instanceof CSSTransition
					? `transition of ${animation.transitionProperty}`
					: animation.id || 'script animation';
		return `running: ${name}${target ? ` on ${describe(target, null)}` : ''}`;
	});
	for (const element of document.querySelectorAll('*')) {
		for (const pseudo of [null, '::before', '::after']) {
			const style = getComputedStyle(element, pseudo);
			const transition = longest(style.transitionDuration);
			const animation = longest(style.animationDuration);
			if (transition > LIMIT_SECONDS) problems.push(`${describe(element, pseudo)}: transition-duration ${style.transitionDuration}`);
			if (animation > LIMIT_SECONDS) problems.push(`${describe(element, pseudo)}: animation-duration ${style.animationDuration}`);
		}
	}
	// Smooth scrolling moves the whole page on every in-page link, such as "On this page".
	if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') problems.push('<html>: scroll-behavior smooth');
	return problems;
}

/** Every way the page as it is now moves: meant for a page loaded with reduced motion asked for. */
export async function motionOn(page: Page): Promise<string[]> {
	return page.evaluate(findMotion);
}
