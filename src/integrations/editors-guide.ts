import type { AstroIntegration } from 'astro';

/** Where the dev server shows the editors' guide. */
export const EDITORS_GUIDE_PATH = '/editing/';

/**
 * The editors' guide as a page of the dev server only: injected when Astro runs
 * `astro dev`, so no build ever has it. EDITING.md holds the same text for reading
 * without a server.
 */
export default function editorsGuide(): AstroIntegration {
	return {
		name: 'editors-guide',
		hooks: {
			'astro:config:setup': ({ command, injectRoute }) => {
				if (command !== 'dev') return;
				injectRoute({ pattern: EDITORS_GUIDE_PATH, entrypoint: new URL('../dev-pages/editing.astro', import.meta.url) });
			},
		},
	};
}
