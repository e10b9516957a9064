// The offline service worker. The build puts `const PRECACHE = { version, files }` above this, so a new build is a
// new worker: it installs the new copy of the site beside the old one and deletes the old one once it takes over.
/* global PRECACHE */
const PREFIX = 'offline-';
const CACHE = `${PREFIX}${PRECACHE.version}`;

self.addEventListener('install', (event) => {
	// 'reload' skips the HTTP cache, so a page kept offline is the page of this build.
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.files.map(([url]) => new Request(url, { cache: 'reload' })))));
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
