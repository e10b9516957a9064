import type { APIRoute, GetStaticPaths } from 'astro';
import { resolve } from 'node:path';
import { collections } from '../../content.config';
import { getSiteContent } from '../../lib/content/site-content';
import { publishedEditorFiles, type PublishedFile } from '../../tooling/web-editor/published';

/** The web editor's files under /admin/, only when site.yaml asks for it (src/tooling/web-editor/published.ts). */
export const getStaticPaths = (async () => {
	const { settings } = await getSiteContent();
	const root = process.cwd();
	const where = { root, contentDir: resolve(root, process.env.CONTENT_DIR ?? 'content'), siteUrl: import.meta.env.SITE };
	return publishedEditorFiles(collections, settings, where).map((file) => ({ params: { file: file.file }, props: file }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<PublishedFile> = ({ props }) => new Response(props.body, { headers: { 'Content-Type': props.type } });
