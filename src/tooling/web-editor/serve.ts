/**
 * Serves the web editor on a working copy: the page, its configuration (made from the
 * schemas on every request, so it is never behind them), Decap CMS's files, and the local
 * backend. As a connect-style handler, so `npm run dev` mounts it in Astro's dev server
 * and `npm run edit` in a server of its own.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, relative, sep } from 'node:path';
import { stringify } from 'yaml';
import { ADMIN_CONFIG, ADMIN_PATH, adminPage, LOCAL_API } from './admin-page';
import { editorConfig, type EditorBackend } from './config';
import { DECAP_DIST, decapFiles } from './decap-files';
import { extensionsInUse } from './extensions-in-use';
import { localRepository, repositoryOf, type LocalRepositoryOptions } from './local-repository';

export interface LocalEditorOptions extends LocalRepositoryOptions {
	/** Whether the same server shows the site's pages (the dev server), so the editor can link a saved entry to its page there. */
	previewHere?: boolean;
}

function readBody(request: IncomingMessage): Promise<string> {
	return new Promise((done, fail) => {
		const parts: Buffer[] = [];
		request.on('data', (part: Buffer) => parts.push(part));
		request.on('end', () => done(Buffer.concat(parts).toString('utf8')));
		request.on('error', fail);
	});
}

/** The page, its configuration and the content change as editors work; Decap's files change only with its version. */
function send(response: ServerResponse, status: number, type: string, body: string | Buffer, cache = 'no-store'): void {
	response.writeHead(status, { 'content-type': type, 'cache-control': cache, 'x-robots-tag': 'noindex' });
	response.end(body);
}

export function localEditor(options: LocalEditorOptions) {
	const answer = localRepository(options);
	const contentPath = relative(repositoryOf(options.contentDir), options.contentDir).split(sep).join('/');
	const backend: EditorBackend = { name: 'proxy', proxy_url: LOCAL_API, branch: 'main' };
	const files = new Map(decapFiles().map(({ file, type }) => [file, type]));

	/** Answers what is the editor's, and hands anything else to `next`. */
	return async function handle(request: IncomingMessage, response: ServerResponse, next: () => void): Promise<void> {
		const path = new URL(request.url ?? '/', 'http://localhost').pathname;
		if (!path.startsWith(ADMIN_PATH) && path !== ADMIN_PATH.slice(0, -1)) return next();
		if (path === ADMIN_PATH.slice(0, -1)) {
			response.writeHead(301, { location: ADMIN_PATH });
			return void response.end();
		}
		if (path === ADMIN_PATH) return send(response, 200, 'text/html; charset=utf-8', adminPage(backend));
		if (path === ADMIN_CONFIG) {
			const siteUrl = options.previewHere ? `http://${request.headers.host}` : undefined;
			const config = editorConfig(options.collections, { contentPath, backend, siteUrl, extensionsInUse: extensionsInUse(options.contentDir) });
			return send(response, 200, 'text/yaml; charset=utf-8', stringify(config));
		}
		if (path === LOCAL_API && request.method === 'POST') {
			const { status, json } = await answer(JSON.parse(await readBody(request)) as { action?: string });
			return send(response, status, 'application/json; charset=utf-8', JSON.stringify(json));
		}
		const decap = files.get(path.slice(ADMIN_PATH.length));
		if (decap) return send(response, 200, decap, readFileSync(join(DECAP_DIST, path.slice(ADMIN_PATH.length))), 'max-age=3600');
		return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
	};
}
