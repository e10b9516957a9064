import type { APIRoute, GetStaticPaths } from 'astro';
import { citationFileResponse } from '../../../lib/scholarly/citation-formats';
import { cslItemOf } from '../../../lib/scholarly/csl';
import { CITATION_FILE_FORMATS, type CitationFileFormat } from '../../../lib/urls';
import { getSiteContent, type Commentary, type Correction, type Paper } from '../../../lib/content/site-content';

/**
 * /papers/<id>/cite.bib, cite.ris and cite.json (CSL-JSON), and the same for each
 * commentary piece and correction: the entry's reference for reference managers.
 */
export const getStaticPaths = (async () => {
	const { papers, commentary, corrections } = await getSiteContent();
	return [...papers, ...commentary, ...corrections].flatMap((entry) =>
		CITATION_FILE_FORMATS.map((format) => ({ params: { collection: entry.collection, id: entry.id, format }, props: { entry } })),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Paper | Commentary | Correction }, { format: CitationFileFormat }> = async ({ props, params, site }) =>
	citationFileResponse([cslItemOf(props.entry, await getSiteContent(), site!)], params.format);
