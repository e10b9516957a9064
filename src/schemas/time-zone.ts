import { z } from 'astro/zod';
import { DEFAULT_TIME_ZONE } from './publication';

function isTimeZone(name: string): boolean {
	try {
		new Intl.DateTimeFormat('en-GB', { timeZone: name });
		return true;
	} catch {
		return false;
	}
}

/** An IANA time zone name, Europe/London when left out. */
export const timeZoneSchema = z
	.string()
	.refine(isTimeZone, { error: 'timeZone must be an IANA time zone name, such as Europe/London.' })
	.default(DEFAULT_TIME_ZONE);
