import { round } from './svg';

/**
 * Words in a picture drawn at build time: SVG does not wrap text, and the build cannot
 * measure the reader's font, so lines are broken by an estimate that errs wide.
 */

/**
 * Widths as a share of the font size, generous for the site's system-ui sans: a line
 * estimated too wide wraps early, one estimated too narrow would run past the picture's edge.
 */
const NARROW = /[ .,:;'’‘!|()[\]ijlftrI]/;
const WIDE = /[A-HJ-Zmw@%&—–]/;

/** How wide text is likely to be at a font size, in the picture's units. */
export function textWidth(text: string, size: number): number {
	let ems = 0;
	for (const char of text) ems += NARROW.test(char) ? 0.32 : WIDE.test(char) ? 0.8 : 0.6;
	return ems * size;
}

/**
 * Text broken at spaces into lines no wider than `width`; a single word wider than that
 * keeps a line of its own rather than being cut, as the reader needs it whole. Past
 * `maxLines` the words are left off and the last line says so with an ellipsis.
 */
export function wrapText(text: string, width: number, size: number, maxLines = Infinity): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const longer = line ? `${line} ${word}` : word;
		if (line && textWidth(longer, size) > width) {
			lines.push(line);
			line = word;
		} else line = longer;
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	let last = kept.pop()!.split(' ');
	while (last.length > 1 && textWidth(`${last.join(' ')}…`, size) > width) last = last.slice(0, -1);
	return [...kept, `${last.join(' ')}…`];
}

/**
 * An academic title's main part, before its subtitle ("Shared care records" of "Shared care
 * records: lessons from a pilot"), where a picture has room for little: the whole title
 * when the main part is too short to say much.
 */
export function mainTitle(title: string): string {
	const main = title.split(': ')[0]!;
	return main.split(' ').length >= 3 ? main : title;
}

/** Text set as lines from a first baseline down: what a <text> of <tspan>s needs. */
export interface TextBlock {
	x: number;
	/** Each line's baseline, top to bottom. */
	lines: { text: string; y: number }[];
	size: number;
}

const LEADING = 1.3;

/** How tall a line of text is at a font size: where a mark sits level with a first line's middle. */
export function lineHeight(size: number): number {
	return size * LEADING;
}

/** A block of wrapped lines whose first line's box starts at `top`; its height is how far the next block must start below. */
export function textBlock(
	text: string,
	{ x, top, width, size, maxLines }: { x: number; top: number; width: number; size: number; maxLines?: number },
): { block: TextBlock; height: number } {
	const step = lineHeight(size);
	// A baseline sits about four fifths of the font size below the top of its line.
	const lines = wrapText(text, width, size, maxLines).map((line, index) => ({ text: line, y: round(top + index * step + size * 0.8 + (step - size) / 2) }));
	return { block: { x, lines, size }, height: lines.length * step };
}

const escapeXml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * A block's lines as <tspan>s, for a component's set:html: written out here rather than in
 * the template, which would give every line the component's style-scoping attribute.
 */
export function tspans({ x, lines }: TextBlock): string {
	return lines.map(({ text, y }) => `<tspan x="${x}" y="${y}">${escapeXml(text)}</tspan>`).join('');
}
