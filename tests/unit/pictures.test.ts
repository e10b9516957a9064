import { describe, expect, it } from 'vitest';
import { layoutEvidenceMap, shownLinks, type MapLink, type MapMessage } from '../../src/lib/pictures/evidence-map';
import { PICTURE_WIDTH } from '../../src/lib/pictures/svg';
import { lineHeight, mainTitle, textBlock, textWidth, tspans, wrapText, type TextBlock } from '../../src/lib/pictures/text';
import { layoutThemes, themeRows } from '../../src/lib/pictures/themes';
import { layoutTimeline, MARK_RADIUS, timelineItems, type TimelineItem } from '../../src/lib/pictures/timeline';
import { entryHref } from '../../src/lib/urls';
import { siteContentOf } from '../site-content';
import { SITES } from '../sites';

const site = await siteContentOf(SITES.fixtures.contentDir);

/** Every line of a block fits the picture, unless it is one word too long to break. */
function expectInside(block: TextBlock) {
	for (const { text } of block.lines) {
		if (text.includes(' ')) expect(block.x + textWidth(text, block.size), text).toBeLessThanOrEqual(PICTURE_WIDTH);
	}
}

const firstY = (block: TextBlock) => block.lines[0]!.y;
const lastY = (block: TextBlock) => block.lines.at(-1)!.y;
/** A block's words, its lines joined again. */
const words = (block: TextBlock) => block.lines.map((line) => line.text).join(' ');
/** How many shapes a path draws: each begins with a move. */
const subpaths = (d: string) => d.split('M').length - 1;

describe('words in a picture', () => {
	const title = 'Evaluating partnerships in mental health: the impact on service users and their carers';

	it('are broken into lines that fit, keeping every word in order', () => {
		for (const width of [80, 140, 284]) {
			const lines = wrapText(title, width, 14);
			expect(lines.join(' ')).toBe(title);
			for (const line of lines.filter((line) => line.includes(' '))) expect(textWidth(line, 14)).toBeLessThanOrEqual(width);
		}
		expect(wrapText(title, 1000, 14)).toEqual([title]);
	});

	it('keep a word too long for the width whole, on a line of its own', () => {
		expect(wrapText('a Supercalifragilisticexpialidocious b', 40, 14)).toEqual(['a', 'Supercalifragilisticexpialidocious', 'b']);
	});

	it('stop at the lines they are given room for, saying that words are left off', () => {
		const lines = wrapText(title, 140, 14, 2);
		expect(lines).toHaveLength(2);
		expect(lines[1]!.endsWith('…')).toBe(true);
		expect(textWidth(lines[1]!, 14)).toBeLessThanOrEqual(140);
		// What is shown is the title's start, word for word.
		expect(title.startsWith(`${lines.join(' ').slice(0, -1)} `)).toBe(true);
		expect(wrapText('Short title', 140, 14, 2)).toEqual(['Short title']);
	});

	it('shorten a title to its main part only when that part says enough', () => {
		expect(mainTitle('Shared care records across health and social care: lessons from a fixture pilot')).toBe(
			'Shared care records across health and social care',
		);
		expect(mainTitle('Editorial: why partnerships matter')).toBe('Editorial: why partnerships matter');
		expect(mainTitle('No subtitle here')).toBe('No subtitle here');
	});

	it('are written as markup with what editors wrote escaped', () => {
		const { block } = textBlock('Health & care <at> home', { x: 5, top: 0, width: 300, size: 14 });
		expect(tspans(block)).toBe(`<tspan x="5" y="${block.lines[0]!.y}">Health &amp; care &lt;at&gt; home</tspan>`);
	});

	it('step down a line at a time, the block as tall as its lines', () => {
		const { block, height } = textBlock(title, { x: 0, top: 100, width: 140, size: 14 });
		expect(block.lines.length).toBeGreaterThan(2);
		expect(firstY(block)).toBeGreaterThan(100);
		const steps = block.lines.slice(1).map((line, index) => line.y - block.lines[index]!.y);
		for (const step of steps) expect(step).toBeCloseTo(lineHeight(14), 0);
		expect(lastY(block)).toBeLessThanOrEqual(100 + height);
	});
});

const item = (year: number, kind: TimelineItem['kind'], title: string, toCome = false): TimelineItem => ({
	kind,
	title,
	detail: `${kind}, ${year}`,
	date: { year },
	href: `/${title}/`,
	toCome,
});

