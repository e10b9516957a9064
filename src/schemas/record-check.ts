import { z } from 'astro/zod';
import { reference } from 'astro:content';

/**
 * The facts about an entry that a public record can show, by the names editors write in
 * `facts`. Each names a field of the entry (src/lib/content/record-checks.ts says which), so a
 * record can only be said to show what the entry itself gives.
 */
export const RECORD_FACTS = ['title', 'authors', 'journal', 'volume', 'issue', 'pages', 'date', 'doi', 'pmid', 'address'] as const;

export type RecordFact = (typeof RECORD_FACTS)[number];

/** One entry as one record showed it: which of its facts, and anything else the record showed about it. */
const recordShowedSchema = z
	.strictObject({
		paper: reference('papers').optional().describe('The paper the record showed: a papers file name. Give this or commentary.'),
		commentary: reference('commentary').optional().describe('The commentary piece the record showed: a commentary file name. Give this or paper.'),
		facts: z
			.array(z.enum(RECORD_FACTS))
			.min(1)
			.describe(`Which of the entry's facts the record showed: any of ${RECORD_FACTS.join(', ')}. Name only what you saw there, and only what the entry gives.`)
			.meta({ examples: [['authors', 'issue', 'pages', 'date']] }),
		also: z
			.string()
			.min(1)
			.optional()
			.describe('Anything else the record showed about it that is not a field of the entry, as a phrase.')
			.meta({ examples: ['its publication type (a review)'] }),
	})
	.refine((item) => (item.paper === undefined) !== (item.commentary === undefined), {
		error: 'Name one entry here: paper: <papers file name> or commentary: <commentary file name>, not both and not neither.',
	});

/** A public record the site's facts were checked against, and what it showed of each entry. */
export const recordCheckSchema = z.strictObject({
	name: z.string().min(1).describe('The record, e.g. "PubMed".'),
	url: z
		.url({ error: 'checkedAgainst url must be a full web address starting with https://.' })
		.optional()
		.describe('Its address, when there is one to give.')
		.meta({ examples: ['https://pubmed.ncbi.nlm.nih.gov/'] }),
	showed: z.array(recordShowedSchema).min(1).describe('Each entry the record was checked for, and what it showed of it.'),
});
