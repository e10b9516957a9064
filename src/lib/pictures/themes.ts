import { PICTURE_WIDTH, rectPath, round } from './svg';
import { textBlock, type TextBlock } from './text';

/**
 * An edition's contents by theme: a bar a theme, as long as its count of papers, with
 * the theme's name above it and the count at its end, so the numbers are read, not guessed.
 */

/** Papers under one theme; `theme` is undefined for the papers that name none. */
export interface ThemeRow<T> {
	theme: string | undefined;
	papers: T[];
}

/**
 * The papers under each theme they name, most papers first, then A–Z, and last those that
 * name no theme, so that every paper is counted at least once.
 */
export function themeRows<T>(papers: readonly T[], themesOf: (paper: T) => readonly string[]): ThemeRow<T>[] {
	const byTheme = new Map<string, T[]>();
	const unthemed: T[] = [];
	for (const paper of papers) {
		const themes = new Set(themesOf(paper));
		if (themes.size === 0) unthemed.push(paper);
		for (const theme of themes) byTheme.set(theme, [...(byTheme.get(theme) ?? []), paper]);
	}
	const rows = [...byTheme]
		.map(([theme, papers]): ThemeRow<T> => ({ theme, papers }))
		.sort((a, b) => b.papers.length - a.papers.length || a.theme!.localeCompare(b.theme!));
	return unthemed.length > 0 ? [...rows, { theme: undefined, papers: unthemed }] : rows;
}

/** What the picture and its text call the papers that name no theme. */
export const NO_THEME = 'No theme given';

const LABEL_SIZE = 14;
const BAR_HEIGHT = 14;
const ROW_GAP = 12;
/** Room after the longest bar for its count. */
const COUNT_ROOM = 40;

export interface ThemeBar {
	label: TextBlock;
	bar: { x: number; y: number; width: number; height: number };
	count: { value: number; x: number; y: number };
}

export interface ThemesLayout {
	width: number;
	height: number;
	bars: ThemeBar[];
	/** Every bar, as one path. */
	d: string;
}

/** Bars on one scale from zero, in the rows' order; undefined when there is nothing to count. */
export function layoutThemes(rows: readonly { label: string; count: number }[]): ThemesLayout | undefined {
	const most = Math.max(0, ...rows.map((row) => row.count));
	if (most === 0) return undefined;
	const scale = (PICTURE_WIDTH - COUNT_ROOM) / most;
	let cursor = 0;
	const bars = rows.map(({ label, count }) => {
		const text = textBlock(label, { x: 0, top: cursor, width: PICTURE_WIDTH, size: LABEL_SIZE });
		const y = round(cursor + text.height + 2);
		const width = round(count * scale);
		cursor = y + BAR_HEIGHT + ROW_GAP;
		return {
			label: text.block,
			bar: { x: 0, y, width, height: BAR_HEIGHT },
			count: { value: count, x: round(width + 6), y: round(y + BAR_HEIGHT / 2 + LABEL_SIZE * 0.35) },
		};
	});
	return {
		width: PICTURE_WIDTH,
		height: Math.ceil(cursor - ROW_GAP + 2),
		bars,
		d: bars.map(({ bar }) => rectPath(bar.x, bar.y, bar.width, bar.height)).join(''),
	};
}
