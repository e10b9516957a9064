/**
 * Lets Node load the site's TypeScript (src/content.config.ts and the schemas) directly,
 * without Vite, which takes seconds to start: only Astro's virtual module and Vite's
 * extension-less imports need a word of help. Import this first; then import src/ with
 * import(), so the hooks are in place before the first src/ module resolves.
 */
import { registerHooks } from 'node:module';

const src = new URL('../../', import.meta.url).href;
const astroContent = new URL('./astro-content.ts', import.meta.url).href;

registerHooks({
	resolve(specifier, context, nextResolve) {
		if (specifier === 'astro:content') return { url: astroContent, shortCircuit: true };
		const relativeInSrc = /^\.\.?\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier) && context.parentURL?.startsWith(src);
		return nextResolve(relativeInSrc ? `${specifier}.ts` : specifier, context);
	},
});
