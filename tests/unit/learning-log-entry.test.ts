import { describe, expect, it } from 'vitest';
import { ENTRY_VERSION, isDay, localDay, parseTags, readEntry, type Entry } from '../../src/client/learning-log/entry';

const ENTRY: Entry = {
	v: ENTRY_VERSION,
	id: 'a1',
	title: 'Fixture reading',
	url: 'https://example.org/reading',
	date: '2025-03-12',
	learned: 'Something learned.',
	change: 'Something to do.',
	minutes: 45,
	tags: ['carers'],
	created: '2025-03-12T09:00:00.000Z',
	updated: '2025-03-12T09:00:00.000Z',
};

describe('reading a stored or imported entry', () => {
	it('takes a valid entry as it is, and drops fields it does not know', () => {
		expect(readEntry(ENTRY)).toEqual({ kind: 'entry', entry: ENTRY });
		expect(readEntry({ ...ENTRY, extra: '<script>' })).toEqual({ kind: 'entry', entry: ENTRY });
	});

	it('calls damaged values corrupt, whatever their shape', () => {
		for (const raw of [
			null,
			'text',
			42,
			[],
			{},
			{ ...ENTRY, v: '1' },
			{ ...ENTRY, title: ' ' },
			{ ...ENTRY, minutes: 0 },
			{ ...ENTRY, minutes: 1.5 },
			{ ...ENTRY, minutes: 24 * 60 + 1 },
			{ ...ENTRY, date: '2025-02-30' },
			{ ...ENTRY, tags: [''] },
			{ ...ENTRY, updated: 'soon' },
		]) {
			expect(readEntry(raw), JSON.stringify(raw)).toEqual({ kind: 'corrupt' });
		}
	});

	it('never lets a non-web address through, so no stored link can run script', () => {
		for (const url of ['javascript:alert(1)', 'data:text/html,x', '/papers/x/', 'example.org']) {
			expect(readEntry({ ...ENTRY, url }).kind, url).toBe('corrupt');
		}
		expect(readEntry({ ...ENTRY, url: '' }).kind).toBe('entry');
	});

	it('tells an entry from a newer version of the page from a damaged one', () => {
		expect(readEntry({ ...ENTRY, v: ENTRY_VERSION + 1, shape: 'unknown' })).toEqual({ kind: 'newer' });
	});

	it('upgrades an older entry step by step through the migrations', () => {
		// A made-up history: version N - 2 called the minutes "time", version N - 1 had no tags.
		const older = { ...ENTRY, v: ENTRY_VERSION - 2, time: 45, minutes: undefined, tags: undefined };
		const migrations = {
			[ENTRY_VERSION - 2]: ({ time, ...rest }: Record<string, unknown>) => ({ ...rest, v: ENTRY_VERSION - 1, minutes: time }),
			[ENTRY_VERSION - 1]: (rest: Record<string, unknown>) => ({ ...rest, v: ENTRY_VERSION, tags: ['carers'] }),
		};
		expect(readEntry(older, migrations)).toEqual({ kind: 'entry', entry: ENTRY });
		// A version with no way up is not guessed at.
		expect(readEntry(older, { [ENTRY_VERSION - 1]: migrations[ENTRY_VERSION - 1]! })).toEqual({ kind: 'corrupt' });
	});
});

describe('entry fields from what the reader typed', () => {
	it('splits tags on commas, trims them and keeps each once whatever its case', () => {
		expect(parseTags(' carers,  Mental   health ,CARERS,, ')).toEqual(['carers', 'Mental health']);
		expect(parseTags('')).toEqual([]);
	});

	it('dates a new entry on the reader’s own day, and knows real days', () => {
		expect(localDay(new Date(2025, 0, 5, 23, 30))).toBe('2025-01-05');
		expect(isDay('2024-02-29')).toBe(true);
		expect(isDay('2025-02-29')).toBe(false);
		expect(isDay('12/03/2025')).toBe(false);
	});
});
