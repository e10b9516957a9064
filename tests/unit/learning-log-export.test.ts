import { describe, expect, it } from 'vitest';
import { ENTRY_VERSION, type Entry } from '../../src/client/learning-log/entry';
import { exportFile, readExport, toCsv, toJson, toMarkdown } from '../../src/client/learning-log/export';
import { formatMinutes } from '../../src/client/learning-log/format';

const entry = (fields: Partial<Entry>): Entry => ({
	v: ENTRY_VERSION,
	id: 'id',
	title: 'Title',
	url: '',
	date: '2025-01-01',
	learned: 'Learned.',
	change: 'Change.',
	minutes: 10,
	tags: [],
	created: '2025-01-01T09:00:00.000Z',
	updated: '2025-01-01T09:00:00.000Z',
	...fields,
});

const OLDER = entry({
	id: 'older',
	title: 'Reading: "Shared records", part 2',
	date: '2024-11-02',
	learned: '- Records help.\n- Consent first.',
	change: '=Check, then ask',
	minutes: 80,
	tags: ['records', 'consent'],
});
const NEWER = entry({
	id: 'newer',
	title: 'Team discussion',
	url: 'https://example.org/notes',
	date: '2025-03-12',
	learned: 'Carers want one contact.',
	change: 'Give my number.',
	minutes: 45,
	tags: ['carers'],
});
const NOW = new Date(2025, 4, 3, 12);

describe('Markdown export', () => {
	it('has a heading per entry, newest first, with every field', () => {
		expect(toMarkdown([OLDER, NEWER], NOW)).toBe(
			[
				'# My learning log',
				'Exported on 3 May 2025: 2 entries, 2 hours 5 minutes in total.',
				'## 12 March 2025: Team discussion',
				'- Link: <https://example.org/notes>\n- Time spent: 45 minutes\n- Tags: carers',
				'### What I learned',
				'Carers want one contact.',
				'### What I will do differently',
				'Give my number.',
				'## 2 November 2024: Reading: "Shared records", part 2',
				'- Time spent: 1 hour 20 minutes\n- Tags: records, consent',
				'### What I learned',
				'- Records help.\n- Consent first.',
				'### What I will do differently',
				'=Check, then ask',
			].join('\n\n') + '\n',
		);
	});
});

describe('CSV export', () => {
	it('quotes commas, quotes and line breaks, keeps formulas as text, and ends lines with CRLF', () => {
		expect(toCsv([OLDER, NEWER])).toBe(
			[
				'Date,Activity,Link,Minutes,What I learned,What I will do differently,Tags',
				'2025-03-12,Team discussion,https://example.org/notes,45,Carers want one contact.,Give my number.,carers',
				`2024-11-02,"Reading: ""Shared records"", part 2",,80,"'- Records help.\n- Consent first.","'=Check, then ask",records; consent`,
			].join('\r\n') + '\r\n',
		);
	});

	it('is a header alone for an empty log, and a download marked as UTF-8 for spreadsheets', () => {
		expect(toCsv([])).toBe('Date,Activity,Link,Minutes,What I learned,What I will do differently,Tags\r\n');
		const file = exportFile('csv', [NEWER], NOW);
		expect(file).toMatchObject({ name: 'learning-log-2025-05-03.csv', type: 'text/csv' });
		expect(file.text.startsWith('\uFEFF')).toBe(true);
	});
});

describe('JSON export and import', () => {
	it('round-trips every field of every entry', () => {
		const text = toJson([OLDER, NEWER], NOW);
		expect(JSON.parse(text)).toMatchObject({ format: 'learning-log', exported: NOW.toISOString() });
		expect(readExport(text)).toEqual({ ok: true, entries: [NEWER, OLDER], newer: 0, invalid: 0 });
	});

	it('counts entries it cannot take instead of failing the whole file', () => {
		const file = { format: 'learning-log', entries: [NEWER, { ...OLDER, v: ENTRY_VERSION + 1 }, { ...OLDER, url: 'javascript:alert(1)' }, 'junk'] };
		expect(readExport(JSON.stringify(file))).toEqual({ ok: true, entries: [NEWER], newer: 1, invalid: 2 });
	});

	it('refuses a file that is not a learning log export', () => {
		for (const text of ['not json', '[]', 'null', '{"entries": []}', '{"format": "learning-log", "entries": {}}']) {
			expect(readExport(text), text).toEqual({ ok: false });
		}
	});
});

describe('durations', () => {
	it('are written in hours and minutes, as a reader would say them', () => {
		expect([0, 1, 45, 60, 61, 125, 1440].map(formatMinutes)).toEqual([
			'0 minutes',
			'1 minute',
			'45 minutes',
			'1 hour',
			'1 hour 1 minute',
			'2 hours 5 minutes',
			'24 hours',
		]);
	});
});
