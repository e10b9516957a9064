import { z } from 'astro/zod';

/** The site's clock (timeZone in site.yaml) when it names none; embargoes are written on it. */
export const DEFAULT_TIME_ZONE = 'Europe/London';

/** A moment written as a clock on the wall shows it, in the symposium's time zone. */
export interface LocalDateTime {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
}

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/;
const HINT = "Write it as 2031-06-01, or 2031-06-01 09:00 for a time of day, without a time zone: the site's (timeZone in site.yaml) applies.";

/**
 * YAML reads an unquoted 2031-06-01 (and 2031-06-01T09:00:00) as a moment in UTC; its
 * UTC clock is what the editor wrote, so that is read back as the wall-clock time.
 */
const localDateTimeSchema = z
	.union([z.string(), z.date()])
	.transform((value, ctx): LocalDateTime => {
		if (value instanceof Date) {
			const [year, month, day, hour, minute] = [
				value.getUTCFullYear(),
				value.getUTCMonth() + 1,
				value.getUTCDate(),
				value.getUTCHours(),
				value.getUTCMinutes(),
			];
			return { year, month, day, hour, minute };
		}
		const match = PATTERN.exec(value.trim());
		const [year, month, day, hour, minute] = (match?.slice(1) ?? []).map((part) => Number(part ?? 0));
		const date = match && new Date(Date.UTC(year!, month! - 1, day!, hour, minute));
		if (!date || date.getUTCDate() !== day || date.getUTCMonth() !== month! - 1 || hour! > 23 || minute! > 59) {
			ctx.addIssue({ code: 'custom', message: `"${value}" is not a date and time. ${HINT}` });
			return z.NEVER;
		}
		return { year: year!, month: month!, day: day!, hour: hour!, minute: minute! };
	})
	.meta({ valueType: 'a date, or a date and time: YYYY-MM-DD or YYYY-MM-DD HH:MM', examples: ['2031-06-01 09:00'] });

/**
 * The fields that keep an entry off the built site until it is ready: spread into the
 * schema of each collection whose entries have pages of their own.
 */
export const publicationFields = {
	draft: z
		.boolean()
		.default(false)
		.describe('true while the entry is being written: npm run dev shows it with a Draft badge, and the built site leaves it out. Remove the line to publish.'),
	publishAt: localDateTimeSchema
		.optional()
		.describe(
			"When the entry may appear, e.g. 2031-06-01 09:00, in the site's time zone (timeZone in site.yaml). Until then the built site leaves it out; the first build after that time includes it.",
		),
};
