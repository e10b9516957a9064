import type { PartialDate } from '../../schemas/partial-date';
import type { Edition, Symposium } from '../content/site-content';
import { comparePartialDates, formatPartialDate } from '../dates';
import { entryHref } from '../urls';
import { circlePath, PICTURE_WIDTH, rectPath, round } from './svg';
import { lineHeight, mainTitle, textBlock, type TextBlock } from './text';

/**
 * The series on one axis of years, drawn down the page so that a phone shows it at a
 * readable size however many years it spans: years on the left, a mark a symposium or
 * edition on the axis, its name and what it is to the right.
 */

/** One mark on the timeline and its words. */
export interface TimelineItem {
	kind: 'symposium' | 'edition';
	title: string;
	/** What it is and when, in words, so that the mark's shape is not all that says so. */
	detail: string;
	/** Where it stands on the axis, and among others of its year. */
	date: PartialDate;
	href: string;
	/** A symposium still to come, or an edition not out yet: drawn hollow. */
	toCome: boolean;
}

type SymposiumFields = Pick<Symposium, 'collection' | 'id'> & { data: Pick<Symposium['data'], 'shortTitle' | 'held' | 'status'> };
type EditionFields = Pick<Edition, 'collection' | 'id'> & { data: Pick<Edition['data'], 'kind' | 'title' | 'date' | 'status' | 'symposia'> };

const EDITION_KINDS = { 'special-issue': 'Special edition', proceedings: 'Proceedings' } as const;
/** The statuses of an edition not out yet, in words: drawn hollow. */
const EDITION_TO_COME: Partial<Record<Edition['data']['status'], string>> = { planned: 'planned', 'in-press': 'in press' };

/** The series' symposia and editions as marks. */
export function timelineItems(symposia: readonly SymposiumFields[], editions: readonly EditionFields[]): TimelineItem[] {
	const held = new Map(symposia.map((symposium) => [symposium.id, symposium.data.held]));
	const symposiumItems = symposia.map(({ collection, id, data }): TimelineItem => {
		const planned = data.status === 'planned';
		return {
			kind: 'symposium',
			title: data.shortTitle,
			detail: `${planned ? 'Planned symposium' : 'Symposium'}, ${formatPartialDate(data.held)}`,
			date: data.held,
			href: entryHref({ collection, id }),
			toCome: planned,
		};
	});
	const editionItems = editions.flatMap(({ collection, id, data }): TimelineItem[] => {
		// Undated, it stands with the newest symposium it gathers, as the site orders editions;
		// one whose symposia are none of those shown has no place on the axis.
		const date =
			data.date ??
			data.symposia
				.flatMap((ref) => held.get(ref.id) ?? [])
				.sort(comparePartialDates)
				.at(-1);
		if (!date) return [];
		const toCome = EDITION_TO_COME[data.status];
		const when = data.date ? formatPartialDate(data.date) : 'date not known yet';
		return [
			{
				kind: 'edition',
				title: data.title,
				detail: [EDITION_KINDS[data.kind], toCome, when].filter(Boolean).join(', '),
				date,
				href: entryHref({ collection, id }),
				toCome: toCome !== undefined,
			},
		];
	});
	return [...symposiumItems, ...editionItems];
}

const YEAR_RIGHT = 44;
const AXIS_X = 58;
const LABEL_X = 76;
const TITLE_SIZE = 15;
const DETAIL_SIZE = 13;
const YEAR_SIZE = 14;
/** Half a mark's width: big enough to tell a circle from a square at a glance. */
export const MARK_RADIUS = 6.5;
const ROW_GAP = 14;
/** The room a run of empty years takes: shown as a break in the axis, not year by year. */
const BREAK = 28;
const LEGEND_ROW = 22;

/** A mark's outline: a circle for a symposium, a square for an edition. */
function markPath(kind: TimelineItem['kind'], x: number, y: number): string {
	const r = MARK_RADIUS;
	return kind === 'symposium' ? circlePath(x, y, r) : rectPath(x - r, y - r, 2 * r, 2 * r);
}

export interface TimelineEntry {
	item: TimelineItem;
	/** The centre of its mark, on the axis. */
	mark: { x: number; y: number };
	title: TextBlock;
	detail: TextBlock;
}

