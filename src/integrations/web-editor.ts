import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { localEditor } from '../tooling/web-editor/serve';

/**
 * The web editor at /admin/ in `npm run dev`, on the working copy, beside the live preview
 * of what it saves (src/tooling/web-editor/serve.ts). Its modules are loaded through the
 * dev server, which knows the schemas' astro:content, and only on the first request for
 * /admin/. The published site has /admin/ only when site.yaml asks (src/pages/admin/).
 */
export default function webEditor(): AstroIntegration {
	return {
		name: 'web-editor',
		hooks: {
			'astro:server:setup': ({ server }) => {
				let handler: Promise<ReturnType<typeof localEditor>> | undefined;
				const load = async () => {
					const root = fileURLToPath(new URL('../../', import.meta.url));
					const [{ localEditor }, { collections }] = await Promise.all([
						server.ssrLoadModule('/src/tooling/web-editor/serve.ts') as Promise<typeof import('../tooling/web-editor/serve')>,
						server.ssrLoadModule('/src/content.config.ts') as Promise<typeof import('../content.config')>,
					]);
					return localEditor({ root, contentDir: resolve(root, process.env.CONTENT_DIR ?? 'content'), collections, previewHere: true });
				};
				server.middlewares.use((request, response, next) => {
					if (!request.url?.startsWith('/admin')) return next();
					handler ??= load();
					handler.then((handle) => handle(request, response, next)).catch(next);
				});
			},
		},
	};
}
