import { z } from 'astro/zod';
import { doiSchema, webAddressSchema } from './identifiers';

/** What a talk can leave behind, as ACL Anthology and SciPy Proceedings offer them. */
export const MATERIAL_KINDS = ['slides', 'poster', 'video'] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

/**
 * The files each kind may be, by extension. A video is never a file here: it stays on its
 * host, which streams it to every screen and connection better than a static site can.
 */
export const MATERIAL_FILE_TYPES = {
	slides: ['.pdf'],
	poster: ['.pdf', '.png', '.jpg', '.jpeg'],
	video: [],
} as const satisfies Record<MaterialKind, readonly string[]>;

/** The largest file the check accepts: a reader on a phone downloads it whole. */
export const MATERIAL_MAX_BYTES = 20_000_000;

const extensionOf = (file: string) => /\.[^./]+$/.exec(file)?.[0]?.toLowerCase() ?? '';

/** Slides, a poster or a video from a talk: attached to the paper given in it, or to its session. */
export const materialSchema = z
	.strictObject({
		kind: z.enum(MATERIAL_KINDS).describe('slides (a PDF), poster (a PDF or an image) or video (a link to its page on a video site).'),
		title: z
			.string()
			.min(1)
			.describe('What it is called, as it would be cited.')
			.meta({ examples: ['Slides: shared care records in a fixture pilot'] }),
		licence: z
			.string()
			.min(1)
			.describe('The licence its authors gave it, e.g. "CC BY 4.0", or "All rights reserved" when they gave none.')
			.meta({ examples: ['CC BY 4.0'] }),
		doi: doiSchema
			.optional()
			.describe('Its own DOI, when it has one (e.g. from Zenodo), without prefix.')
			.meta({ examples: ['10.5555/fixture.slides.1'] }),
		file: z
			.string()
			.min(1)
			.optional()
			.describe(`For slides or a poster: the file, next to this entry's file, starting ./ (at most ${MATERIAL_MAX_BYTES / 1_000_000} MB).`)
			.meta({ examples: ['./shared-care-records-slides.pdf'], file: true }),
		url: webAddressSchema
			.optional()
			.describe('For a video: its address on the video site, e.g. https://www.youtube.com/watch?v=… or https://vimeo.com/….')
			.meta({ examples: ['https://vimeo.com/000000001'] }),
	})
	.superRefine((material, context) => {
		const types = MATERIAL_FILE_TYPES[material.kind];
		if (material.kind === 'video') {
			if (material.file)
				context.addIssue({
					code: 'custom',
					path: ['file'],
					message: 'A video is a link, not a file: remove file and give url, its address on the video site.',
				});
			if (!material.url)
				context.addIssue({ code: 'custom', path: ['url'], message: 'A video needs url: its address on the video site, e.g. https://vimeo.com/….' });
			return;
		}
		const what = material.kind === 'slides' ? 'Slides are' : 'A poster is';
		if (material.url) {
			context.addIssue({ code: 'custom', path: ['url'], message: `${what} a file on this site: remove url and give file, e.g. ./${material.kind}.pdf.` });
		}
		if (!material.file) {
			context.addIssue({
				code: 'custom',
				path: ['file'],
				message: `${what} a file on this site: give file, the file next to this entry's, e.g. ./${material.kind}.pdf.`,
			});
		} else if (!(types as readonly string[]).includes(extensionOf(material.file))) {
			context.addIssue({
				code: 'custom',
				path: ['file'],
				message: `found "${material.file}", but ${material.kind} must be ${types.join(', ')}: save it in one of those formats, and name the file for it.`,
			});
		}
	});

export type Material = z.infer<typeof materialSchema>;

/** The field papers and sessions share. */
export const materialsField = z
	.array(materialSchema)
	.default([])
	.describe(
		"Slides, posters and videos from the talk, each with its own citation on the site. Files sit next to this entry's file. Their addresses are named for their kind in this order (slides, slides-2), so add new ones at the end.",
	);
