import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { partialDateSchema } from './partial-date';

/** One of the symposium's key messages. The MDX body explains it. */
export const messageSchema = z.strictObject({
	order: z.number().int().positive().describe('Its number among the key messages: 1 for the first.'),
	title: z.string().min(1).describe('The message as a short heading.'),
	summary: z.string().min(1).describe('The message in one plain sentence.'),
	evidence: z.array(reference('papers')).default([]).describe('Papers that bear on it: papers file names.'),
	reportedIn: reference('commentary').optional().describe('The commentary in which the message was reported.'),
	lastReviewed: partialDateSchema.describe('When an editor last checked the text, as YYYY-MM-DD.'),
});
