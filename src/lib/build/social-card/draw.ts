import { SOCIAL_CARD_SIZE, type CardText } from './card';
import { glyphMask, SUBPIXELS, type Mask } from './glyph-masks';
import { encodePng } from './png';
import { lineBox, setLines, type Line, type TextStyle } from './typeset';

/**
 * Draws a card: the page's kind at the top, the title and byline in the middle, the
 * symposium under a rule at the foot, on a dark blue ground. Text is set with the fonts'
 * own shaping (fontkit) and drawn by copying each glyph's cached coverage mask into a
 * palette image, a small part of the CPU that laying it out as SVG (satori) and
 * rasterising the whole card (resvg) took (src/lib/build/README.md).
 */

type Rgb = readonly [number, number, number];

const COLOURS = { background: [0x12, 0x32, 0x5c], text: [0xff, 0xff, 0xff], muted: [0xc9, 0xd8, 0xf0], rule: [0xf2, 0xc9, 0x6b] } as const satisfies Record<
	string,
	Rgb
>;
type TextColour = 'text' | 'muted';

/** Everything that shapes a card besides its words: part of the cache key, so a change here redraws every card. */
export const DESIGN = {
	colours: COLOURS,
	padding: { x: 72, y: 60 },
	kind: { face: 'sans-600', size: 28, letterSpacing: 2, colour: 'muted', height: 40 },
	title: { face: 'serif-600', lineHeight: 1.15, colour: 'text' },
	byline: { face: 'sans-400', size: 34, colour: 'text', gap: 28 },
	footer: { face: 'sans-400', size: 28, colour: 'muted', rule: 4, gap: 18 },
} as const;

const { width: WIDTH, height: HEIGHT } = SOCIAL_CARD_SIZE;
const TEXT_WIDTH = WIDTH - 2 * DESIGN.padding.x;

/** Longer titles get smaller type, so even a 200-character title fits in five lines. */
function titleSize(title: string): number {
	if (title.length <= 60) return 68;
	if (title.length <= 120) return 54;
	return 42;
}

/**
 * The palette: the ground, then for each text colour its blends with the ground at
 * every level of coverage the palette has room for (127: finer than the eye can tell
 * on these colours), then the rule's colour.
 */
const TEXT_COLOURS: TextColour[] = ['text', 'muted'];
const LEVELS = Math.floor((256 - 2) / TEXT_COLOURS.length);
const RULE = 1 + LEVELS * TEXT_COLOURS.length;

function blend(from: Rgb, to: Rgb, amount: number): Rgb {
	const mix = (i: 0 | 1 | 2) => Math.round(from[i] + (to[i] - from[i]) * amount);
	return [mix(0), mix(1), mix(2)];
}

const PALETTE: Rgb[] = [
	COLOURS.background,
	...TEXT_COLOURS.flatMap((colour) => Array.from({ length: LEVELS }, (_, level) => blend(COLOURS.background, COLOURS[colour], (level + 1) / LEVELS))),
	COLOURS.rule,
];

/** For each text colour, coverage (0-255) to palette index; 0, the ground, where nothing is covered. */
const INDEX_FOR_COVERAGE = Object.fromEntries(
	TEXT_COLOURS.map((colour, n) => [
		colour,
		Uint8Array.from({ length: 256 }, (_, coverage) => {
			const level = Math.round((coverage * LEVELS) / 255);
			return level === 0 ? 0 : 1 + n * LEVELS + level - 1;
		}),
	]),
) as Record<TextColour, Uint8Array>;

/** One canvas for every card (drawing is synchronous, so no two cards share it at once): allocating one a card kept the garbage collector busy. */
const pixels = new Uint8Array(WIDTH * HEIGHT);

/** Copies a glyph's mask onto the canvas with its top-left corner at (left, top), clipped to the card. */
function blit(mask: Mask, left: number, top: number, toIndex: Uint8Array) {
	const fromCol = Math.max(0, -left);
	const toCol = Math.min(mask.width, WIDTH - left);
	for (let row = Math.max(0, -top); row < Math.min(mask.height, HEIGHT - top); row++) {
		let from = row * mask.width + fromCol;
		let to = (top + row) * WIDTH + left + fromCol;
		for (let col = fromCol; col < toCol; col++, from++, to++) {
			const index = toIndex[mask.coverage[from] as number] as number;
			// Where two glyphs overlap (kerned pairs), the fuller coverage wins.
			if (index > (pixels[to] as number)) pixels[to] = index;
		}
	}
}

/** Draws the lines from (x, top), one line box apart; each glyph starts at the quarter pixel nearest its pen position. */
function drawLines(lines: Line[], style: TextStyle, colour: TextColour, x: number, top: number) {
	const { height, baseline } = lineBox(style);
	lines.forEach((line, n) => {
		const y = Math.round(top + n * height + baseline);
		for (const glyph of line.glyphs) {
			const pen = Math.round((x + glyph.x) * SUBPIXELS);
			const mask = glyphMask(glyph.font, glyph.glyph, style.size, pen % SUBPIXELS);
			blit(mask, Math.floor(pen / SUBPIXELS) + mask.left, y + Math.round(glyph.y) + mask.top, INDEX_FOR_COVERAGE[colour]);
		}
	});
}

const height = (lines: Line[], style: TextStyle) => lines.length * lineBox(style).height;

/** The card as PNG bytes. */
export function drawCard({ kind, title, byline, footer }: CardText): Buffer {
	const { padding } = DESIGN;
	pixels.fill(0);

	const kindStyle: TextStyle = DESIGN.kind;
	if (kind) drawLines(setLines(kind.toUpperCase(), kindStyle, TEXT_WIDTH), kindStyle, DESIGN.kind.colour, padding.x, padding.y);

	// The footer sits on the bottom padding: a rule, a gap, then its lines.
	const footerStyle: TextStyle = DESIGN.footer;
	const footerLines = setLines(footer, footerStyle, TEXT_WIDTH);
	const ruleTop = Math.round(HEIGHT - padding.y - height(footerLines, footerStyle) - DESIGN.footer.gap - DESIGN.footer.rule);
	for (let row = ruleTop; row < ruleTop + DESIGN.footer.rule; row++) pixels.fill(RULE, row * WIDTH + padding.x, (row + 1) * WIDTH - padding.x);
	drawLines(footerLines, footerStyle, DESIGN.footer.colour, padding.x, ruleTop + DESIGN.footer.rule + DESIGN.footer.gap);

	// Title and byline, centred together in the space between the kind and the rule.
	const titleStyle: TextStyle = { ...DESIGN.title, size: titleSize(title) };
	const titleLines = setLines(title, titleStyle, TEXT_WIDTH);
	const bylineStyle: TextStyle = DESIGN.byline;
	const bylineLines = byline ? setLines(byline, bylineStyle, TEXT_WIDTH) : [];
	const middle = height(titleLines, titleStyle) + (byline ? DESIGN.byline.gap + height(bylineLines, bylineStyle) : 0);
	const spaceTop = padding.y + DESIGN.kind.height;
	const titleTop = spaceTop + (ruleTop - spaceTop - middle) / 2;
	drawLines(titleLines, titleStyle, DESIGN.title.colour, padding.x, titleTop);
	drawLines(bylineLines, bylineStyle, DESIGN.byline.colour, padding.x, titleTop + height(titleLines, titleStyle) + DESIGN.byline.gap);

	return encodePng({ width: WIDTH, height: HEIGHT, palette: PALETTE, pixels });
}
