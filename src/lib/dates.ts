import type { PartialDate } from '../schemas/partial-date';

const pad = (n: number) => String(n).padStart(2, '0');

/** From the least precise to the most. */
const PRECISIONS = ['year', 'month', 'day'] as const;
type Precision = (typeof PRECISIONS)[number];

/** One formatter per precision: a date known to the month is never given a day. */
const BY_PRECISION: Record<Precision, Intl.DateTimeFormat> = {
	year: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', year: 'numeric' }),
	month: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', year: 'numeric', month: 'long' }),
	day: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }),
};

const precisionOf = ({ month, day }: PartialDate): Precision => (month === undefined ? 'year' : day === undefined ? 'month' : 'day');

/** The first moment a partial date can mean, in UTC, for the formatters above. */
const toUtcDate = ({ year, month, day }: PartialDate) => new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));

/** "2006", "September 2006" or "15 June 2006": never more precise than the record. */
export function formatPartialDate(date: PartialDate): string {
	return BY_PRECISION[precisionOf(date)].format(toUtcDate(date));
}

/** The value for a <time datetime> attribute: HTML accepts a year, a month or a day. */
export function partialDateToIso(date: PartialDate): string {
	if (date.month === undefined) return String(date.year).padStart(4, '0');
	const yearMonth = `${date.year}-${pad(date.month)}`;
	return date.day === undefined ? yearMonth : `${yearMonth}-${pad(date.day)}`;
}

/** Orders by what is known; a date known only to the year sorts before its months. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
	return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

/** The days from one date to another, at the precision of the less precise: "14–15 March 2031", "May 2006", or one day when both are the same. */
export function formatDateRange(from: PartialDate, to: PartialDate): string {
	const precision = PRECISIONS[Math.min(...[from, to].map((date) => PRECISIONS.indexOf(precisionOf(date))))]!;
	return BY_PRECISION[precision].formatRange(toUtcDate(from), toUtcDate(to));
}

/** The day an instant falls on, on the given zone's clock. */
export function dayIn(instant: Date, timeZone: string): PartialDate {
	const { year, month, day } = wallClockAt(instant, timeZone);
	return { year, month, day };
}

const WEEKDAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

/** A day of a programme with its weekday, e.g. "Friday 14 March 2031". */
export function formatDay(day: PartialDate): string {
	return WEEKDAY.format(toUtcDate(day));
}

/**
 * A session's times on the symposium's clock, e.g. "09:30–11:00 GMT": the day is its
 * heading's, so it is named only when the session runs into the next.
 */
export function formatTimes(start: Date, end: Date | undefined, timeZone: string): string {
	const clock = { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' } as const;
	if (!end) return new Intl.DateTimeFormat('en-GB', clock).format(start);
	const sameDay = comparePartialDates(dayIn(start, timeZone), dayIn(end, timeZone)) === 0;
	return new Intl.DateTimeFormat('en-GB', sameDay ? clock : { ...clock, day: 'numeric', month: 'long' }).formatRange(start, end);
}

/** A moment on the symposium's clock, e.g. "1 June 2031 at 09:00 BST". */
export function formatMoment(moment: Date, timeZone: string): string {
	return new Intl.DateTimeFormat('en-GB', {
		timeZone,
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		timeZoneName: 'short',
	}).format(moment);
}

/** A time of day on a date, as a wall clock shows it, with no zone of its own. */
export interface WallClock {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second?: number | undefined;
}

const wallClocks = new Map<string, Intl.DateTimeFormat>();

/** What a wall clock in `timeZone` shows at an instant, to the second. */
export function wallClockAt(instant: Date | number, timeZone: string): WallClock & { second: number } {
	let format = wallClocks.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-GB', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric',
		});
		wallClocks.set(timeZone, format);
	}
	const parts = Object.fromEntries(format.formatToParts(instant).map(({ type, value }) => [type, Number(value)]));
	return { year: parts['year']!, month: parts['month']!, day: parts['day']!, hour: parts['hour']!, minute: parts['minute']!, second: parts['second']! };
}

/** How far a zone's clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
	const { year, month, day, hour, minute, second } = wallClockAt(instant, timeZone);
	return Date.UTC(year, month - 1, day, hour, minute, second) - Math.floor(instant / 1000) * 1000;
}

/** The instant at which a wall clock in `timeZone` shows `local`. */
export function instantIn(local: WallClock, timeZone: string): Date {
	const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second ?? 0);
	// The zone's offset is asked at a first guess and again at the answer, which settles
	// it on either side of a change of the clocks.
	const guess = wall - offsetAt(wall, timeZone);
	return new Date(wall - offsetAt(guess, timeZone));
}
