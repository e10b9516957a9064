import { z } from 'astro/zod';

/** More than this and a one-page guide leaves no room to write, nor a team time to talk. */
const MAX_QUESTIONS = 8;

/**
 * Questions for a team to talk an entry through. Papers, key messages and commentary share this one shape; each entry with
 * questions gets a printable guide at <entry>/discuss/.
 */
export const discussionSchema = z
	.strictObject({
		writtenBy: z
			.string()
			.min(1)
			.describe('Who wrote the questions, as the page should say it after "Written by", e.g. "our editors".')
			.meta({ examples: ['our editors'] }),
		questions: z
			.array(z.string().min(1))
			.min(1)
			.max(MAX_QUESTIONS, { error: `Write at most ${MAX_QUESTIONS} questions, so the team guide prints on one page with room to write.` })
			.describe(`Questions for a team to discuss, at most ${MAX_QUESTIONS}.`)
			.meta({ examples: ['What would your team need to share one record?'] }),
		facilitatorNotes: z
			.string()
			.min(1)
			.optional()
			.describe('Notes for whoever leads the session: what to have ready, where talk tends to go. Printed on the guide.')
			.meta({ examples: ['Bring one anonymised case your team worked on with another service.'] }),
	})
	.optional()
	.describe('Questions to guide discussion in teams, with a printable guide for a 45-minute session.');

export type Discussion = NonNullable<z.infer<typeof discussionSchema>>;