export interface TimelineLayout {
	width: number;
	height: number;
	/** The kinds of mark the picture uses, each with its meaning. */
	legend: { kind: TimelineItem['kind']; toCome: boolean; label: string; mark: { x: number; y: number }; text: Label }[];
	/** Each year that has a mark: its label, level with its first mark, and the band its marks take. */
	years: { year: number; label: Label; top: number; bottom: number }[];
	/** The axis as path data: solid between neighbouring years, broken across years with nothing. */
	axis: { solid: string; broken: string };
	entries: TimelineEntry[];
	/** The marks of each style, the legend's among them, as one path a style. */
	marks: { kind: TimelineItem['kind']; toCome: boolean; d: string }[];
}

/** One line of words at a baseline. */
export interface Label {
	x: number;
	y: number;
	size: number;
}

const LEGEND_KEYS: { kind: TimelineItem['kind']; toCome: boolean; label: string }[] = [
	{ kind: 'symposium', toCome: false, label: 'Symposium held' },
	{ kind: 'symposium', toCome: true, label: 'Symposium planned' },
	{ kind: 'edition', toCome: false, label: 'Edition' },
	{ kind: 'edition', toCome: true, label: 'Edition to come' },
];

/** Oldest at the top, as a timeline reads; undefined when there is nothing to draw. */
export function layoutTimeline(items: readonly TimelineItem[]): TimelineLayout | undefined {
	if (items.length === 0) return undefined;
	const sorted = [...items].sort(
		(a, b) => comparePartialDates(a.date, b.date) || Number(a.kind === 'edition') - Number(b.kind === 'edition') || a.title.localeCompare(b.title),
	);

	// Only the kinds of mark the picture holds need a key: two to a row.
	const keys = LEGEND_KEYS.filter((key) => sorted.some((item) => item.kind === key.kind && item.toCome === key.toCome));
	const column = PICTURE_WIDTH / 2;
	const legend = keys.map((key, index) => {
		const x = (index % 2) * column + MARK_RADIUS + 1;
		const y = Math.floor(index / 2) * LEGEND_ROW + LEGEND_ROW / 2;
		return { ...key, mark: { x, y }, text: { x: x + MARK_RADIUS + 8, y: round(y + DETAIL_SIZE * 0.35), size: DETAIL_SIZE } };
	});
	let cursor = Math.ceil(keys.length / 2) * LEGEND_ROW + ROW_GAP;

	const entries: TimelineEntry[] = [];
	const years: TimelineLayout['years'] = [];
	// The axis as runs from one mark to the next: solid, or broken across years with nothing.
	const runs: { from: number; to: number; broken: boolean }[] = [];
	const width = PICTURE_WIDTH - LABEL_X;
	for (const item of sorted) {
		const previous = entries.at(-1);
		const gap = previous ? item.date.year - previous.item.date.year : 0;
		if (gap > 1) cursor += BREAK;
		// An edition's subtitle is left to its page and to the list under the picture.
		const title = textBlock(mainTitle(item.title), { x: LABEL_X, top: cursor, width, size: TITLE_SIZE, maxLines: 3 });
		const detail = textBlock(item.detail, { x: LABEL_X, top: cursor + title.height, width, size: DETAIL_SIZE });
		// The mark sits level with the title's first line.
		const mark = { x: AXIS_X, y: round(cursor + lineHeight(TITLE_SIZE) / 2) };
		if (previous) {
			const run = runs.at(-1);
			if (run && !run.broken && gap <= 1) run.to = mark.y;
			else runs.push({ from: previous.mark.y, to: mark.y, broken: gap > 1 });
		}
		if (!previous || gap > 0)
			years.push({ year: item.date.year, label: { x: YEAR_RIGHT, y: round(mark.y + YEAR_SIZE * 0.35), size: YEAR_SIZE }, top: cursor, bottom: cursor });
		entries.push({ item, mark, title: title.block, detail: detail.block });
		cursor += title.height + detail.height;
		years.at(-1)!.bottom = cursor;
		cursor += ROW_GAP;
	}
	const path = (broken: boolean) =>
		runs
			.filter((run) => run.broken === broken)
			.map(({ from, to }) => `M${AXIS_X} ${from}V${to}`)
			.join('');
	const drawn = [...legend, ...entries.map(({ item: { kind, toCome }, mark }) => ({ kind, toCome, mark }))];
	const marks = keys.map(({ kind, toCome }) => ({
		kind,
		toCome,
		d: drawn
			.filter((key) => key.kind === kind && key.toCome === toCome)
			.map(({ mark }) => markPath(kind, mark.x, mark.y))
			.join(''),
	}));
	return {
		width: PICTURE_WIDTH,
		height: Math.ceil(cursor - ROW_GAP + 4),
		legend,
		years,
		axis: { solid: path(false), broken: path(true) },
		entries,
		marks,
	};
}
