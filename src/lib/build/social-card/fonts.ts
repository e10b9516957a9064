import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create, type Font, type Glyph, type GlyphPosition } from 'fontkit';

/**
 * The typefaces the cards are set in: Source Serif 4 and Source Sans 3 (SIL Open Font
 * License), from their @fontsource packages. Fontsource splits each weight into files by
 * script, so a face is a list of files: each character is set in the first that has it.
 * Last comes Noto Sans SC (also OFL), for Chinese and Japanese names and titles, which
 * would otherwise be drawn as boxes; Source has no such glyphs. Its two files are kept in
 * ./fonts/ (from @fontsource/noto-sans-sc 5.3.0, with its licence), because the package
 * is 76 MB for the 2 MB the cards use, and every install would fetch it. The files are WOFF2, which
 * fontkit decodes once; from a WOFF it inflates the whole glyph table again for every
 * glyph it reads, which took seconds for a few Chinese characters.
 */
const fontsource = (file: string) => join(process.cwd(), 'node_modules/@fontsource', file);
const kept = (file: string) => join(process.cwd(), 'src/lib/build/social-card/fonts', file);

const PATHS = {
	'serif-600': [
		fontsource('source-serif-4/files/source-serif-4-latin-600-normal.woff2'),
		fontsource('source-serif-4/files/source-serif-4-latin-ext-600-normal.woff2'),
		kept('noto-sans-sc-chinese-simplified-600-normal.woff2'),
	],
	'sans-400': [
		fontsource('source-sans-3/files/source-sans-3-latin-400-normal.woff2'),
		fontsource('source-sans-3/files/source-sans-3-latin-ext-400-normal.woff2'),
		kept('noto-sans-sc-chinese-simplified-400-normal.woff2'),
	],
	'sans-600': [
		fontsource('source-sans-3/files/source-sans-3-latin-600-normal.woff2'),
		fontsource('source-sans-3/files/source-sans-3-latin-ext-600-normal.woff2'),
		kept('noto-sans-sc-chinese-simplified-600-normal.woff2'),
	],
} satisfies Record<string, [string, ...string[]]>;

export type Face = keyof typeof PATHS;

const fonts = new Map<string, Font>();

/** The font in a file, decoded when first needed: a build whose text is all Latin never decodes the Chinese ones (a few hundred milliseconds each). */
function font(file: string): Font {
	let found = fonts.get(file);
	if (!found) {
		found = create(readFileSync(file)) as Font;
		fonts.set(file, found);
	}
	return found;
}

let fontHash: string | undefined;

/** A hash of every font file, so a card drawn with other fonts is drawn again. */
export function fontsHash(): string {
	if (!fontHash) {
		const hash = createHash('sha256');
		for (const file of new Set(Object.values(PATHS).flat())) hash.update(readFileSync(file));
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
function fontFor(face: Face, char: string): Font {
	const codePoint = char.codePointAt(0) ?? 0;
	for (const file of PATHS[face]) if (font(file).hasGlyphForCodePoint(codePoint)) return font(file);
	return font(PATHS[face][0]);
}

/** The text in runs that one font sets each. */
function runs(face: Face, text: string): { font: Font; text: string }[] {
	const found: { font: Font; text: string }[] = [];
	for (const char of text) {
		const chosen = fontFor(face, char);
		const last = found.at(-1);
		if (last?.font === chosen) last.text += char;
		else found.push({ font: chosen, text: char });
	}
	return found;
}

/** The text shaped by fontkit (kerning, ligatures), run by run. */
function shape(face: Face, text: string): SetWord {
	const glyphs: SetGlyph[] = [];
	let pen = 0;
	for (const run of runs(face, text)) {
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
		set = shape(face, word);
		words.set(key, set);
	}
	return set;
}

/** The face's ascent and descent (below the baseline, positive), in ems: what a line of 'normal' height holds. */
export function verticalMetrics(face: Face): { ascent: number; descent: number } {
	const { ascent, descent, unitsPerEm } = font(PATHS[face][0]);
	return { ascent: ascent / unitsPerEm, descent: -descent / unitsPerEm };
}
