import { z } from 'astro/zod';

/**
 * A date known to the year, the month or the day. The record often gives only
 * "2006" or "September 2006"; a full date would invent precision we do not have.
 */
export interface PartialDate {
	year: number;
	month?: number;
	day?: number;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const HINT = 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD (for example 2006, 2006-09 or 2006-06-15).';

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses "2006", "2006-09" or "2006-06-15"; returns a reason when it cannot. */
export function parsePartialDate(text: string): PartialDate | string {
	const match = PATTERN.exec(text.trim());
	if (!match) return `"${text}" is not a date. ${HINT}`;
	const [, y, m, d] = match;
	const date: PartialDate = { year: Number(y) };
	if (m === undefined) return date;
	date.month = Number(m);
	if (date.month < 1 || date.month > 12) return `"${text}" has no month ${m}. ${HINT}`;
	if (d === undefined) return date;
	date.day = Number(d);
	if (date.day < 1 || date.day > daysInMonth(date.year, date.month)) {
		return `"${text}" has no day ${d} in that month. ${HINT}`;
	}
	return date;
}

/**
 * YAML turns an unquoted 2006-06-15 into a Date and 2006 into a number, so the
 * schema takes all three shapes and settles on one.
 */
export const partialDateSchema = z
	.union([z.string(), z.number().int(), z.date()])
	.transform((value, ctx): PartialDate => {
		if (value instanceof Date) {
			return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
		}
		const parsed = parsePartialDate(String(value));
		if (typeof parsed === 'string') {
			ctx.addIssue({ code: 'custom', message: parsed });
			return z.NEVER;
		}
		return parsed;
	})
	// For the editors' guide and the scaffolder: what to write, in words.
	.meta({ valueType: 'a date: YYYY, YYYY-MM or YYYY-MM-DD', examples: ['2031-04'], pattern: [PATTERN.source, HINT] });
