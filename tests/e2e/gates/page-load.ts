import type { Page, Request } from '@playwright/test';

declare global {
	interface Window {
		cspViolations?: string[];
	}
}

/** Pages that already record CSP violations: the gate's page serves every page a worker checks, and one init script serves them all. */
const recording = new WeakSet<Page>();

/**
 * Starts recording, before the page is opened, what it asks the network for and what its
 * Content-Security-Policy blocks, so that one load of a page serves the security and
 * script-budget gates as well as the others. `stop` ends the recording of requests, for a
 * page that goes on to serve another test.
 */
export async function recordLoad(page: Page) {
	const requests: { url: string; type: string }[] = [];
	const onRequest = (request: Request) => requests.push({ url: request.url(), type: request.resourceType() });
	page.on('request', onRequest);
	if (!recording.has(page)) {
		recording.add(page);
		// Runs in every document the page opens, so each new page starts with an empty list.
		await page.addInitScript(() => {
			const violations: string[] = [];
			window.cspViolations = violations;
			document.addEventListener('securitypolicyviolation', (event) =>
				violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`),
			);
		});
	}
	return {
		/** Every request so far, as "url (type)". */
		requests: () => [...requests],
		/** What the policy has blocked so far. */
		cspViolations: () => page.evaluate(() => window.cspViolations ?? []),
		stop: () => page.off('request', onRequest),
	};
}

/** Every image in the main content, with the attributes and place that decide how it loads. */
export async function imagesOf(page: Page) {
	return page.locator('main img').evaluateAll((images) =>
		images.map((img) => {
			const picture = img.closest('picture');
			const sources = [...(picture?.querySelectorAll('source') ?? [])];
			return {
				src: img.getAttribute('src'),
				alt: img.getAttribute('alt'),
				width: Number(img.getAttribute('width')),
				height: Number(img.getAttribute('height')),
				loading: img.getAttribute('loading'),
				sourceTypes: sources.map((source) => source.type),
				srcsets: [img, ...sources].map((element) => element.getAttribute('srcset') ?? ''),
				top: img.getBoundingClientRect().top + window.scrollY,
			};
		}),
	);
}
