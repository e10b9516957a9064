/**
 * BENCHMARKS.md: one section per script that measures something. A script rewrites its own
 * section, or the rows of its own table, and leaves the rest of the file as it is.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { markdownTable } from './tables.ts';

const NEW_FILE = '# Benchmarks\n\nMeasurements of the built site and its tests. Each section is rewritten by the script that produces it.\n';

function read(file: string): string {
	return existsSync(file) ? readFileSync(file, 'utf8') : NEW_FILE;
}

/** The lines of the section under `heading`, up to the next heading of the same or a higher level: [start, end). */
function sectionBounds(lines: string[], heading: string): [number, number] | undefined {
	const start = lines.findIndex((line) => line.trim() === heading);
	if (start < 0) return undefined;
	const next = lines.findIndex((line, index) => index > start && /^#{1,2} /.test(line));
	return [start, next < 0 ? lines.length : next];
}

/** The cells of a Markdown table row, trimmed. */
const cells = (line: string) =>
	line
		.split('|')
		.slice(1, -1)
		.map((cell) => cell.trim());

/**
 * The body rows (header left out) of the first table under `heading`, a line of its own at
 * any level; none when the heading is missing or another heading comes before a table.
 */
export function readTableRows(file: string, heading: string): string[][] {
	const lines = read(file).split('\n');
	const start = lines.findIndex((line) => line.trim() === heading);
	if (start < 0) return [];
	const first = lines.findIndex((line, index) => index > start && (line.startsWith('|') || line.startsWith('#')));
	if (first < 0 || !lines[first]?.startsWith('|')) return [];
	const rows: string[][] = [];
	for (let index = first + 2; lines[index]?.startsWith('|'); index++) rows.push(cells(lines[index] as string));
	return rows;
}

/** Writes `section` (its heading first) in place of the section with that heading, or at the end. */
export function writeSection(file: string, section: string): void {
	const heading = section.split('\n', 1)[0] ?? '';
	const lines = read(file).trimEnd().split('\n');
	const bounds = sectionBounds(lines, heading);
	const text = bounds
		? [...lines.slice(0, bounds[0]), ...section.trimEnd().split('\n'), ...(bounds[1] < lines.length ? ['', ...lines.slice(bounds[1])] : [])].join('\n')
		: `${lines.join('\n')}\n\n${section.trimEnd()}`;
	writeFileSync(file, `${text.trimEnd()}\n`);
}

/**
 * Rewrites the rows of the table in the section under `heading`, keeping the prose around it;
 * a missing section is added with `intro` above the table. `update` gets the rows there are
 * (cells, header left out) and returns the rows to write.
 */
export function writeTableRows(file: string, heading: string, intro: string, columns: readonly string[], update: (rows: string[][]) => string[][]): void {
	const lines = read(file).trimEnd().split('\n');
	const bounds = sectionBounds(lines, heading);
	if (!bounds) {
		writeFileSync(file, `${lines.join('\n')}\n\n${heading}\n\n${intro}\n\n${markdownTable([[...columns], ...update([])])}\n`);
		return;
	}
	const tableStart = lines.findIndex((line, index) => index > bounds[0] && index < bounds[1] && line.startsWith('|'));
	let tableEnd = tableStart;
	while (tableStart >= 0 && lines[tableEnd + 1]?.startsWith('|')) tableEnd++;
	const existing = tableStart < 0 ? [] : lines.slice(tableStart + 2, tableEnd + 1).map(cells);
	const table = markdownTable([[...columns], ...update(existing)]).split('\n');
	if (tableStart < 0) lines.splice(bounds[0] + 1, 0, '', ...table);
	else lines.splice(tableStart, tableEnd - tableStart + 1, ...table);
	writeFileSync(file, `${lines.join('\n')}\n`);
}
