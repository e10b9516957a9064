import { defineMiddleware } from 'astro:middleware';
import { keepOwnHashes } from './lib/build/page-csp';

/**
 * What every page gets once Astro has rendered it: a security policy with the hashes of its
 * own inline code only (src/lib/build/page-csp.ts).
 */
export const onRequest = defineMiddleware(async (_, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	return new Response(keepOwnHashes(await response.text()), response);
});
