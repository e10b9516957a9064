import { describe, expect, it } from 'vitest';
import { readEntry } from '../../src/client/learning-log/entry';
import { passphraseProblems } from '../../src/client/learning-log/passphrase-problems';
import { entryFrom, problemsWith, type TypedFields } from '../../src/client/learning-log/typed-entry';

/** A synthetic entry as typed into the form: every box filled as it should be. */
const TYPED: TypedFields = {
	title: 'Fixture reading',
	url: 'https://example.org/reading',
	day: '12',
	month: '3',
	year: '2025',
	learned: 'Something learned.',
	change: 'Something to do.',
	minutes: '45',
	tags: 'carers, records',
};

const NOW = new Date('2025-03-12T09:00:00Z');
const messages = (typed: Partial<TypedFields>) => problemsWith({ ...TYPED, ...typed }).map((problem) => problem.message);

describe('what stops a typed entry being saved', () => {
	it('is nothing when every box is filled as it should be, the link and tags being optional', () => {
		expect(problemsWith(TYPED)).toEqual([]);
		expect(problemsWith({ ...TYPED, url: '', tags: '' })).toEqual([]);
	});

	it('lists every empty required box at once, in the order of the form, each naming what to enter', () => {
		const empty = { title: '', day: '', month: '', year: '', learned: '', change: '', minutes: '' };
		expect(problemsWith({ ...TYPED, ...empty })).toEqual([
			{ message: 'Enter what you read or did', fields: ['title'] },
			{ message: 'Enter the date', fields: ['day', 'month', 'year'] },
			{ message: 'Enter what you learned', fields: ['learned'] },
			{ message: 'Enter what you will do differently', fields: ['change'] },
			{ message: 'Enter the time you spent, in minutes', fields: ['minutes'] },
		]);
	});

	it('names the parts of a date that are missing, and marks only their boxes', () => {
		expect(problemsWith({ ...TYPED, day: '' })).toEqual([{ message: 'Date must include a day', fields: ['day'] }]);
		expect(problemsWith({ ...TYPED, month: '', year: '' })).toEqual([{ message: 'Date must include a month and year', fields: ['month', 'year'] }]);
	});

	it('refuses a date that is not a real day, or a year that is not four numbers', () => {
		for (const date of [{ day: '31', month: '2' }, { day: '0' }, { month: '13' }, { day: 'x' }, { day: '1.5' }]) {
			expect(problemsWith({ ...TYPED, ...date }), JSON.stringify(date)).toEqual([
				{ message: 'Date must be a real date, for example 12 3 2025', fields: ['day', 'month', 'year'] },
			]);
		}
		expect(problemsWith({ ...TYPED, year: '25' })).toEqual([{ message: 'Year must include 4 numbers', fields: ['year'] }]);
		expect(problemsWith({ ...TYPED, day: '29', month: '2', year: '2024' })).toEqual([]);
	});

	it('takes the time as whole minutes from 1 to a day', () => {
		expect(messages({ minutes: '45.5' })).toEqual(['Time spent must be a whole number of minutes, like 45']);
		expect(messages({ minutes: 'an hour' })).toEqual(['Time spent must be a whole number of minutes, like 45']);
		expect(messages({ minutes: '0' })).toEqual(['Time spent must be at least 1 minute']);
		expect(messages({ minutes: '1441' })).toEqual(['Time spent must be 24 hours or less']);
		expect(messages({ minutes: '1440' })).toEqual([]);
	});

	it('takes a link only as a web address', () => {
		for (const url of ['example.org', 'javascript:alert(1)', 'https://']) {
			expect(messages({ url }), url).toEqual(['Enter a link starting http:// or https://, or leave the link empty']);
		}
	});

	it('agrees with the log: what it lets through is always an entry the log keeps, and what it stops, one the log would refuse', () => {
		const cases: Partial<TypedFields>[] = [
			{},
			{ url: '', tags: '' },
			{ day: '1', month: '1' },
			{ title: '' },
			{ minutes: '0' },
			{ day: '30', month: '2' },
			{ url: 'ftp://x' },
		];
		for (const typed of cases) {
			const fields = { ...TYPED, ...typed };
			const kept = readEntry(entryFrom(fields, NOW)).kind === 'entry';
			expect(kept, JSON.stringify(typed)).toBe(problemsWith(fields).length === 0);
		}
	});
});

describe('the entry made from the typed boxes', () => {
	it('joins the date, counts the minutes and splits the tags', () => {
		expect(entryFrom(TYPED, NOW)).toMatchObject({ date: '2025-03-12', minutes: 45, tags: ['carers', 'records'], created: NOW.toISOString() });
	});

	it('keeps the id and first saving time of the entry it edits', () => {
		const first = entryFrom(TYPED, NOW);
		const later = new Date('2025-04-01T10:00:00Z');
		expect(entryFrom({ ...TYPED, learned: 'More.' }, later, first)).toMatchObject({
			id: first.id,
			created: first.created,
			updated: later.toISOString(),
			learned: 'More.',
		});
	});
});

describe('what stops a new passphrase being set', () => {
	it('is nothing when it is long enough and typed the same twice', () => {
		expect(passphraseProblems('kettle lantern', 'kettle lantern')).toEqual([]);
	});

	it('names the box to put right: an empty or short passphrase first, then the second box', () => {
		expect(passphraseProblems('', '')).toEqual([{ message: 'Enter a new passphrase', field: 'new' }]);
		expect(passphraseProblems('short', 'short')).toEqual([{ message: 'Passphrase must be at least 8 characters', field: 'new' }]);
		expect(passphraseProblems('kettle lantern', '')).toEqual([{ message: 'Type the passphrase again', field: 'repeat' }]);
		expect(passphraseProblems('kettle lantern', 'kettle lanterns')[0]?.field).toBe('repeat');
	});
});
