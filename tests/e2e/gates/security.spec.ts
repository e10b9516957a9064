import { readFileSync } from 'node:fs';
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
