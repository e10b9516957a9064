import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOfflineFiles } from '../../src/integrations/offline';

/**
 * The offline service worker (src/integrations/offline-worker.js) installing one build's copy after another, with
 * the browser's caches and network played by maps: what a reader downloads when a new build comes out.
 */
const source = readFileSync(new URL('../../src/integrations/offline-worker.js', import.meta.url), 'utf8');

const key = (request: string | { url: string }) => (typeof request === 'string' ? request : request.url);

class FakeCache {
	entries = new Map<string, Response>();
	async match(request: string | { url: string }) {
		return this.entries.get(key(request))?.clone();
	}
	async put(request: string | { url: string }, response: Response) {
		this.entries.set(key(request), response);
	}
}

class FakeRequest {
	constructor(
		readonly url: string,
		readonly init?: RequestInit,
	) {}
}

function browser() {
	const stores = new Map<string, FakeCache>();
	const caches = {
		keys: async () => [...stores.keys()],
		open: async (name: string) => stores.get(name) ?? stores.set(name, new FakeCache()).get(name)!,
		delete: async (name: string) => stores.delete(name),
	};
	const network = { asked: [] as string[], status: 200, build: '' };
	const fetch = async (request: FakeRequest) => {
		network.asked.push(request.url);
		return new Response(`${request.url} of build ${network.build}`, { status: network.status });
	};
	/** Runs a build's worker up to the end of its install, as the browser would on finding a new sw.js. */
	async function install(version: string, files: [string, string][]) {
		network.build = version;
		const handlers: Record<string, (event: unknown) => void> = {};
		const self = { addEventListener: (type: string, handler: (event: unknown) => void) => (handlers[type] = handler), skipWaiting: () => undefined };
		new Function('self', 'caches', 'fetch', 'Request', 'Response', 'PRECACHE', source)(self, caches, fetch, FakeRequest, Response, { version, files });
		let installed: Promise<unknown> = Promise.resolve();
		handlers['install']!({ waitUntil: (promise: Promise<unknown>) => (installed = promise) });
		await installed;
	}
	const text = async (cache: string, url: string) => (await (await caches.open(cache)).match(url))?.text();
	return { stores, network, install, text };
}

describe('the offline worker', () => {
	it('downloads every file for a first copy, then only the files a new build changed', async () => {
		const { network, install, text } = browser();
		await install('a', [
			['/papers/one/', 'h1'],
			['/papers/two/', 'h2'],
		]);
		expect(network.asked.toSorted()).toEqual(['/papers/one/', '/papers/two/']);

		network.asked.length = 0;
		await install('b', [
			['/papers/one/', 'h1'],
			['/papers/two/', 'h2-changed'],
			['/papers/three/', 'h3'],
		]);
		expect(network.asked.toSorted()).toEqual(['/papers/three/', '/papers/two/']);
		// The unchanged page comes from the earlier copy, whole; the changed one from this build.
		expect(await text('offline-b', '/papers/one/')).toBe('/papers/one/ of build a');
		expect(await text('offline-b', '/papers/two/')).toBe('/papers/two/ of build b');
		expect(await text('offline-b', '/papers/three/')).toBe('/papers/three/ of build b');
	});

	it('drops a copy it could not finish, and keeps the one in use', async () => {
		const { stores, network, install, text } = browser();
		await install('a', [['/papers/one/', 'h1']]);
		network.status = 503;
		await expect(install('b', [['/papers/one/', 'h1-changed']])).rejects.toThrow('/papers/one/: 503');
		expect([...stores.keys()]).toEqual(['offline-a']);
		expect(await text('offline-a', '/papers/one/')).toBe('/papers/one/ of build a');
	});
});

describe('the list of files to keep', () => {
	it('is the same for two builds of the same site, so readers download nothing when nothing changed', async () => {
		const site = mkdtempSync(join(tmpdir(), 'offline-'));
		mkdirSync(join(site, 'pagefind'), { recursive: true });
		mkdirSync(join(site, 'offline'), { recursive: true });
		writeFileSync(join(site, 'index.html'), '<p>Home</p>');
		writeFileSync(join(site, 'pagefind', 'pagefind.js'), 'search');
		// The index's note of when it was built differs between any two builds.
		writeFileSync(join(site, 'pagefind', 'built.json'), '{"builtAt":"2026-11-26T10:00:00Z"}');
		const first = await writeOfflineFiles(site);
		writeFileSync(join(site, 'pagefind', 'built.json'), '{"builtAt":"2026-11-27T10:00:00Z"}');
		const second = await writeOfflineFiles(site);
		expect(second.files.map(([url]) => url)).toEqual(['/', '/pagefind/pagefind.js']);
		expect(second.version).toBe(first.version);
	});
});
