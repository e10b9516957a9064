import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { symposiumField } from './belongs-to';
import { materialsField } from './material';

/** One slot in the symposium programme. */
export const sessionSchema = z
	.strictObject({
		symposium: symposiumField,
		title: z
			.string()
			.min(1)
			.describe('Session title as printed in the programme.')
			.meta({ examples: ['Opening plenary'] }),
		order: z.number().int().nonnegative().describe("Position in its symposium's programme: 1 for the first session."),
		start: z.coerce
			.date()
			.meta({ valueType: 'a date and time with its offset from UTC', examples: ['2031-03-14T09:30:00+00:00'] })
			.optional()
			.describe('Start, as 2031-03-14T09:30:00+00:00. Leave out when not known.'),
		end: z.coerce
			.date()
			.meta({ valueType: 'a date and time with its offset from UTC', examples: ['2031-03-14T11:00:00+00:00'] })
			.optional()
			.describe('End, in the same form as start.'),
		room: z
			.string()
			.min(1)
			.optional()
			.describe('Room or hall. Leave out when not known.')
			.meta({ examples: ['Main hall'] }),
		chair: reference('people').optional().describe('The chair: the file name of a person in content/people, without .yaml.'),
		materials: materialsField,
	})
	.describe('One session of the programme. Add one only from a source you can cite.');
