import { localDay, newestFirst, readEntry, type Entry } from './entry';
import { countEntries, formatDay, formatMinutes } from './format';

/** Marks a JSON file as this log's export, so an import can tell it from any other JSON. */
export const EXPORT_FORMAT = 'learning-log';

export const FIELD_LABELS = {
	date: 'Date',
	title: 'Activity',
	url: 'Link',
	minutes: 'Minutes',
	learned: 'What I learned',
	change: 'What I will do differently',
	tags: 'Tags',
} as const;

export const totalMinutes = (entries: readonly Entry[]) => entries.reduce((total, entry) => total + entry.minutes, 0);

/** "4 entries, 2 hours 10 minutes in total." */
export function describeTotal(entries: readonly Entry[]): string {
	return `${countEntries(entries.length)}, ${formatMinutes(totalMinutes(entries))} in total.`;
}

export function toMarkdown(entries: readonly Entry[], now: Date): string {
	const sections = [...entries]
		.sort(newestFirst)
		.map((entry) =>
			[
				`## ${formatDay(entry.date)}: ${entry.title}`,
				[
					entry.url && `- ${FIELD_LABELS.url}: <${entry.url}>`,
					`- Time spent: ${formatMinutes(entry.minutes)}`,
					entry.tags.length > 0 && `- ${FIELD_LABELS.tags}: ${entry.tags.join(', ')}`,
				]
					.filter(Boolean)
					.join('\n'),
				`### ${FIELD_LABELS.learned}`,
				entry.learned,
				`### ${FIELD_LABELS.change}`,
				entry.change,
			].join('\n\n'),
		);
	const heading = ['# My learning log', `Exported on ${formatDay(localDay(now))}: ${describeTotal(entries)}`];
	return `${[...heading, ...sections].join('\n\n')}\n`;
}

/**
 * One field of a CSV row (RFC 4180). Text that a spreadsheet would run as a formula
 * (starting =, +, -, @, tab or return) is kept as text by a leading apostrophe, as
 * OWASP advises: an imported file could carry one, and Excel would show a note that
 * starts "- " as an error.
 */
function csvField(value: string | number): string {
	const text = typeof value === 'number' ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Comma-separated, newest first, with a header row; CRLF line ends, as spreadsheets expect. */
export function toCsv(entries: readonly Entry[]): string {
	const columns = ['date', 'title', 'url', 'minutes', 'learned', 'change', 'tags'] as const;
	const rows = [...entries].sort(newestFirst).map((entry) => columns.map((column) => csvField(column === 'tags' ? entry.tags.join('; ') : entry[column])));
	return `${[columns.map((column) => FIELD_LABELS[column]), ...rows].map((row) => row.join(',')).join('\r\n')}\r\n`;
}

export function toJson(entries: readonly Entry[], now: Date): string {
	return `${JSON.stringify({ format: EXPORT_FORMAT, exported: now.toISOString(), entries: [...entries].sort(newestFirst) }, null, 2)}\n`;
}

export type ImportResult = { ok: true; entries: Entry[]; newer: number; invalid: number } | { ok: false };

/** The entries of a JSON export, each checked; one that cannot be read is counted, not fatal. */
export function readExport(text: string): ImportResult {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false };
	}
	const file = data as { format?: unknown; entries?: unknown };
	if (typeof data !== 'object' || data === null || file.format !== EXPORT_FORMAT || !Array.isArray(file.entries)) return { ok: false };
	const results = file.entries.map((raw) => readEntry(raw));
	return {
		ok: true,
		entries: results.flatMap((result) => (result.kind === 'entry' ? [result.entry] : [])),
		newer: results.filter((result) => result.kind === 'newer').length,
		invalid: results.filter((result) => result.kind === 'corrupt').length,
	};
}

export type ExportKind = 'markdown' | 'csv' | 'json';

/** A download of the whole log: its file name, type and text. */
export function exportFile(kind: ExportKind, entries: readonly Entry[], now: Date): { name: string; type: string; text: string } {
	const name = `learning-log-${localDay(now)}`;
	if (kind === 'markdown') return { name: `${name}.md`, type: 'text/markdown', text: toMarkdown(entries, now) };
	// The byte order mark tells Excel the file is UTF-8; without it, names such as "Zoë" come out garbled.
	if (kind === 'csv') return { name: `${name}.csv`, type: 'text/csv', text: `\uFEFF${toCsv(entries)}` };
	return { name: `${name}.json`, type: 'application/json', text: toJson(entries, now) };
}
