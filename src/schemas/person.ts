import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { orcidSchema } from './identifiers';

/** A person named in the record: an author, a chair, a guest editor. */
export const personSchema = ({ image }: SchemaContext) =>
	z
		.strictObject({
			name: z.string().min(1).describe('Full name as the person writes it, e.g. "Helen Dickinson".'),
			familyName: z
				.string()
				.min(1)
				.optional()
				.describe('Family name for sorting and citation. Defaults to the last word of name; set it when that is wrong (e.g. "Ó Súilleabháin").'),
			affiliations: z
				.array(z.string().min(1))
				.default([])
				.describe('Organisations, as at the time of the work, e.g. "Health Services Management Centre, University of Birmingham".'),
			role: z.string().min(1).optional().describe('Position held at the time of the work, e.g. "Senior lecturer".'),
			orcid: orcidSchema.optional().describe('ORCID iD, e.g. 0000-0002-1825-0097. Checked against its checksum.'),
			bio: z.string().min(1).optional().describe('One or two sentences, only what the record shows.'),
			photo: image().optional().describe('Path to a portrait next to this file; needs photoAlt.'),
			photoAlt: z.string().min(1).optional().describe('What the photo shows, for people who cannot see it.'),
		})
		.refine((person) => person.photo === undefined || person.photoAlt !== undefined, {
			path: ['photoAlt'],
			error: 'This person has a photo but no photoAlt. Add photoAlt: a short description of the photo, e.g. "Helen Dickinson, smiling, in front of a bookcase".',
		});
