import type { APIRoute, GetStaticPaths } from 'astro';
import { citationFileResponse } from '../../../lib/scholarly/citation-formats';
import { cslItemOf } from '../../../lib/scholarly/csl';
import { getSiteContent, type Edition } from '../../../lib/content/site-content';

/**
 * /editions/<id>/edition.bib and .ris: the papers the record confirms as the edition's
 * contents, and only those (every paper is in /papers/papers.bib). Not written while the
 * record confirms none: an empty file offered for download says nothing true.
 */
export const getStaticPaths = (async () => {
	const site = await getSiteContent();
	return site.editions
		.filter((edition) => site.contentsOf(edition).contents.length > 0)
		.flatMap((edition) => (['bib', 'ris'] as const).map((format) => ({ params: { id: edition.id, format }, props: { edition } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ edition: Edition }, { format: 'bib' | 'ris' }> = async ({ params, props, site: base }) => {
	const site = await getSiteContent();
	const { contents } = site.contentsOf(props.edition);
	const about = `The papers the record confirms as the contents of ${props.edition.data.title}: ${contents.length}.`;
	return citationFileResponse(
		contents.map((paper) => cslItemOf(paper, site, base!)),
		params.format,
		about,
	);
};
