import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { timeZoneSchema } from './time-zone';

/** The site as a whole: its name, its clock and its repository. One file, content/site.yaml. */
export const siteSchema = z
	.strictObject({
		title: z
			.string()
			.min(1)
			.max(40)
			.describe("The site's name, for its header and browser tabs: short, as it holds a series of symposia.")
			.meta({ examples: ['Fixture symposia'] }),
		timeZone: timeZoneSchema.describe('The clock embargoes (publishAt) are written on, e.g. Europe/London.'),
		repository: z
			.string()
			.regex(/^https:\/\/github\.com\/[\w-]+\/[\w.-]+$/, {
				error: "Write the repository's address on GitHub, e.g. https://github.com/fixture-editors/fixture-symposium, with no final slash.",
			})
			.optional()
			.describe(
				'The GitHub repository the site is built from, e.g. https://github.com/fixture-editors/fixture-symposium. With it, every entry page links to a new issue there, filled in for a reader to report a correction; without it, there is no such link.',
			),
		oldAddresses: z
			.strictObject({
				programme: reference('symposia').optional().describe('The symposium whose programme /programme/ showed: that address now leads to it.'),
				specialEdition: reference('editions').optional().describe('The edition /special-edition/ showed: that address now leads to it.'),
			})
			.default({})
			.describe(
				'For a site that published one symposium before it held a series: what its first addresses showed, so that links to them still arrive. A new site leaves this out.',
			),
	})
	.describe('The site as a whole: one file for the whole series.');
