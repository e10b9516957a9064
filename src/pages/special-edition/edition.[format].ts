import type { APIRoute, GetStaticPaths } from 'astro';
import { citationFileResponse } from '../../lib/scholarly/citation-formats';
import { cslItemOf } from '../../lib/scholarly/csl';
import { getSiteContent } from '../../lib/content/site-content';

/**
 * /special-edition/edition.bib and .ris: the papers the record confirms as the special
 * edition's contents, and only those (every paper is in /papers/papers.bib). Not written
 * while the record confirms none: an empty file offered for download says nothing true.
 */
export const getStaticPaths = (async () => {
	const { contents } = (await getSiteContent()).edition;
	return contents.length > 0 ? [{ params: { format: 'bib' } }, { params: { format: 'ris' } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute<never, { format: 'bib' | 'ris' }> = async ({ params, site: base }) => {
	const site = await getSiteContent();
	const { contents } = site.edition;
	const about = `The papers the record confirms as the contents of the symposium's special edition of ${site.symposium.specialEdition.journal}: ${contents.length}.`;
	return citationFileResponse(
		contents.map((paper) => cslItemOf(paper, site, base!)),
		params.format,
		about,
	);
};
