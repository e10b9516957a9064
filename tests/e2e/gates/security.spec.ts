import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtFile, builtPages, outDirOf } from '../built-pages';
import { expect, test } from '../test';

function htmlOf(outDir: string, path: string): string {
	return readFileSync(builtFile(outDir, path), 'utf8');
}

/** The directives of the page's <meta http-equiv="content-security-policy">, by name. */
function cspOf(html: string): Map<string, string[]> {
	const content = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
	if (!content) return new Map();
	return new Map(
		content
			.split(';')
			.map((directive) => directive.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...sources]) => [name!, sources]),
	);
}

test('every page declares a Content-Security-Policy that runs no unvetted script', async ({}, testInfo) => {
	const outDir = outDirOf(testInfo);
	for (const path of builtPages(testInfo)) {
		const html = htmlOf(outDir, path);
		const csp = cspOf(html);
		expect.soft(csp.get('default-src'), `default-src on ${path}`).toEqual(["'self'"]);
		expect.soft(csp.get('object-src'), `object-src on ${path}`).toEqual(["'none'"]);
		expect.soft(csp.get('base-uri'), `base-uri on ${path}`).toEqual(["'self'"]);
		const scripts = csp.get('script-src') ?? [];
		expect.soft(scripts, `script-src on ${path}`).toContain("'self'");
		expect.soft(scripts, `script-src on ${path}`).not.toContain("'unsafe-inline'");
		expect.soft(scripts, `script-src on ${path}`).not.toContain("'unsafe-eval'");
		expect.soft(html, `referrer policy on ${path}`).toContain('<meta name="referrer" content="strict-origin-when-cross-origin">');
	}
});

test('the policy is enforced: the browser blocks nothing the site itself needs', async ({ page }, testInfo) => {
	const violations: string[] = [];
	await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { reportViolation: (text: string) => void }).reportViolation(
				`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`,
			);
		});
	});
	for (const path of builtPages(testInfo)) {
		await page.goto(path);
		await page.waitForLoadState('load');
		expect.soft(violations, `CSP violations on ${path}`).toEqual([]);
		violations.length = 0;
	}
});

test('an injected inline script is refused by the policy', async ({ page, consoleErrors }) => {
	await page.goto('/');
	const ran = await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.__injected = true;';
		document.body.append(script);
		return (window as unknown as { __injected?: boolean }).__injected === true;
	});
	expect(ran).toBe(false);
	// The refusal is logged as an error: that is the expected outcome here, not a fault.
	expect(consoleErrors.join('\n')).toContain('Content Security Policy');
	consoleErrors.length = 0;
});

test('no page requests anything from another origin', async ({ page, baseURL }, testInfo) => {
	const origin = new URL(baseURL!).origin;
	const foreign: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(`${request.url()} from ${page.url()}`);
	});
	for (const path of builtPages(testInfo)) {
		await page.goto(path);
		await page.waitForLoadState('load');
	}
	expect(foreign).toEqual([]);
});

test('static hosts get the security headers in _headers', async ({}, testInfo) => {
	const headers = readFileSync(join(outDirOf(testInfo), '_headers'), 'utf8');
	const rules = headers.split('\n');
	expect(rules[0]).toBe('/*');
	for (const header of [
		'X-Content-Type-Options: nosniff',
		'Referrer-Policy: strict-origin-when-cross-origin',
		"Content-Security-Policy: frame-ancestors 'none'",
		'Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
	]) {
		expect(rules.map((rule) => rule.trim())).toContain(header);
	}
});
