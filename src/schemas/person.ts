import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { orcidSchema } from './identifiers';
import { periodSchema } from './period';

/** A letter of any script but Latin: a name with one needs its language to be read aloud. */
const OTHER_SCRIPT = /(?![\p{Script=Latin}])\p{L}/u;

/** A person named in the record: an author, a chair, a guest editor. */
export const personSchema = ({ image }: SchemaContext) =>
	z
		.strictObject({
			name: z.string().min(1).describe('Full name as the person writes it, e.g. "Helen Dickinson".'),
			nameLanguage: z
				.string()
				.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Write a language tag, e.g. zh, ja, ar or el.')
				.optional()
				.describe(
					'The language of name, as a tag (e.g. zh, ar, el), so that screen readers pronounce it. Needed when name is written in a script other than Latin.',
				),
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
		.refine((person) => person.nameLanguage !== undefined || !OTHER_SCRIPT.test(person.name), {
			path: ['nameLanguage'],
			error:
				'This name is written in a script other than Latin, so screen readers need its language. Add nameLanguage: its language tag, e.g. zh for Chinese, ar for Arabic, el for Greek.',
		})
		.refine((person) => person.photo === undefined || person.photoAlt !== undefined, {
			path: ['photoAlt'],
			error: 'This person has a photo but no photoAlt. Add photoAlt: a short description of the photo, e.g. "Jane Doe, smiling, in front of a bookcase".',
		})
		.describe('A person named in the record: an author, a chair, a guest editor. Their page appears once a published entry names them.');
