/**
 * What every picture shares: its coordinate width, and shapes as path data, so that all
 * the marks of one style are one element however many there are: a page's HTML stays small.
 */

/** The pictures' coordinate width: about a phone's width in CSS pixels, so their type reads at the size it is set. */
export const PICTURE_WIDTH = 360;

/** Coordinates to a tenth of a unit: finer adds bytes to every page and nothing a screen shows. */
export function round(value: number): number {
	return Math.round(value * 10) / 10;
}

/** A circle of radius r centred on (x, y). */
export function circlePath(x: number, y: number, r: number): string {
	return `M${round(x - r)} ${round(y)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`;
}

/** A rectangle from its top left corner. */
export function rectPath(x: number, y: number, width: number, height: number): string {
	return `M${round(x)} ${round(y)}h${round(width)}v${round(height)}h${round(-width)}z`;
}
