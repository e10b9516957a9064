/** Tables of figures, for a terminal and for BENCHMARKS.md. */

/** Columns lined up in a terminal: the listed columns (numbers) right-aligned, the others left. */
export function textTable(rows: string[][], rightAligned: number[] = []): string {
	const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
	const pad = (cell: string, column: number) => (rightAligned.includes(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0));
	return rows.map((row) => row.map(pad).join('  ').trimEnd()).join('\n');
}

/** The first row is the header; the listed columns are right-aligned. */
export function markdownTable(rows: string[][], rightAligned: number[] = []): string {
	const [header = [], ...body] = rows;
	const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
	return [line(header), line(header.map((_, column) => (rightAligned.includes(column) ? '---:' : '---'))), ...body.map(line)].join('\n');
}
