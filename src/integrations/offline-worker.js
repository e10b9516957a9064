// The offline service worker. The build puts `const PRECACHE = { version, files }` above this, so a new build is a
// new worker: it installs the new copy of the site beside the old one and deletes the old one once it takes over.
/* global PRECACHE */
const PREFIX = 'offline-';
const CACHE = `${PREFIX}${PRECACHE.version}`;

/** Where each copy notes the content hash of every file it holds, for the next build's worker to compare. */
const HASHES = '/offline/kept-hashes.json';

/** The file hashes of the copies already kept: a file whose hash is unchanged is taken from there, not downloaded again. */
async function keptFiles() {
	const kept = new Map();
	for (const name of await caches.keys()) {
		if (!name.startsWith(PREFIX) || name === CACHE) continue;
		const copy = await caches.open(name);
		const hashes = await copy.match(HASHES);
		if (!hashes) continue;
		for (const [url, hash] of await hashes.json()) kept.set(`${url} ${hash}`, copy);
	}
	return kept;
}

/**
 * Keeps this build's copy of the site. A reader whose copy is from an earlier build downloads only the files that
 * changed: a deploy that changed one paper costs them that paper, not the whole site again. If anything fails, the
 * copy is dropped and the old one stays in use.
 */
async function keepThisBuild() {
	const cache = await caches.open(CACHE);
	try {
		const kept = await keptFiles();
		await Promise.all(
			PRECACHE.files.map(async ([url, hash]) => {
				const earlier = await kept.get(`${url} ${hash}`)?.match(url, { ignoreVary: true });
				// 'reload' skips the HTTP cache, so a page kept offline is the page of this build.
				const response = earlier ?? (await fetch(new Request(url, { cache: 'reload' })));
				if (!response.ok) throw new Error(`${url}: ${response.status}`);
				await cache.put(url, response);
			}),
		);
		await cache.put(HASHES, new Response(JSON.stringify(PRECACHE.files)));
	} catch (error) {
		await caches.delete(CACHE);
		throw error;
	}
}

self.addEventListener('install', (event) => {
	event.waitUntil(keepThisBuild());
	self.skipWaiting();
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((names) => Promise.all(names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name))))
			.then(() => self.clients.claim()),
	);
});

// Pages from the network while there is one, so a reader sees the newest; everything else, whose names change
// with its content, from the copy. Query strings are ignored: the search page reads its query in the browser,
// and Pagefind adds a timestamp to the index it fetches. Vary is ignored too: a server may vary a script by
// Origin, which a module script's request carries and the request that copied it did not.
self.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
	const fromCopy = () => caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true, ignoreVary: true }));
	if (request.mode === 'navigate') {
		event.respondWith(fetch(request).catch(() => fromCopy().then((kept) => kept ?? Response.error())));
	} else {
		event.respondWith(fromCopy().then((kept) => kept ?? fetch(request)));
	}
});
