import { defineMiddleware } from 'astro:middleware';
import { keepOwnHashes } from './lib/build/page-csp';
import { getSiteContent } from './lib/content/site-content';
import { annotateSynonyms } from './lib/search/synonyms';

/**
 * What every page gets once Astro has rendered it: the search vocabulary written in where
 * it uses a term (src/lib/search/synonyms.ts), so Pagefind can index the built site straight from
 * disk, in parallel, which is faster than handing it each page annotated in memory
 * (src/lib/build/README.md); and a security policy with the hashes of its own inline code only
 * (src/lib/build/page-csp.ts).
 */
export const onRequest = defineMiddleware(async (_, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	const { synonyms } = await getSiteContent();
	return new Response(keepOwnHashes(annotateSynonyms(await response.text(), synonyms)), response);
});
