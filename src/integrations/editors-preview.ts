import type { AstroIntegration } from 'astro';

/** Where the dev server shows the editors' guide. */
export const EDITORS_GUIDE_PATH = '/editing/';

/**
 * What `astro dev` (npm run dev) shows editors and no build ever has: entries that are
 * not published yet (src/lib/content/site-content.ts reads import.meta.env.EDITORS_PREVIEW), and
 * the editors' guide at /editing/ (EDITING.md holds the same text). Decided by Astro's
 * command rather than by import.meta.env.DEV, which follows NODE_ENV: a build run with
 * NODE_ENV=development in the shell must still leave drafts out.
 */
export default function editorsPreview(): AstroIntegration {
	return {
		name: 'editors-preview',
		hooks: {
			'astro:config:setup': ({ command, injectRoute, updateConfig }) => {
				const preview = command === 'dev';
				updateConfig({ vite: { define: { 'import.meta.env.EDITORS_PREVIEW': JSON.stringify(preview) } } });
				if (preview) injectRoute({ pattern: EDITORS_GUIDE_PATH, entrypoint: new URL('../dev-pages/editing.astro', import.meta.url) });
			},
		},
	};
}
