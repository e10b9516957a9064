import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { issnSchema } from './identifiers';
import { partialDateSchema } from './partial-date';
import { recordCheckSchema } from './record-check';
import { DEFAULT_TIME_ZONE } from './publication';

function isTimeZone(name: string): boolean {
	try {
		new Intl.DateTimeFormat('en-GB', { timeZone: name });
		return true;
	} catch {
		return false;
	}
}

/** The special edition of a journal that carries the symposium's papers. */
const specialEditionSchema = z.strictObject({
	journal: z.string().min(1).describe('Journal title, e.g. "Health and Social Care in the Community".'),
	issn: issnSchema
		.optional()
		.describe("The journal's ISSN. Leave out when not known.")
		.meta({ examples: ['1234-5679'] }),
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
	guestEditors: z.array(reference('people')).default([]).describe('Guest editors, once confirmed: people file names.'),
	publisher: z
		.string()
		.min(1)
		.optional()
		.describe('Publisher. Leave out when not known.')
		.meta({ examples: ['Fixture Press'] }),
	status: z
		.enum(['planned', 'in-press', 'published', 'unconfirmed'])
		.describe('planned, in-press or published; unconfirmed while the record does not show which issue it is.'),
	note: z
		.string()
		.min(1)
		.optional()
		.describe('A sentence on what is and is not known about the edition.')
		.meta({ examples: ["The symposium's papers appear in volume 31, issue 2."] }),
});

/** The symposium itself: one entry, content/symposium.yaml. */
export const symposiumSchema = z
	.strictObject({
		title: z
			.string()
			.min(1)
			.describe("The symposium's name, or a plain description of it when no official name is known.")
			.meta({ examples: ['Fixture symposium on integrated care'] }),
		titleSource: z
			.enum(['official', 'editors'])
			.default('editors')
			.describe(
				"official when the record gives the event this title; editors (the default) when the title is the site editors' own description of it, as the About page then says.",
			),
		shortTitle: z
			.string()
			.min(1)
			.max(40)
			.describe('A short name for the site header and browser tabs.')
			.meta({ examples: ['Fixture symposium'] }),
		question: z
			.string()
			.min(1)
			.describe('The question the symposium asked, in one sentence.')
			.meta({ examples: ['What helps health and social care work as one for older people leaving hospital?'] }),
		summary: z
			.string()
			.min(1)
			.describe('A short paragraph introducing the event in plain language.')
			.meta({ examples: ['Over two days, commissioners, practitioners, researchers and carers compared joint approaches to hospital discharge.'] }),
		host: z.strictObject({
			name: z
				.string()
				.min(1)
				.describe('Hosting organisation.')
				.meta({ examples: ['Fixture Institute for Integrated Care'] }),
			parent: z
				.string()
				.min(1)
				.optional()
				.describe('The institution the host belongs to.')
				.meta({ examples: ['Fixture University'] }),
		}),
		held: partialDateSchema.describe('When it took place, as precisely as known: 2006-05 for May 2006.'),
		ends: partialDateSchema.optional().describe('Last day, for a meeting of several days.'),
		timeZone: z
			.string()
			.refine(isTimeZone, { error: 'timeZone must be an IANA time zone name, such as Europe/London.' })
			.default(DEFAULT_TIME_ZONE)
			.describe("Time zone of the programme's times and of embargoes (publishAt), e.g. Europe/London."),
		venue: z
			.string()
			.min(1)
			.optional()
			.describe('Venue. Leave out when not known.')
			.meta({ examples: ['Fixture Hall'] }),
		international: z.boolean().default(false).describe('Whether speakers and delegates came from abroad.'),
		participants: z.array(z.string().min(1)).min(1).describe('Who took part, by group, e.g. "policymakers".'),
		specialEdition: specialEditionSchema,
		reportedIn: reference('commentary').optional().describe('The commentary that reports the event: the source this site relies on.'),
		checkedAgainst: z
			.array(recordCheckSchema)
			.default([])
			.describe("The public records the site's facts were checked against, and what each showed of each entry: named on the About page."),
		repository: z
			.string()
			.regex(/^https:\/\/github\.com\/[\w-]+\/[\w.-]+$/, {
				error: "Write the repository's address on GitHub, e.g. https://github.com/fixture-editors/fixture-symposium, with no final slash.",
			})
			.optional()
			.describe(
				'The GitHub repository the site is built from, e.g. https://github.com/fixture-editors/fixture-symposium. With it, every entry page links to a new issue there, filled in for a reader to report a correction; without it, there is no such link.',
			),
	})
	.describe('The symposium itself, and the special edition that carries its papers: one file for the whole site.');
