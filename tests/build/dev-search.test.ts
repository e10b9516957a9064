import { readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildSite, root, SITES } from '../sites';
import { SITE_SECTION } from '../../src/lib/search/sections';

/**
 * The editors' live preview (`npm run dev`) renders pages on request, so it has no
 * HTML to index: it serves the search index of the last build instead, from the build's
 * output folder. This builds the fixture site, starts Astro's dev server on that output,
 * and asks it for the index as the search page would.
 */
vi.setConfig({ testTimeout: 30_000, hookTimeout: 90_000 });

// Inside Vitest, Astro's Vite config aliases the bare 'astro' import to its type
// declarations; the programmatic API is loaded from its file instead.
const { dev } = (await import(/* @vite-ignore */ pathToFileURL(join(root, 'node_modules/astro/dist/core/index.js')).href)) as typeof import('astro');

// Its own build, never another run's leftovers, which could be stale or absent.
const outDir = join(root, 'tests/.output/dev-search');
let server: Awaited<ReturnType<typeof dev>> | undefined;
let base: string;

beforeAll(async () => {
	const { ok, output } = buildSite(SITES.fixtures.contentDir, outDir);
	if (!ok) throw new Error(`Building the fixture site failed:\n${output}`);
	server = await dev({ root, outDir, server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
	base = `http://127.0.0.1:${server.address.port}`;
});

afterAll(async () => {
	await server?.stop();
	rmSync(outDir, { recursive: true, force: true });
});

describe('the dev server serves the last build’s search index', () => {
	it('serves Pagefind’s script as JavaScript', async () => {
		const response = await fetch(`${base}/pagefind/pagefind.js`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
		expect(await response.text()).toBe(readFileSync(join(outDir, 'pagefind', 'pagefind.js'), 'utf8'));
	});

	it('serves the note of when the index was built, for the search page to show', async () => {
		const response = await fetch(`${base}/pagefind/built.json`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^application\/json/);
		const built = (await response.json()) as { builtAt: string; pages: number };
		expect(Date.parse(built.builtAt)).not.toBeNaN();
		expect(built.pages).toBeGreaterThan(0);
	});

	it('serves the index files the script fetches, byte for byte', async () => {
		const entry = (await (await fetch(`${base}${SITE_SECTION}pagefind-entry.json`)).json()) as { languages: Record<string, { hash: string }> };
		const meta = `${SITE_SECTION}pagefind.${entry.languages.en!.hash}.pf_meta`;
		const response = await fetch(`${base}${meta}`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/octet-stream');
		expect(Buffer.from(await response.arrayBuffer())).toEqual(readFileSync(join(outDir, meta)));
	});

	it('serves nothing outside the index, and survives requests for folders and malformed names', async () => {
		for (const path of [
			'/pagefind/../../package.json',
			'/pagefind/..%2f..%2fpackage.json',
			'/pagefind/%2e%2e/%2e%2e/astro.config.mjs',
			'/pagefind/',
			'/pagefind/fragment',
			'/pagefind/fragment/',
			'/pagefind/%E0%A4%A',
			'/pagefind/no-such-file.js',
		]) {
			const { status, body } = await get(path);
			expect(status, path).not.toBe(200);
			expect(body, path).not.toContain('partnerships-symposium');
			expect(body, path).not.toContain('defineConfig');
		}
		// Still up, still serving the index.
		expect((await get('/pagefind/built.json')).status).toBe(200);
	});
});

/** A GET with the path sent exactly as written (fetch would resolve "..", as a browser does). */
function get(path: string): Promise<{ status: number; body: string }> {
	return new Promise((resolve, reject) => {
		const { hostname, port } = new URL(base);
		request({ host: hostname, port, path }, (response) => {
			let body = '';
			response.setEncoding('utf8');
			response.on('data', (chunk: string) => (body += chunk));
			response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
		})
			.on('error', reject)
			.end();
	});
}
