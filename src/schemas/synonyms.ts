import { z } from 'astro/zod';

/** A group of words and phrases that mean the same thing to a reader searching the site. */
export const synonymGroupSchema = z
	.strictObject({
		terms: z
			.array(z.string().min(1))
			.min(2, { error: 'A synonym group needs at least two terms, e.g. [CMHT, community mental health team].' })
			.describe('Words or phrases that a search for any one of them should also find, e.g. [PCT, primary care trust].')
			.meta({ examples: [['PCT', 'primary care trust']] }),
	})
	.describe('A group of words and phrases that mean the same thing to a reader searching the site: a search for any one of them finds pages that use another.');
