import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { getSiteContent } from '../../../lib/content/site-content';
import { everyMaterial, type MaterialRecord } from '../../../lib/scholarly/material-record';
import { materialOwnerPath } from '../../../lib/urls';

/**
 * /papers/<id>/materials/slides.pdf and /symposia/<symposium>/programme/sessions/<id>/materials/poster.png:
 * each material's file, copied from beside its entry's file to an address of its owner's,
 * so two entries may name their files alike.
 */
export const getStaticPaths = (async () => {
	const site = await getSiteContent();
	return everyMaterial(site, new URL(import.meta.env.SITE)).flatMap((record) =>
		record.file
			? [{ params: { owner: materialOwnerPath(record.owner), name: record.name, ext: record.file.extension.slice(1) }, props: { file: record.file } }]
			: [],
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: NonNullable<MaterialRecord['file']> }> = ({ props }) =>
	new Response(readFileSync(props.file.path), { headers: { 'Content-Type': props.file.type } });
