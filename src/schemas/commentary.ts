import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { symposiumField } from './belongs-to';
import { discussionSchema } from './discussion';
import { webAddressSchema } from './identifiers';
import { partialDateSchema } from './partial-date';
import { publicationFields } from './publication';

/** What a commentary piece says of the entry it answers: the words its page and the target's use are in src/lib/labels.ts. */
export const RESPONSE_KINDS = ['review', 'response', 'comment'] as const;

/**
 * The one entry a piece answers, and how. Astro's reference() names one collection, so the
 * target is a paper or a commentary piece under its own key: the content check then names
 * the field (respondsTo.paper) and suggests a file name from the right folder.
 */
const respondsToSchema = z
	.strictObject({
		kind: z
			.enum(RESPONSE_KINDS)
			.describe('review when the piece assesses the work as a whole; response when it answers its argument; comment when it remarks on part of it.'),
		paper: reference('papers').optional().describe('The paper it answers: a papers file name. Give this or commentary.'),
		commentary: reference('commentary').optional().describe('The commentary piece it answers: a commentary file name. Give this or paper.'),
	})
	.refine((answer) => (answer.paper === undefined) !== (answer.commentary === undefined), {
		error: 'Name the one entry this piece answers: paper: <papers file name> or commentary: <commentary file name>, not both and not neither.',
	});

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
		respondsTo: respondsToSchema
			.optional()
			.describe(
				'The paper or commentary piece this one answers, and how: its page then reads "A review of", "A response to" or "A comment on" the target, and the target\'s page lists it under Responses. Leave out for a piece that answers no one entry.',
			),
		...publicationFields,
	})
	.describe("A comment piece about the symposium or its question: the piece itself below the fields, or the editors' summary of it.");
