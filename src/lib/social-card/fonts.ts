import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create, type Font, type Glyph, type GlyphPosition } from 'fontkit';

/**
 * The typefaces the cards are set in: Source Serif 4 and Source Sans 3 (SIL Open Font
 * License), from their @fontsource packages. Fontsource splits each weight into files by
 * script, so a face is a list of files: each character is set in the first that has it.
 */
const FACES = {
	'serif-600': ['source-serif-4/files/source-serif-4-latin-600-normal.woff', 'source-serif-4/files/source-serif-4-latin-ext-600-normal.woff'],
	'sans-400': ['source-sans-3/files/source-sans-3-latin-400-normal.woff', 'source-sans-3/files/source-sans-3-latin-ext-400-normal.woff'],
	'sans-600': ['source-sans-3/files/source-sans-3-latin-600-normal.woff', 'source-sans-3/files/source-sans-3-latin-ext-600-normal.woff'],
} as const;

export type Face = keyof typeof FACES;

const files = (face: Face) => FACES[face].map((file) => join(process.cwd(), 'node_modules/@fontsource', file));

const loaded = new Map<Face, Font[]>();

function fontsOf(face: Face): Font[] {
	let fonts = loaded.get(face);
	if (!fonts) {
		fonts = files(face).map((file) => create(readFileSync(file)) as Font);
		loaded.set(face, fonts);
	}
	return fonts;
}

let fontHash: string | undefined;

/** A hash of every font file, so a card drawn with other fonts is drawn again. */
export function fontsHash(): string {
	if (!fontHash) {
		const hash = createHash('sha256');
		for (const face of Object.keys(FACES) as Face[]) for (const file of files(face)) hash.update(readFileSync(file));
		fontHash = hash.digest('hex');
	}
	return fontHash;
}

/** A glyph and where it sits, in ems from the start of its word and the baseline. */
export interface SetGlyph {
	font: Font;
	glyph: Glyph;
	x: number;
	y: number;
}

/** A word set in a face: its glyphs, and how far it moves the pen, in ems. */
export interface SetWord {
	glyphs: SetGlyph[];
	advance: number;
}

/** Which of the face's fonts sets a character: the first that has it (else the first, which draws its missing-glyph box). */
function fontFor(fonts: Font[], char: string): Font {
	const codePoint = char.codePointAt(0) ?? 0;
	return fonts.find((font) => font.hasGlyphForCodePoint(codePoint)) ?? (fonts[0] as Font);
}

/** The text in runs that one font sets each. */
function runs(fonts: Font[], text: string): { font: Font; text: string }[] {
	const found: { font: Font; text: string }[] = [];
	for (const char of text) {
		const font = fontFor(fonts, char);
		const last = found.at(-1);
		if (last?.font === font) last.text += char;
		else found.push({ font, text: char });
	}
	return found;
}

/** The text shaped by fontkit (kerning, ligatures), run by run. */
function shape(fonts: Font[], text: string): SetWord {
	const glyphs: SetGlyph[] = [];
	let pen = 0;
	for (const run of runs(fonts, text)) {
		const { glyphs: shaped, positions } = run.font.layout(run.text);
		const em = run.font.unitsPerEm;
		shaped.forEach((glyph, i) => {
			const { xAdvance, xOffset, yOffset } = positions[i] as GlyphPosition;
			glyphs.push({ font: run.font, glyph, x: pen + xOffset / em, y: -yOffset / em });
			pen += xAdvance / em;
		});
	}
	return { glyphs, advance: pen };
}

// Titles and names share many words: each is shaped once a build.
const words = new Map<string, SetWord>();

/** The word set in the face (cached). */
export function setWord(face: Face, word: string): SetWord {
	const key = `${face}\u0000${word}`;
	let set = words.get(key);
	if (!set) {
		set = shape(fontsOf(face), word);
		words.set(key, set);
	}
	return set;
}

/** The face's ascent and descent (below the baseline, positive), in ems: what a line of 'normal' height holds. */
export function verticalMetrics(face: Face): { ascent: number; descent: number } {
	const font = fontsOf(face)[0] as Font;
	return { ascent: font.ascent / font.unitsPerEm, descent: -font.descent / font.unitsPerEm };
}
