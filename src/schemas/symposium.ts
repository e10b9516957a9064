import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { partialDateSchema } from './partial-date';
import { recordCheckSchema } from './record-check';
import { publicationFields } from './publication';
import { timeZoneSchema } from './time-zone';

/** One symposium of the series: content/symposia/<name>.yaml. */
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
			.describe('A short name, unique in the series, for lists and browser tabs.')
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
		status: z.enum(['planned', 'held']).describe('planned for a symposium still to come; held once it has taken place.'),
		held: partialDateSchema.describe('When it takes place, or took place, as precisely as known: 2006-05 for May 2006.'),
		ends: partialDateSchema.optional().describe('Last day, for a meeting of several days.'),
		timeZone: timeZoneSchema.describe("Time zone of the programme's times, e.g. Europe/London."),
		venue: z
			.string()
			.min(1)
			.optional()
			.describe('Venue. Leave out when not known.')
			.meta({ examples: ['Fixture Hall'] }),
		international: z.boolean().default(false).describe('Whether speakers and delegates came from abroad.'),
		participants: z.array(z.string().min(1)).min(1).describe('Who took part, by group, e.g. "policymakers".'),
		reportedIn: reference('commentary').optional().describe('The commentary that reports the event: the source this site relies on.'),
		checkedAgainst: z
			.array(recordCheckSchema)
			.default([])
			.describe("The public records the site's facts were checked against, and what each showed of each entry: named on the About page."),
		...publicationFields,
	})
	.describe('One symposium of the series: its key messages, sessions, papers and commentary each name it.');
