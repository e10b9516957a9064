import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { doiSchema, issnSchema } from './identifiers';
import { partialDateSchema } from './partial-date';
import { publicationFields } from './publication';

/** A journal special issue, or a proceedings volume, that gathers the papers of one symposium or several. */
export const editionSchema = z
	.strictObject({
		kind: z
			.enum(['special-issue', 'proceedings'])
			.describe("special-issue for an issue of a journal given over to the symposium's papers; proceedings for a volume of them."),
		title: z
			.string()
			.min(1)
			.describe('Its title as published, or a plain description of it while it has none.')
			.meta({ examples: ['Integrated care after hospital: papers from the fixture symposium'] }),
		journal: z
			.strictObject({
				title: z.string().min(1).describe('The journal, or the series of proceedings, e.g. "Health and Social Care in the Community".'),
				issn: issnSchema
					.optional()
					.describe('Its ISSN. Leave out when not known.')
					.meta({ examples: ['1234-5679'] }),
				publisher: z
					.string()
					.min(1)
					.optional()
					.describe('Its publisher. Leave out when not known.')
					.meta({ examples: ['Fixture Press'] }),
			})
			.describe('The journal that carries it, or the series of proceedings it belongs to.'),
		volume: z
			.string()
			.min(1)
			.optional()
			.describe('Volume, once confirmed.')
			.meta({ examples: ['31'] }),
		issue: z
			.string()
			.min(1)
			.optional()
			.describe('Issue, once confirmed.')
			.meta({ examples: ['2'] }),
		date: partialDateSchema.optional().describe('When it was published, as precisely as known: 2031-09 for September 2031.'),
		guestEditors: z
			.union([z.array(reference('people')).min(1), z.literal('not-known')])
			.default('not-known')
			.describe('Its editors as people file names, in the order the record gives them; not-known (the default) until the record shows them.'),
		doi: doiSchema
			.optional()
			.describe("The edition's own DOI, when it has one.")
			.meta({ examples: ['10.5555/fixture.proc.4'] }),
		symposia: z.array(reference('symposia')).min(1).describe('The symposia whose papers it gathers: symposia file names.'),
		status: z
			.enum(['planned', 'in-press', 'published', 'unconfirmed'])
			.describe('planned, in-press or published; unconfirmed while the record does not show which issue or volume it is.'),
		note: z
			.string()
			.min(1)
			.optional()
			.describe('A sentence on what is and is not known about it.')
			.meta({ examples: ["The symposium's papers appear in volume 31, issue 2."] }),
		...publicationFields,
	})
	.describe('A journal special issue or a proceedings volume that gathers the papers of one symposium or several.');
