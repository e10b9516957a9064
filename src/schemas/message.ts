import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { symposiumField } from './belongs-to';
import { discussionSchema } from './discussion';
import { partialDateSchema } from './partial-date';
import { publicationFields } from './publication';

/**
 * A paper linked to a key message. Nothing ties a paper to a message unless a source
 * does, so each link says whose reading it is: the site's editors' (the default) or
 * a named source's.
 */
const evidenceLinkSchema = z
	.strictObject({
		paper: reference('papers').describe('The paper: a papers file name.'),
		by: z.enum(['editors', 'source']).default('editors').describe("editors when the site's editors chose the link; source when a published source makes it."),
		source: z.string().min(1).optional().describe('With by: source, the source that links them, e.g. "Fixture Weekly, 2 April 2031".'),
	})
	.refine((link) => link.by === 'editors' || link.source !== undefined, {
		path: ['source'],
		error:
			"This link says by: source but names no source. Add source: the publication that links the paper to the message, or remove by: source if the site's editors chose it.",
	});

/** One of the symposium's key messages. The MDX body explains it. */
export const messageSchema = z
	.strictObject({
		symposium: symposiumField,
		order: z
			.number()
			.int()
			.positive()
			.describe(
				"Where it comes among its symposium's key messages: 1 for the first. The site numbers the published ones 1, 2, 3 in this order, so one held back leaves no gap.",
			),
		title: z
			.string()
			.min(1)
			.describe('The message as a short heading.')
			.meta({ examples: ['Share the record, not just the building'] }),
		summary: z
			.string()
			.min(1)
			.describe('The message in one plain sentence.')
			.meta({ examples: ["Staff who could read one another's notes made fewer repeat visits."] }),
		plainSummary: z
			.string()
			.min(1)
			.describe(
				"The message in plain language for people who use services and their carers, written by the site's editors: short sentences, everyday words (the check asks for a Flesch reading ease of 60 or more).",
			)
			.meta({ examples: ['When staff can read the same notes, you only tell your story once.'] }),
		evidence: z.array(evidenceLinkSchema).default([]).describe('Papers linked to the message, each saying whose link it is.'),
		reportedIn: reference('commentary').optional().describe('The commentary in which the message was reported.'),
		discussion: discussionSchema,
		lastReviewed: partialDateSchema.describe('When an editor last checked the text, as YYYY-MM-DD.'),
		...publicationFields,
	})
	.describe("One of the symposium's key messages, explained in the text below the fields.");
