import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { orcidSchema } from './identifiers';
import { periodSchema } from './period';

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
				.array(
					z.strictObject({
						name: z.string().min(1).describe('The organisation, e.g. "Fixture Institute, Fixture University".'),
						when: periodSchema.describe('The year (2031) or years (2029-2031) the record shows this affiliation for.'),
					}),
				)
				.default([])
				.describe("Organisations the record links the person to, each with the years it shows. Never today's post unless the record says so."),
			roles: z
				.array(
					z.strictObject({
						title: z.string().min(1).describe('The post, e.g. "Senior lecturer, Fixture Institute".'),
						when: periodSchema.describe('The year (2031) or years (2029-2031) the record shows this post for.'),
					}),
				)
				.default([])
				.describe('Posts the record shows the person holding, each with its years.'),
			orcid: orcidSchema.optional().describe('ORCID iD, e.g. 0000-0002-1825-0097. Checked against its checksum.'),
			bio: z
				.string()
				.min(1)
				.optional()
				.describe('One or two sentences, only what the record shows.')
				.meta({ examples: ['Senior lecturer in integrated care at the Fixture Institute in 2031.'] }),
			photo: image()
				.optional()
				.describe('Path to a portrait next to this file; needs photoAlt.')
				.meta({ examples: ['./jane-doe.jpg'] }),
			photoAlt: z
				.string()
				.min(1)
				.optional()
				.describe('What the photo shows, for people who cannot see it.')
				.meta({ examples: ['Jane Doe, smiling, in front of a bookcase'] }),
		})
		.refine((person) => person.photo === undefined || person.photoAlt !== undefined, {
			path: ['photoAlt'],
			error: 'This person has a photo but no photoAlt. Add photoAlt: a short description of the photo, e.g. "Jane Doe, smiling, in front of a bookcase".',
		})
		.describe('A person named in the record: an author, a chair, a guest editor. Their page appears once a published entry names them.');
