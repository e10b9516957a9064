import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { symposiumField } from './belongs-to';
import { discussionSchema } from './discussion';
import { webAddressSchema } from './identifiers';
import { partialDateSchema } from './partial-date';
import { publicationFields } from './publication';

/** A comment piece about the symposium or its theme. The MDX body holds the text. */
export const commentarySchema = z
	.strictObject({
		symposium: symposiumField,
		title: z
			.string()
			.min(1)
			.describe('Title of the piece.')
			.meta({ examples: ['What the fixture symposium asked'] }),
		authors: z.array(reference('people')).min(1).describe("People file names of the piece's authors."),
		date: partialDateSchema.describe('Date of the piece, as YYYY-MM-DD where known.'),
		standfirst: z
			.string()
			.min(1)
			.describe('One or two sentences that say what the piece argues.')
			.meta({ examples: ['Partnership is a means, not an end: the symposium asked what it is for.'] }),
		text: z.enum(['full-text', 'summary']).describe("full-text when the body is the piece itself; summary when it is the editors' summary of it."),
		source: z
			.strictObject({
				publication: z.string().min(1).describe('Where it first appeared, e.g. "Community Care".'),
				date: partialDateSchema.describe('Date it appeared there.'),
				url: webAddressSchema.optional().describe('Address of the original.'),
			})
			.optional()
			.describe('Where the piece first appeared, when that was elsewhere.'),
		discussion: discussionSchema,
		relatedPapers: z.array(reference('papers')).default([]).describe('Papers file names.'),
		relatedMessages: z.array(reference('messages')).default([]).describe('Key messages file names.'),
		...publicationFields,
	})
	.describe("A comment piece about the symposium or its question: the piece itself below the fields, or the editors' summary of it.");