describe('the series timeline', () => {
	const items = [
		item(2033, 'symposium', 'Symposium 2033', true),
		item(2029, 'symposium', 'Symposium 2029'),
		item(2031, 'edition', 'Proceedings of the fixture symposia, 2029 and 2031, gathered in one volume with a long title'),
		item(2030, 'edition', 'Special issue 2030'),
		item(2031, 'symposium', 'Symposium 2031'),
	];
	const layout = layoutTimeline(items)!;

	it('gives every symposium and edition one mark, oldest at the top', () => {
		expect(layout.entries.map((entry) => entry.item)).toHaveLength(items.length);
		expect(new Set(layout.entries.map((entry) => entry.item))).toEqual(new Set(items));
		const years = layout.entries.map((entry) => entry.item.date.year);
		expect(years).toEqual([...years].sort((a, b) => a - b));
	});

	it('puts each mark in its year’s band, the years down the side in order without overlapping', () => {
		expect(layout.years.map((year) => year.year)).toEqual([2029, 2030, 2031, 2033]);
		for (const [index, year] of layout.years.entries()) {
			const next = layout.years[index + 1];
			if (next) expect(year.bottom).toBeLessThan(next.top);
			const marks = layout.entries.filter((entry) => entry.item.date.year === year.year).map((entry) => entry.mark.y);
			for (const y of marks) {
				expect(y).toBeGreaterThanOrEqual(year.top);
				expect(y).toBeLessThanOrEqual(year.bottom);
			}
			// The year's label is level with its first mark.
			expect(Math.abs(year.label.y - marks[0]!)).toBeLessThan(year.label.size);
		}
	});

	it('puts a symposium before an edition of its year, and marks on the axis that do not overlap', () => {
		const of2031 = layout.entries.filter((entry) => entry.item.date.year === 2031).map((entry) => entry.item.kind);
		expect(of2031).toEqual(['symposium', 'edition']);
		const marks = layout.entries.map((entry) => entry.mark);
		expect(new Set(marks.map((mark) => mark.x)).size).toBe(1);
		for (const [index, mark] of marks.slice(1).entries()) expect(mark.y - marks[index]!.y).toBeGreaterThan(2 * MARK_RADIUS + 2);
	});

	it('sets each entry’s words below the last entry’s, inside the picture', () => {
		for (const [index, entry] of layout.entries.entries()) {
			expectInside(entry.title);
			expectInside(entry.detail);
			expect(firstY(entry.detail)).toBeGreaterThan(lastY(entry.title));
			const previous = layout.entries[index - 1];
			if (previous) expect(firstY(entry.title) - entry.title.size).toBeGreaterThan(lastY(previous.detail));
		}
		expect(lastY(layout.entries.at(-1)!.detail)).toBeLessThanOrEqual(layout.height);
		expect(layout.entries.find((entry) => entry.item.kind === 'edition' && entry.item.date.year === 2031)!.title.lines.length).toBeGreaterThan(1);
	});

	it('breaks the axis across years with nothing, and only there', () => {
		const runs = (d: string) => [...d.matchAll(/M[\d.]+ ([\d.]+)V([\d.]+)/g)].map(([, from, to]) => [Number(from), Number(to)]);
		const markOf = (year: number) => layout.entries.find((entry) => entry.item.date.year === year)!.mark.y;
		const lastOf = (year: number) => layout.entries.findLast((entry) => entry.item.date.year === year)!.mark.y;
		expect(runs(layout.axis.broken)).toEqual([[lastOf(2031), markOf(2033)]]);
		expect(runs(layout.axis.solid)).toEqual([[markOf(2029), lastOf(2031)]]);
		const joined = layoutTimeline([item(2029, 'symposium', 'A'), item(2030, 'symposium', 'B')])!;
		expect(joined.axis.broken).toBe('');
	});

	it('gives a run of empty years more room than a step to the next year, so the break shows', () => {
		const [first, second, third] = layoutTimeline([item(2029, 'symposium', 'A'), item(2030, 'symposium', 'B'), item(2040, 'symposium', 'C')])!.entries.map(
			(entry) => entry.mark.y,
		);
		expect(third! - second!).toBeGreaterThan(second! - first! + 2 * MARK_RADIUS);
	});

	it('draws a mark an entry and a key: a circle for a symposium, a square for an edition, hollow for one to come', () => {
		expect(layout.legend.map(({ kind, toCome }) => `${kind} ${toCome}`)).toEqual(['symposium false', 'symposium true', 'edition false']);
		for (const key of layout.legend) expect(key.mark.y).toBeLessThan(layout.entries[0]!.mark.y);
		expect(layout.marks.map(({ kind, toCome }) => `${kind} ${toCome}`)).toEqual(layout.legend.map(({ kind, toCome }) => `${kind} ${toCome}`));
		for (const { kind, toCome, d } of layout.marks) {
			const entries = layout.entries.filter(({ item }) => item.kind === kind && item.toCome === toCome);
			expect(subpaths(d), `${kind} ${toCome}`).toBe(entries.length + 1);
			// Arcs draw a circle; a square is all straight sides.
			expect(/a/.test(d)).toBe(kind === 'symposium');
			// Each begins at its left edge: a circle level with its centre, a square at its top.
			const tenth = (n: number) => Math.round(n * 10) / 10;
			for (const { mark } of entries) expect(d).toContain(`M${tenth(mark.x - MARK_RADIUS)} ${kind === 'symposium' ? mark.y : tenth(mark.y - MARK_RADIUS)}`);
		}
	});

	it('draws nothing when there is nothing', () => {
		expect(layoutTimeline([])).toBeUndefined();
	});

	it('holds every symposium and edition on the site, each at its own year and address', () => {
		const fromSite = timelineItems(site.symposia, site.editions);
		const drawn = layoutTimeline(fromSite)!;
		const expected = [...site.symposia.map((s) => [entryHref(s), s.data.held.year]), ...site.editions.map((e) => [entryHref(e), e.data.date!.year])];
		expect(drawn.entries.map((entry) => [entry.item.href, entry.item.date.year]).sort()).toEqual(expected.sort());
		const planned = site.symposia.filter((symposium) => symposium.data.status === 'planned');
		expect(planned.length, 'the fixtures plan a symposium').toBeGreaterThan(0);
		for (const symposium of planned) {
			const entry = drawn.entries.find((entry) => entry.item.href === entryHref(symposium))!;
			expect(entry.item.toCome).toBe(true);
			expect(entry.item.detail).toMatch(/^Planned/);
		}
	});

	it('stands an edition with no date yet with the newest symposium it gathers, and says its date is not known', () => {
		const symposium = (id: string, year: number) => ({
			collection: 'symposia' as const,
			id,
			data: { shortTitle: id, held: { year }, status: 'held' as const },
		});
		const [edition] = timelineItems(
			[],
			[
				{
					collection: 'editions',
					id: 'undated',
					data: { kind: 'proceedings', title: 'Undated', status: 'in-press', symposia: [{ collection: 'symposia', id: 'a' }] },
				},
			],
		);
		expect(edition, 'no symposium on the site: no place on the axis').toBeUndefined();
		const items = timelineItems(
			[symposium('a', 2029), symposium('b', 2031)],
			[
				{
					collection: 'editions',
					id: 'undated',
					data: {
						kind: 'proceedings',
						title: 'Undated',
						status: 'in-press',
						symposia: [
							{ collection: 'symposia', id: 'b' },
							{ collection: 'symposia', id: 'a' },
						],
					},
				},
			],
		);
		const undated = items.find((entry) => entry.kind === 'edition')!;
		expect(undated.date.year).toBe(2031);
		expect(undated.toCome).toBe(true);
		expect(undated.detail).toBe('Proceedings, in press, date not known yet');
	});
});

