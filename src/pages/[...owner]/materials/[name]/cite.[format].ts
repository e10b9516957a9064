import type { APIRoute, GetStaticPaths } from 'astro';
import { citationFileResponse } from '../../../../lib/scholarly/citation-formats';
import { materialCsl } from '../../../../lib/scholarly/csl';
import { getSiteContent } from '../../../../lib/content/site-content';
import { everyMaterial, type MaterialRecord } from '../../../../lib/scholarly/material-record';
import { CITATION_FILE_FORMATS, materialOwnerPath, type CitationFileFormat } from '../../../../lib/urls';

/** /papers/<id>/materials/slides/cite.bib, .ris and .json: a talk material's own reference, as its entry's are beside it. */
export const getStaticPaths = (async () => {
	const site = await getSiteContent();
	return everyMaterial(site, new URL(import.meta.env.SITE)).flatMap((record) =>
		CITATION_FILE_FORMATS.map((format) => ({ params: { owner: materialOwnerPath(record.owner), name: record.name, format }, props: { record } })),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: MaterialRecord }, { format: CitationFileFormat }> = ({ props, params }) =>
	citationFileResponse([materialCsl(props.record)], params.format);
