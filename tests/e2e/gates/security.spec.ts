import { createHash } from 'node:crypto';
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

test('each page’s policy allows its own inline scripts and styles and no others', async ({}, testInfo) => {
	const outDir = outDirOf(testInfo);
	for (const path of builtPages(testInfo)) {
		const html = htmlOf(outDir, path);
		const csp = cspOf(html);
		const policyAt = html.search(/<meta http-equiv="content-security-policy"/i);
		// A policy in a <meta> governs what follows it; JSON-LD is data, not code.
		const inline = [...html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi)]
			.filter((match) => match.index > policyAt && !/\bsrc=|type="application\/ld\+json"/.test(match[2]!))
			.map(([, kind, , code]) => `${kind}-src 'sha256-${createHash('sha256').update(code!).digest('base64')}'`);
		const allowed = ['script-src', 'style-src'].flatMap((name) =>
			(csp.get(name) ?? []).filter((source) => source.startsWith("'sha")).map((source) => `${name} ${source}`),
		);
		expect.soft(allowed.toSorted(), `hashes on ${path}`).toEqual([...new Set(inline)].toSorted());
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
