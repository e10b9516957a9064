import { describe, expect, it } from 'vitest';
import { comparePartialDates, dayIn, formatDateRange, formatDay, formatPartialDate, formatTimes, partialDateToIso } from '../../src/lib/dates';
import { partialDateSchema, type PartialDate } from '../../src/schemas/partial-date';

describe('formatPartialDate', () => {
	it('shows a year on its own', () => {
		expect(formatPartialDate({ year: 2006 })).toBe('2006');
	});

	it('shows a month and year', () => {
		expect(formatPartialDate({ year: 2006, month: 9 })).toBe('September 2006');
	});

	it('shows a full date day first, without a leading zero', () => {
		expect(formatPartialDate({ year: 2006, month: 6, day: 5 })).toBe('5 June 2006');
	});

	it('names January and December correctly', () => {
		expect(formatPartialDate({ year: 2031, month: 1 })).toBe('January 2031');
		expect(formatPartialDate({ year: 2031, month: 12, day: 31 })).toBe('31 December 2031');
	});
});

describe('partialDateToIso', () => {
	it('gives only as much as is known', () => {
		expect(partialDateToIso({ year: 2006 })).toBe('2006');
		expect(partialDateToIso({ year: 2006, month: 9 })).toBe('2006-09');
		expect(partialDateToIso({ year: 2006, month: 6, day: 5 })).toBe('2006-06-05');
	});

	it('pads a short year to four digits', () => {
		expect(partialDateToIso({ year: 987 })).toBe('0987');
	});
});

describe('comparePartialDates', () => {
	it('orders by year, month, then day', () => {
		expect(comparePartialDates({ year: 2005, month: 12 }, { year: 2006, month: 1 })).toBeLessThan(0);
		expect(comparePartialDates({ year: 2006, month: 10 }, { year: 2006, month: 9 })).toBeGreaterThan(0);
		expect(comparePartialDates({ year: 2006, month: 6, day: 2 }, { year: 2006, month: 6, day: 15 })).toBeLessThan(0);
	});

	it('puts a date known only to the year before its months, and a month before its days', () => {
		const dates: PartialDate[] = [{ year: 2006, month: 9, day: 1 }, { year: 2006, month: 9 }, { year: 2006, month: 1 }, { year: 2006 }];
		expect(dates.toSorted(comparePartialDates)).toEqual([{ year: 2006 }, { year: 2006, month: 1 }, { year: 2006, month: 9 }, { year: 2006, month: 9, day: 1 }]);
	});

	it('treats equal dates as equal', () => {
		expect(comparePartialDates({ year: 2006, month: 6 }, { year: 2006, month: 6 })).toBe(0);
	});
});

describe('partialDateSchema', () => {
	it.each([
		['the string "2006"', '2006', { year: 2006 }],
		['the number 2006', 2006, { year: 2006 }],
		['"2006-09"', '2006-09', { year: 2006, month: 9 }],
		['"2006-06-15"', '2006-06-15', { year: 2006, month: 6, day: 15 }],
		['29 February in a leap year', '2008-02-29', { year: 2008, month: 2, day: 29 }],
		['a YAML date', new Date('2006-06-15T00:00:00Z'), { year: 2006, month: 6, day: 15 }],
	])('accepts %s', (_, input, expected) => {
		expect(partialDateSchema.parse(input)).toEqual(expected);
	});

	it.each([
		['"2006-13"', '2006-13', 'no month 13'],
		['"2006-02-30"', '2006-02-30', 'no day 30'],
		['29 February in a common year', '2006-02-29', 'no day 29'],
		['"June 2006"', 'June 2006', 'is not a date'],
		['"15/06/2006"', '15/06/2006', 'is not a date'],
	])('rejects %s and says how to write a date', (_, input, reason) => {
		const result = partialDateSchema.safeParse(input);
		expect(result.success).toBe(false);
		const message = result.error?.issues[0]?.message;
		expect(message).toContain(reason);
		expect(message).toContain('YYYY, YYYY-MM or YYYY-MM-DD');
	});

	it('rejects a fractional year', () => {
		expect(partialDateSchema.safeParse(2006.5).success).toBe(false);
	});
});

// ICU versions differ on a comma after the weekday and on the spaces around a range's dash, so the tests allow either.
describe('formatDateRange', () => {
	it('gives the month and year once when both days share them', () => {
		expect(formatDateRange({ year: 2031, month: 3, day: 14 }, { year: 2031, month: 3, day: 15 })).toMatch(/^14\s?–\s?15 March 2031$/);
	});

	it('names both months, and both years, only when they differ', () => {
		expect(formatDateRange({ year: 2031, month: 3, day: 14 }, { year: 2031, month: 4, day: 2 })).toMatch(/^14 March\s?–\s?2 April 2031$/);
		expect(formatDateRange({ year: 2031, month: 12, day: 30 }, { year: 2032, month: 1, day: 2 })).toMatch(/^30 December 2031\s?–\s?2 January 2032$/);
	});

	it('gives one day as a date', () => {
		expect(formatDateRange({ year: 2031, month: 3, day: 14 }, { year: 2031, month: 3, day: 14 })).toBe('14 March 2031');
	});

	it('is never more precise than the less precise of its ends', () => {
		expect(formatDateRange({ year: 2006, month: 5 }, { year: 2006, month: 5, day: 20 })).toBe('May 2006');
		expect(formatDateRange({ year: 2006, month: 5, day: 18 }, { year: 2006, month: 6 })).toMatch(/^May\s?–\s?June 2006$/);
		expect(formatDateRange({ year: 2006 }, { year: 2006, month: 5, day: 20 })).toBe('2006');
	});
});

describe('dayIn', () => {
	it("gives the day on the symposium's clock, which may not be the day in UTC", () => {
		expect(dayIn(new Date('2031-03-14T23:30:00Z'), 'Europe/London')).toEqual({ year: 2031, month: 3, day: 14 });
		expect(dayIn(new Date('2031-03-31T23:30:00Z'), 'Europe/London')).toEqual({ year: 2031, month: 4, day: 1 });
		expect(dayIn(new Date('2031-03-14T23:30:00Z'), 'Asia/Tokyo')).toEqual({ year: 2031, month: 3, day: 15 });
	});
});

describe('formatDay', () => {
	it('names the weekday', () => {
		expect(formatDay({ year: 2031, month: 3, day: 14 })).toMatch(/^Friday,? 14 March 2031$/);
	});
});

describe('formatTimes', () => {
	it("gives a session's times on the symposium's clock, with its zone, not UTC", () => {
		expect(formatTimes(new Date('2031-03-14T09:30:00+00:00'), new Date('2031-03-14T11:00:00+00:00'), 'Europe/London')).toMatch(/^09:30\s?–\s?11:00 GMT$/);
		expect(formatTimes(new Date('2006-05-18T08:30:00Z'), new Date('2006-05-18T09:45:00Z'), 'Europe/London')).toMatch(/^09:30\s?–\s?10:45 BST$/);
	});

	it('names both days when a session runs past midnight', () => {
		expect(formatTimes(new Date('2031-03-14T22:00:00Z'), new Date('2031-03-15T01:00:00Z'), 'UTC')).toMatch(/14 March.*22:00.*–.*15 March.*01:00/);
	});

	it('gives only the start when the end is not known', () => {
		expect(formatTimes(new Date('2031-03-15T14:00:00Z'), undefined, 'UTC')).toBe('14:00 UTC');
	});
});
