/**
 * npm run edit: the web editor alone, on the working copy, at http://localhost:4322/admin/.
 * It starts in a second; `npm run dev` serves the same editor at /admin/ beside the live
 * preview of the site. Each save is written as a person would write it, checked as
 * `npm run check` checks it, and committed to git.
 * Usage: npm run edit [-- --port 4322] [--content other/content]  (or CONTENT_DIR)
 */
import '../src/lib/build/load-src.ts';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { port: { type: 'string', default: '4322' }, content: { type: 'string' } } });
const contentDir = resolve(root, values.content ?? process.env.CONTENT_DIR ?? 'content');

const { collections } = await import('../src/content.config.ts');
const { localEditor } = await import('../src/tooling/web-editor/serve.ts');
const { ADMIN_PATH } = await import('../src/tooling/web-editor/admin-page.ts');
const handle = localEditor({ root, contentDir, collections });

const server = createServer((request, response) => {
	handle(request, response, () => {
		response.writeHead(302, { location: ADMIN_PATH });
		response.end();
	}).catch((error: unknown) => {
		console.error(error);
		if (!response.headersSent) response.writeHead(500);
		response.end();
	});
});
server.listen(Number(values.port), '127.0.0.1', () => {
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : values.port;
	console.log(`The web editor is at http://localhost:${port}${ADMIN_PATH} (editing ${contentDir}). Stop it with Ctrl+C.`);
});
