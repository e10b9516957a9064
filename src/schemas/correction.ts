import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { doiSchema } from './identifiers';
import { partialDateSchema } from './partial-date';
import { publicationFields } from './publication';

/**
 * A correction or erratum to a paper: an entry of its own, with its own date and page,
 * which the paper's page, feed, data and citation files point to. The MDX body says what
 * changed. There is no retraction: withdrawing a paper changes far more than a notice.
 */
export const correctionSchema = z
	.strictObject({
		paper: reference('papers').describe('The paper it corrects: a papers file name.'),
		kind: z
			.enum(['correction', 'erratum'])
			.describe(
				"correction when the paper itself was wrong (the authors' text, figures or data); erratum when the mistake was made in publishing it (typesetting, a dropped line).",
			),
		date: partialDateSchema.describe('When the correction was published, as YYYY-MM-DD where known.').meta({ examples: ['2031-10-03'] }),
		title: z
			.string()
			.min(1)
			.describe('Its title, as the journal published it or, for a correction on this site only, a short one.')
			.meta({ examples: ['Correction to table 2 of the discharge-to-assess evaluation'] }),
		summary: z
			.string()
			.min(1)
			.describe("What was corrected, in one sentence: the paper's page shows it in its notice, and feed readers with the item.")
			.meta({ examples: ['Table 2 gave 241 people assessed at home in Eastvale; the right number is 214.'] }),
		doi: doiSchema
			.optional()
			.describe('The DOI of the correction notice, when the journal published one, without prefix.')
			.meta({ examples: ['10.5555/fixture.0102'] }),
		...publicationFields,
	})
	.describe(
		"A correction or erratum to a paper, published as an entry of its own: the paper's page names it at the top. The text below the fields says what changed.",
	);
