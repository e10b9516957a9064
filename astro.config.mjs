// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import publicAddressCheck, { publicAddress } from './src/integrations/public-address';
import sitemap from '@astrojs/sitemap';
import { lastModifiedFromGit } from './src/integrations/lastmod';
import editorsPreview from './src/integrations/editors-preview';
import webEditor from './src/integrations/web-editor';
import searchIndex from './src/integrations/search-index';
import finishSite from './src/integrations/finish-site';
import { OLD_ADDRESSES } from './src/lib/urls';

const contentDir = process.env.CONTENT_DIR;
/** @type {ReadonlySet<string>} The old addresses (src/lib/urls.ts), which only send readers on. */
const MOVED = new Set(Object.values(OLD_ADDRESSES));
const lastModified = lastModifiedFromGit(contentDir ?? 'content');

export default defineConfig({
	// The public address, for canonical links. Set SITE_URL when deploying; without it the
	// build warns (src/integrations/public-address.ts).
	site: publicAddress(),
	trailingSlash: 'always',
	// A build from another content folder (the tests' fixtures) keeps its own content
	// cache, so entries from one folder never leak into a build of the other.
	cacheDir: `./node_modules/.astro/${contentDir ? `content-${contentDir.replace(/[^\w]+/g, '-')}` : ''}`,
	// Astro 7's default ('jsx') drops the space between a word and an element that
	// opens the next source line ("see<a>About</a>"); true removes only what is safe.
	compressHTML: true,
	// Astro writes each page before it renders the next by default, so a slow disk left the
	// thread idle: eight pages in flight made a cold build of 1,000 papers 2 to 3 s faster
	// (about 21 s to 18.6 s), at the same peak memory; sixteen were no faster.
	build: { concurrency: 8 },
	// Astro hashes every script and style it emits into a <meta> Content-Security-Policy,
	// so nothing inline runs unless the build put it there.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
		},
	},
	// Entries' text is rendered by src/prose/render.ts, which leaves code as it is: Shiki's
	// inline colours would need the CSP to allow inline styles.
	markdown: { syntaxHighlight: false },
	integrations: [
		// MDX is the format of entries' text; the content loader renders it (src/prose/render.ts).
		mdx(),
		searchIndex(),
		finishSite(),
		sitemap({
			// An old address only sends readers on: its new page is listed instead.
			filter: (page) => !MOVED.has(new URL(page).pathname),
			// lastmod only where git knows when the page's content changed: never the build's own date.
			serialize(item) {
				const lastmod = lastModified(new URL(item.url).pathname);
				return lastmod ? { ...item, lastmod } : item;
			},
		}),
		publicAddressCheck(),
		editorsPreview(),
		webEditor(),
	],
});
