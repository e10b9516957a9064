import { describe, expect, it } from 'vitest';
import { ENTRY_VERSION, type Entry } from '../../src/client/learning-log/entry';
import { mergeEntries } from '../../src/client/learning-log/merge';

const entry = (id: string, updated: string, learned = `Learned in ${id}.`): Entry => ({
	v: ENTRY_VERSION,
	id,
	title: `Entry ${id}`,
	url: '',
	date: '2025-01-01',
	learned,
	change: 'Change.',
	minutes: 10,
	tags: [],
	created: '2025-01-01T09:00:00.000Z',
	updated,
});

const EARLY = '2025-01-01T09:00:00.000Z';
const LATE = '2025-02-01T09:00:00.000Z';

describe('merging an import into a log', () => {
	it('adds what is missing and leaves what is there', () => {
		const merge = mergeEntries([entry('a', EARLY)], [entry('a', EARLY), entry('b', EARLY)]);
		expect(merge).toEqual({ write: [entry('b', EARLY)], added: 1, updated: 0, unchanged: 1 });
	});

	it('adds nothing when the same file is imported again', () => {
		const log = [entry('a', EARLY), entry('b', EARLY)];
		expect(mergeEntries(log, log)).toEqual({ write: [], added: 0, updated: 0, unchanged: 2 });
	});

	it('keeps the later edit, from either side', () => {
		const newerInFile = mergeEntries([entry('a', EARLY)], [entry('a', LATE, 'Edited elsewhere.')]);
		expect(newerInFile).toEqual({ write: [entry('a', LATE, 'Edited elsewhere.')], added: 0, updated: 1, unchanged: 0 });
		const newerInLog = mergeEntries([entry('a', LATE, 'Edited here.')], [entry('a', EARLY)]);
		expect(newerInLog).toEqual({ write: [], added: 0, updated: 0, unchanged: 1 });
	});

	it('writes an entry the file lists twice once, as its later edit', () => {
		const merge = mergeEntries([], [entry('a', LATE, 'Second.'), entry('a', EARLY, 'First.')]);
		expect(merge.write).toEqual([entry('a', LATE, 'Second.')]);
		expect(merge.added).toBe(1);
	});

	it('never overwrites a stored entry the page could not read', () => {
		expect(mergeEntries([], [entry('damaged', LATE)], new Set(['damaged']))).toEqual({ write: [], added: 0, updated: 0, unchanged: 1 });
	});
});
