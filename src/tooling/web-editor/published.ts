/**
 * The web editor on the published site, when site.yaml's `editor` asks for it: the page,
 * its configuration and Decap CMS's files under /admin/. Editors sign in with GitHub
 * through the sign-in service `editor.signIn` names, and each entry they save becomes a
 * branch and a pull request (Decap's editorial workflow), so the pull-request check and
 * its preview run before anything is published.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { stringify } from 'yaml';
import { adminPage } from './admin-page';
import { editorConfig, type EditorBackend } from './config';
import { DECAP_DIST, decapFiles } from './decap-files';
import { extensionsInUse } from './extensions-in-use';

export interface PublishedEditorSettings {
	editor?: { signIn: string; branch: string } | undefined;
	/** The site's repository on GitHub: https://github.com/owner/name. */
	repository?: string | undefined;
}

export type PublishedFile = {
	/** Under /admin/: "index.html", "config.yml", "decap-cms.js", … */
	file: string;
	type: string;
	body: string | Uint8Array<ArrayBuffer>;
};

/** Everything /admin/ holds on the published site; nothing when site.yaml does not ask for the editor. */
export function publishedEditorFiles(
	collections: Readonly<Record<string, { schema?: unknown }>>,
	settings: PublishedEditorSettings,
	where: { root: string; contentDir: string; siteUrl: string },
): PublishedFile[] {
	const { editor, repository } = settings;
	if (!editor) return [];
	if (!repository) {
		throw new Error(
			'site.yaml asks for the web editor (editor:), but the site has no GitHub repository for it to save to. Add repository: https://github.com/owner/name to site.yaml, or build with SITE_REPOSITORY set.',
		);
	}
	// The sign-in service's address, and its path where it has one other than Decap's /auth.
	const { origin, pathname } = new URL(editor.signIn);
	const backend: EditorBackend = {
		name: 'github',
		repo: new URL(repository).pathname.slice(1),
		branch: editor.branch,
		base_url: origin,
		auth_endpoint: pathname === '/' ? 'auth' : pathname.slice(1),
	};
	const contentPath = relative(where.root, where.contentDir).split(sep).join('/');
	const config = editorConfig(collections, { contentPath, backend, siteUrl: where.siteUrl, extensionsInUse: extensionsInUse(where.contentDir) });
	return [
		{ file: 'index.html', type: 'text/html; charset=utf-8', body: adminPage(backend) },
		{ file: 'config.yml', type: 'text/yaml; charset=utf-8', body: stringify(config) },
		...decapFiles().map(({ file, type }) => ({ file, type, body: new Uint8Array(readFileSync(join(DECAP_DIST, file))) })),
	];
}
