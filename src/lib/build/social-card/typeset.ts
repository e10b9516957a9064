import { setWord, verticalMetrics, type Face, type SetGlyph } from './fonts';

export interface TextStyle {
	face: Face;
	/** Pixels an em. */
	size: number;
	/** Pixels added after each glyph. */
	letterSpacing?: number;
	/** Line height in ems; without it, the face's own ('normal' in CSS). */
	lineHeight?: number;
}

/** A glyph on a line, x in pixels from the line's start and y from its baseline. */
export type LineGlyph = SetGlyph;

export interface Line {
	glyphs: LineGlyph[];
	width: number;
}

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';
/** Where a line may break: after a space, hyphen, dash or slash, and on either side of a Chinese or Japanese character (such text has no spaces). */
const BREAK = new RegExp(`(?<=[\\s\\-‐–—/])(?=\\S)|(?=[${CJK}])|(?<=[${CJK}])`, 'u');

/** The text broken into lines no wider than width, word by word (a word wider than a line, letter by letter). */
export function setLines(text: string, { face, size, letterSpacing = 0 }: TextStyle, width: number): Line[] {
	const space = setWord(face, ' ').advance * size + letterSpacing;
	const lines: Line[] = [];
	let line: Line = { glyphs: [], width: 0 };
	let spaceBefore = false;
	const tokens = text.split(BREAK).filter(Boolean);
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i] as string;
		const word = token.trimEnd();
		const set = setWord(face, word);
		const advance = set.advance * size + set.glyphs.length * letterSpacing;
		const start = line.glyphs.length === 0 ? 0 : line.width + (spaceBefore ? space : 0);
		if (start + advance > width && line.glyphs.length > 0) {
			lines.push(line);
			line = { glyphs: [], width: 0 };
			spaceBefore = false;
			i--;
			continue;
		}
		if (advance > width && [...word].length > 1) {
			// Alone on a line and still too wide: break it between any two characters.
			const chars = [...word];
			tokens.splice(i, 1, ...chars.slice(0, -1), `${chars.at(-1)}${token.slice(word.length)}`);
			i--;
			continue;
		}
		set.glyphs.forEach(({ font, glyph, x, y }, n) => line.glyphs.push({ font, glyph, x: start + x * size + n * letterSpacing, y: y * size }));
		line.width = start + advance;
		spaceBefore = word.length < token.length;
	}
	if (line.glyphs.length > 0) lines.push(line);
	return lines;
}

/** Pixels from one baseline to the next, and from a line's top to its baseline (CSS's half-leading model). */
export function lineBox({ face, size, lineHeight }: TextStyle): { height: number; baseline: number } {
	const { ascent, descent } = verticalMetrics(face);
	const height = (lineHeight ?? ascent + descent) * size;
	return { height, baseline: (height - (ascent + descent) * size) / 2 + ascent * size };
}
