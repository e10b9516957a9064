/**
 * The page at /admin/: Decap CMS's script and a link to the configuration, nothing else.
 * It is a page of its own, not one of the site's layouts, so the editor's script never
 * reaches a reading page; search engines are asked not to index it, the sitemap and
 * search index never list it (it is written after both), and it has its own policy.
 */
import type { EditorBackend } from './config';

/** Where the editor lives on the site, and its files under it. */
export const ADMIN_PATH = '/admin/';
export const ADMIN_CONFIG = `${ADMIN_PATH}config.yml`;
export const ADMIN_SCRIPT = `${ADMIN_PATH}decap-cms.js`;
/**
 * The local backend's address: the same origin, so the policy needs no other; with a final
 * slash, as the dev server answers no other address without one (trailingSlash: 'always').
 */
export const LOCAL_API = `${ADMIN_PATH}api/`;

/**
 * As strict as Decap CMS allows: its bundle compiles its configuration's validator with
 * new Function (ajv), so it needs 'unsafe-eval', and its components set inline styles
 * (emotion), so it needs 'unsafe-inline' for styles; no inline script runs. An uploaded
 * picture is held as a blob: address until the entry is saved, and Decap reads it back
 * from there with fetch() to send it, so blob: is allowed to connect. Signed in with
 * GitHub, it talks to GitHub's API and shows pictures from GitHub; the sign-in page itself
 * opens in a window of its own, which this policy does not govern.
 */
export function adminPolicy(backend: EditorBackend): string {
	const github = backend.name === 'github';
	return [
		"default-src 'self'",
		"script-src 'self' 'unsafe-eval'",
		"style-src 'self' 'unsafe-inline'",
		`img-src 'self' data: blob:${github ? ' https://avatars.githubusercontent.com https://raw.githubusercontent.com' : ''}`,
		`connect-src 'self' blob:${github ? ' https://api.github.com' : ''}`,
		"font-src 'self' data:",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	].join('; ');
}

export function adminPage(backend: EditorBackend): string {
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="${adminPolicy(backend)}">
<meta name="referrer" content="same-origin">
<meta name="robots" content="noindex, nofollow">
<title>Edit the site</title>
<link href="${ADMIN_CONFIG}" type="text/yaml" rel="cms-config-url">
</head>
<body>
<script src="${ADMIN_SCRIPT}"></script>
</body>
</html>
`;
}
