import { Resvg } from '@resvg/resvg-js';
import type { Font, Glyph } from 'fontkit';

/**
 * Glyphs as coverage masks: how much of each pixel the glyph's outline covers, 0-255.
 * resvg rasterises each glyph once for each size and quarter-pixel offset a build uses;
 * a card is then only copies of masks, which is what makes a card cheap to draw.
 */

/** A glyph may start at 0, ¼, ½ or ¾ of a pixel: close enough to the exact pen position that no spacing looks uneven. */
export const SUBPIXELS = 4;

export interface Mask {
	/** Where the mask's top-left pixel is from the pen position on the baseline. */
	left: number;
	top: number;
	width: number;
	height: number;
	coverage: Uint8Array;
}

const EMPTY: Mask = { left: 0, top: 0, width: 0, height: 0, coverage: new Uint8Array(0) };

function rasterise(font: Font, glyph: Glyph, size: number, subpixel: number): Mask {
	const { minX, minY, maxX, maxY } = glyph.path.bbox;
	if (maxX <= minX || maxY <= minY) return EMPTY;
	const scale = size / font.unitsPerEm;
	const offset = subpixel / SUBPIXELS;
	const left = Math.floor(minX * scale + offset);
	const top = Math.floor(-maxY * scale);
	const width = Math.ceil(maxX * scale + offset) - left;
	const height = Math.ceil(-minY * scale) - top;
	// Font units point up, pixels down: flip, then move the outline's corner to the mask's.
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><path transform="translate(${offset - left} ${-top}) scale(${scale} ${-scale})" d="${glyph.path.toSVG()}"/></svg>`;
	// The outline is a path: resvg needs no fonts, and looking for the system's costs more than drawing.
	const rgba = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
	const coverage = new Uint8Array(width * height);
	for (let i = 0; i < coverage.length; i++) coverage[i] = rgba[i * 4 + 3] as number;
	return { left, top, width, height, coverage };
}

const masks = new WeakMap<Font, Map<string, Mask>>();

/** The glyph's mask at this size (pixels an em) and quarter-pixel offset, drawn on first use. */
export function glyphMask(font: Font, glyph: Glyph, size: number, subpixel: number): Mask {
	let forFont = masks.get(font);
	if (!forFont) {
		forFont = new Map();
		masks.set(font, forFont);
	}
	const key = `${glyph.id} ${size} ${subpixel}`;
	let mask = forFont.get(key);
	if (!mask) {
		mask = rasterise(font, glyph, size, subpixel);
		forFont.set(key, mask);
	}
	return mask;
}
