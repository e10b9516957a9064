import type { APIRoute, GetStaticPaths } from 'astro';
import { citationFileResponse } from '../../lib/scholarly/citation-formats';
import { cslItemOf } from '../../lib/scholarly/csl';
import { describePapers } from '../../lib/content/paper-relations';
import { getSiteContent } from '../../lib/content/site-content';

/** /papers/papers.bib and .ris: every paper on the site, in journal order, whatever its tie to the edition. */
export const getStaticPaths = (() => [{ params: { format: 'bib' } }, { params: { format: 'ris' } }]) satisfies GetStaticPaths;

export const GET: APIRoute<never, { format: 'bib' | 'ris' }> = async ({ params, site: base }) => {
	const site = await getSiteContent();
	const about = `Every paper on this site, ${describePapers(site.papers)}: ${site.papers.length}.`;
	return citationFileResponse(
		site.papers.map((paper) => cslItemOf(paper, site, base!)),
		params.format,
		about,
	);
};