const paper = (key: string) => ({ key, title: `Paper ${key}`, href: `/papers/${key}/` });
const byEditors = (key: string): MapLink => ({ paper: paper(key), by: 'editors' });
const bySource = (key: string, source: string): MapLink => ({ paper: paper(key), by: 'source', source });
const message = (order: number, links: MapLink[]): MapMessage => ({
	key: `m${order}`,
	order,
	title: `Message number ${order} of the symposium`,
	href: `/m${order}/`,
	links,
});

describe('the evidence map', () => {
	const messages = [
		message(1, [bySource('a', 'Weekly, 2 April'), byEditors('b')]),
		message(2, []),
		message(3, [bySource('c', 'Monthly, May'), byEditors('c'), bySource('c', 'Monthly, May'), bySource('d', 'Weekly, 2 April')]),
	];
	const layout = layoutEvidenceMap(messages)!;

	it('lists every message on the left, those with no linked paper too, and each linked paper once on the right', () => {
		expect(layout.messages.map((node) => node.key)).toEqual(['m1', 'm2', 'm3']);
		expect(layout.papers.map((node) => node.key).sort()).toEqual(['a', 'b', 'c', 'd']);
		for (const node of layout.messages) expect(node.dot.x).toBeLessThan(Math.min(...layout.papers.map((paper) => paper.dot.x)));
	});

	it('draws one line a link, from the message’s dot to the paper’s, a link listed twice once', () => {
		expect(layout.lines.map(({ from, to }) => `${from}-${to}`)).toEqual(['m1-a', 'm1-b', 'm3-c', 'm3-c', 'm3-d']);
		for (const line of layout.lines) {
			const from = layout.messages.find((node) => node.key === line.from)!.dot;
			const to = layout.papers.find((node) => node.key === line.to)!.dot;
			const [x1, y1, x2, y2] = /^M([\d.]+) ([\d.]+)C.* ([\d.]+) ([\d.]+)$/.exec(line.d)!.slice(1).map(Number);
			expect([x1, x2]).toEqual([from.x, to.x]);
			expect(Math.abs(y1! - from.y)).toBeLessThan(5);
			expect(Math.abs(y2! - to.y)).toBeLessThan(5);
		}
		const [source, editors] = layout.lines.filter((line) => line.to === 'c');
		expect(source!.d, 'two links between one message and one paper both show').not.toBe(editors!.d);
	});

	it('says who linked each line by its pattern: one for each source, dashes for the editors, each in the legend', () => {
		const dashes = new Map(layout.lines.map((line) => [line.linkedBy, line.dash]));
		expect([...dashes.keys()].sort()).toEqual(['Chosen by our editors', 'Linked by Monthly, May', 'Linked by Weekly, 2 April']);
		expect(new Set(dashes.values()).size, 'three hands, three patterns').toBe(3);
		expect(dashes.get('Chosen by our editors')).toBeDefined();
		for (const line of layout.lines) {
			const key = layout.legend.find((entry) => entry.dash === line.dash);
			expect(key, line.linkedBy).toBeDefined();
			expect(words(key!.label)).toContain(line.linkedBy);
		}
	});

	it('draws each pattern once, its legend’s sample and its lines, and a dot for every message and paper', () => {
		expect(layout.strokes.map((stroke) => stroke.dash)).toEqual(layout.legend.map((entry) => entry.dash));
		for (const stroke of layout.strokes) {
			const lines = layout.lines.filter((line) => line.dash === stroke.dash);
			expect(subpaths(stroke.d)).toBe(lines.length + 1);
			for (const line of lines) expect(stroke.d).toContain(line.d);
		}
		expect(subpaths(layout.dots)).toBe(layout.messages.length + layout.papers.length);
	});

	it('names sources beyond the patterns under the pattern they share', () => {
		const links = ['A', 'B', 'C', 'D', 'E'].map((source, index) => bySource(String(index), `Source ${source}`));
		const many = layoutEvidenceMap([message(1, links)])!;
		const named = many.legend.map((entry) => words(entry.label));
		for (const source of ['A', 'B', 'C', 'D', 'E']) expect(named.filter((label) => label.includes(`Source ${source}`))).toHaveLength(1);
		for (const line of many.lines) expect(words(many.legend.find((entry) => entry.dash === line.dash)!.label)).toContain(line.linkedBy);
	});

	it('sets each paper level with the messages that link it, so that fewer lines cross', () => {
		const papers = layout.papers.map((node) => node.key);
		expect(papers.indexOf('a')).toBeLessThan(papers.indexOf('c'));
		expect(papers.indexOf('b')).toBeLessThan(papers.indexOf('d'));
	});

	it('keeps each column’s entries apart and inside the picture, below the legend', () => {
		for (const column of [layout.messages, layout.papers]) {
			for (const [index, node] of column.entries()) {
				expectInside(node.text);
				expect(firstY(node.text)).toBeGreaterThan(lastY(layout.legend.at(-1)!.label));
				const previous = column[index - 1];
				if (previous) expect(firstY(node.text) - node.text.size).toBeGreaterThan(lastY(previous.text));
			}
			expect(lastY(column.at(-1)!.text)).toBeLessThanOrEqual(layout.height);
		}
		for (const node of layout.messages) for (const line of node.text.lines) expect(node.text.x + textWidth(line.text, node.text.size)).toBeLessThan(node.dot.x);
	});

	it('draws nothing when no message has a linked paper', () => {
		expect(layoutEvidenceMap([])).toBeUndefined();
		expect(layoutEvidenceMap([message(1, []), message(2, [])])).toBeUndefined();
	});

	it('draws each link to a paper on the site of a symposium’s messages, as its message page lists them', () => {
		const withEvidence = site.symposia.filter((symposium) => site.partsOf(symposium).messages.some((m) => site.evidenceFor(m).length > 0));
		expect(withEvidence.length, 'the fixtures link papers to key messages').toBeGreaterThan(0);
		for (const symposium of site.symposia) {
			const messages = site.partsOf(symposium).messages;
			const drawn = layoutEvidenceMap(
				messages.map((m) => ({
					key: m.id,
					order: m.data.order,
					title: m.data.title,
					href: entryHref(m),
					links: shownLinks(m, site.evidenceFor(m)),
				})),
			);
			if (!withEvidence.includes(symposium)) {
				expect(drawn, symposium.id).toBeUndefined();
				continue;
			}
			for (const m of messages) {
				const listed = site.evidenceFor(m).flatMap(({ label, papers }) => papers.map((p) => `${p.id} ${label.includes('editors') ? 'editors' : 'source'}`));
				const lines = drawn!.lines.filter((line) => line.from === m.id);
				expect(lines.map((line) => `${line.to} ${line.linkedBy.includes('editors') ? 'editors' : 'source'}`).sort(), m.id).toEqual(listed.sort());
			}
		}
	});
});

