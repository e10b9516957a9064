import { z } from 'astro/zod';

/**
 * The years a fact about a person is known for: a post held "in 2006", or from one
 * year to another. The record dates an affiliation; without the date a reader takes
 * a 2006 post for today's.
 */
export interface Period {
	from: number;
	/** Last year, when the fact is known for more than one. */
	to?: number;
}

const PATTERN = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/;
const HINT = 'Write the year it is known for, e.g. 2031, or a range, e.g. 2029-2031.';

/** YAML reads 2006 as a number and 2004-2006 as a string, so both are accepted. */
export const periodSchema = z
	.union([z.string(), z.number().int()])
	.transform((value, ctx): Period => {
		const match = PATTERN.exec(String(value).trim());
		if (!match) {
			ctx.addIssue({ code: 'custom', message: `"${value}" is not a year or a range of years. ${HINT}` });
			return z.NEVER;
		}
		const from = Number(match[1]);
		if (match[2] === undefined) return { from };
		const to = Number(match[2]);
		if (to < from) {
			ctx.addIssue({ code: 'custom', message: `"${value}" ends before it starts. ${HINT}` });
			return z.NEVER;
		}
		return to === from ? { from } : { from, to };
	})
	.meta({ valueType: 'a year, or a range of years', examples: [2031], pattern: [PATTERN.source, HINT] });
