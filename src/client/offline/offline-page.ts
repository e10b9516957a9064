import { OFFLINE_FILES } from '../../lib/script-addresses';

/**
 * The offline reading page: the only place the service worker is registered, and only when the reader asks.
 * Its status line says what is kept; the buttons keep or remove the copy.
 */

const PREFIX = 'offline-';
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $<HTMLParagraphElement>('offline-status');
const keep = $<HTMLButtonElement>('offline-keep');
const remove = $<HTMLButtonElement>('offline-remove');

const megabytes = (bytes: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(bytes / 1_000_000);

async function isKept(): Promise<boolean> {
	return (await navigator.serviceWorker.getRegistration('/'))?.active != null;
}

function show(kept: boolean, message: string): void {
	keep.hidden = kept;
	remove.hidden = !kept;
	status.textContent = message;
}

/** Resolves once the worker has copied every file and taken over: installing is when it copies them. */
function activated(registration: ServiceWorkerRegistration): Promise<void> {
	return new Promise((resolve, reject) => {
		const worker = registration.installing ?? registration.waiting ?? registration.active!;
		if (worker.state === 'activated') return resolve();
		worker.addEventListener('statechange', () => {
			if (worker.state === 'activated') resolve();
			if (worker.state === 'redundant') reject(new Error('The copy could not be saved.'));
		});
	});
}

keep.addEventListener('click', async () => {
	keep.disabled = true;
	status.textContent = 'Saving the site in this browser…';
	try {
		await activated(await navigator.serviceWorker.register(OFFLINE_FILES.worker, { scope: '/' }));
		show(true, 'Done: this site is kept in this browser for offline reading.');
	} catch {
		show(false, 'Sorry, the site could not be saved for offline reading. Check your connection and try again.');
	}
	keep.disabled = false;
});

remove.addEventListener('click', async () => {
	remove.disabled = true;
	const registration = await navigator.serviceWorker.getRegistration('/');
	await registration?.unregister();
	for (const name of await caches.keys()) if (name.startsWith(PREFIX)) await caches.delete(name);
	show(false, 'Removed: nothing from this site is kept in this browser now.');
	remove.disabled = false;
});

async function start(): Promise<void> {
	$('needs-script').hidden = true;
	const app = $('offline-app');
	app.hidden = false;
	if (!('serviceWorker' in navigator)) {
		status.textContent = 'This browser cannot keep sites for offline reading.';
		return;
	}
	const { bytes } = (await (await fetch(OFFLINE_FILES.precache)).json()) as { bytes: number };
	$('offline-size').textContent = `The copy takes about ${megabytes(bytes)} MB of space in your browser.`;
	show(await isKept(), (await isKept()) ? 'This site is kept in this browser for offline reading.' : 'This site is not kept for offline reading yet.');
}

void start();