describe('an edition’s themes', () => {
	const papers = [
		{ id: 'p1', themes: ['evaluation', 'older people'] },
		{ id: 'p2', themes: ['evaluation'] },
		{ id: 'p3', themes: [] },
		{ id: 'p4', themes: ['carers', 'evaluation', 'evaluation'] },
		{ id: 'p5', themes: ['older people'] },
	];
	const rows = themeRows(papers, (p) => p.themes);

	it('count each paper under each theme it names, once, and those that name none last', () => {
		expect(rows.map(({ theme, papers }) => [theme, papers.map((p) => p.id)])).toEqual([
			['evaluation', ['p1', 'p2', 'p4']],
			['older people', ['p1', 'p5']],
			['carers', ['p4']],
			[undefined, ['p3']],
		]);
		for (const p of papers) expect(rows.filter((row) => row.papers.includes(p)).length).toBe(Math.max(1, new Set(p.themes).size));
	});

	it('draw bars on one scale from zero, each with its count, most papers at the top', () => {
		const layout = layoutThemes(rows.map(({ theme, papers }) => ({ label: theme ?? 'none', count: papers.length })))!;
		expect(layout.bars.map((bar) => bar.count.value)).toEqual([3, 2, 1, 1]);
		for (const { bar, count } of layout.bars) {
			expect(bar.width / count.value).toBeCloseTo(layout.bars[0]!.bar.width / 3, 1);
			expect(bar.x).toBe(0);
			expect(count.x).toBeGreaterThan(bar.x + bar.width);
			expect(count.x + textWidth(String(count.value), 14)).toBeLessThanOrEqual(layout.width);
		}
		for (const [index, { label, bar }] of layout.bars.entries()) {
			expectInside(label);
			expect(bar.y).toBeGreaterThan(lastY(label));
			const previous = layout.bars[index - 1];
			if (previous) expect(firstY(label) - label.size).toBeGreaterThan(previous.bar.y + previous.bar.height);
		}
		expect(layout.bars.at(-1)!.bar.y + layout.bars.at(-1)!.bar.height).toBeLessThanOrEqual(layout.height);
		expect(subpaths(layout.d)).toBe(layout.bars.length);
		for (const { bar } of layout.bars) expect(layout.d).toContain(`M${bar.x} ${bar.y}h${bar.width}`);
	});

	it('draw nothing when there is nothing to count', () => {
		expect(themeRows([], () => [])).toEqual([]);
		expect(layoutThemes([])).toBeUndefined();
	});

	it('count an edition’s confirmed contents on the site', () => {
		const editions = site.editions.filter((edition) => site.contentsOf(edition).contents.length > 0);
		expect(editions.length, 'the fixtures confirm an edition’s contents').toBeGreaterThan(0);
		for (const edition of editions) {
			const { contents } = site.contentsOf(edition);
			const counted = themeRows(contents, (p) => p.data.themes);
			for (const theme of new Set(contents.flatMap((p) => p.data.themes))) {
				expect(counted.find((row) => row.theme === theme)!.papers.length, theme).toBe(contents.filter((p) => p.data.themes.includes(theme)).length);
			}
		}
	});
});
