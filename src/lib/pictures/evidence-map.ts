import type { EvidenceGroup } from '../content/evidence';
import type { Message } from '../content/site-content';
import { entryHref } from '../urls';
import { circlePath, PICTURE_WIDTH, round } from './svg';
import { lineHeight, mainTitle, textBlock, type TextBlock } from './text';

/**
 * A symposium's key messages on the left, the papers linked to them on the right, a line
 * for each link. Whose link it is shows in the line's pattern, never in colour alone:
 * solid for the first source, other patterns for other sources, dashes for the editors.
 */

/** A paper as the map needs it; `key` tells papers apart when two share a title. */
export interface MapPaper {
	key: string;
	title: string;
	href: string;
}

export interface MapLink {
	paper: MapPaper;
	by: 'editors' | 'source';
	source?: string | undefined;
}

export interface MapMessage {
	key: string;
	/** Its number among its symposium's key messages. */
	order: number;
	title: string;
	href: string;
	links: MapLink[];
}

/**
 * A message's links to the papers shown on the site: those its evidence groups hold (a
 * paper held back is left out until it is published, as the site's lists do).
 */
export function shownLinks(message: Pick<Message, 'data'>, evidence: readonly EvidenceGroup[]): MapLink[] {
	const shown = new Map(evidence.flatMap((group) => group.papers).map((paper) => [paper.id, paper]));
	return message.data.evidence.flatMap(({ paper: ref, by, source }) => {
		const paper = shown.get(ref.id);
		return paper ? [{ paper: { key: paper.id, title: paper.data.title, href: entryHref(paper) }, by, source }] : [];
	});
}

/** Line patterns as stroke-dasharray values, undefined for solid: the sources' in the order they are first met. */
const SOURCE_DASHES = [undefined, '2 3', '10 3 2 3'] as const;
const EDITORS_DASH = '8 5';

const TEXT_SIZE = 14;
const MESSAGE_WIDTH = 136;
const MESSAGE_DOT = 150;
const PAPER_DOT = 210;
const PAPER_X = 220;
const ROW_GAP = 12;
/** How far apart two links between the same message and paper are drawn, so that both show. */
const PARALLEL = 4;
const LEGEND_SAMPLE = 32;
const DOT_RADIUS = 4;
/** Past this a title is cut short: the columns stay level enough for the lines between them to read. */
const MAX_LINES = 4;

export interface MapNode {
	key: string;
	href: string;
	text: TextBlock;
	/** Where its lines meet it. */
	dot: { x: number; y: number };
}

export interface MapLine {
	from: string;
	to: string;
	/** Path data: a curve from the message's dot to the paper's. */
	d: string;
	dash: string | undefined;
	/** Who linked them, in words: "Linked by Fixture Weekly, 2 April 2031". */
	linkedBy: string;
}

export interface EvidenceMapLayout {
	width: number;
	height: number;
	/** Each pattern the lines use, with whose links it shows. */
	legend: { dash: string | undefined; label: TextBlock }[];
	messages: MapNode[];
	papers: MapNode[];
	lines: MapLine[];
	/** What is drawn of the lines: one path a pattern, its legend's sample first. */
	strokes: { dash: string | undefined; d: string }[];
	/** Every message's and paper's dot, as one path. */
	dots: string;
}

/** Who made a link, as the legend and the line say it. */
const EDITORS = 'Chosen by our editors';
const linker = (link: MapLink) => (link.by === 'source' ? `Linked by ${link.source}` : EDITORS);

/** The map of the messages' links; undefined when no message has one. */
export function layoutEvidenceMap(messages: readonly MapMessage[]): EvidenceMapLayout | undefined {
	// One line a link: the same paper listed twice by the same hand is one link.
	const links = messages.flatMap((message) =>
		message.links
			.filter((link, index) => message.links.findIndex((other) => other.paper.key === link.paper.key && linker(other) === linker(link)) === index)
			.map((link) => ({ message, link })),
	);
	if (links.length === 0) return undefined;

	// Sources in the order first met, each with a pattern; sources beyond the patterns share
	// them, and the legend names every source under its pattern.
	const sources = [...new Set(links.flatMap(({ link }) => (link.by === 'source' ? [linker(link)] : [])))];
	const sourceDash = (label: string) => SOURCE_DASHES[sources.indexOf(label) % SOURCE_DASHES.length];
	const dashOf = (link: MapLink) => (link.by === 'editors' ? EDITORS_DASH : sourceDash(linker(link)));
	const patterns = new Map<string | undefined, string[]>();
	for (const label of sources) patterns.set(sourceDash(label), [...(patterns.get(sourceDash(label)) ?? []), label]);
	if (links.some(({ link }) => link.by === 'editors')) patterns.set(EDITORS_DASH, [EDITORS]);

	let cursor = 0;
	const legend = [...patterns].map(([dash, labels]) => {
		const { block, height } = textBlock(labels.join('; '), { x: LEGEND_SAMPLE + 10, top: cursor, width: PICTURE_WIDTH - LEGEND_SAMPLE - 10, size: TEXT_SIZE });
		const sample = `M0 ${round(cursor + lineHeight(TEXT_SIZE) / 2)}H${LEGEND_SAMPLE}`;
		cursor += height + 6;
		return { dash, label: block, sample };
	});
	const top = cursor + ROW_GAP;

	const messageRank = new Map(messages.map((message, index) => [message.key, index]));
	// Each paper level with the messages that link it, on average: fewer lines cross.
	const papers = [...new Map(links.map(({ link }) => [link.paper.key, link.paper])).values()];
	const pull = (paper: MapPaper) => {
		const ranks = links.filter(({ link }) => link.paper.key === paper.key).map(({ message }) => messageRank.get(message.key)!);
		return ranks.reduce((sum, rank) => sum + rank, 0) / ranks.length;
	};
	const pulls = new Map(papers.map((paper) => [paper.key, pull(paper)]));
	papers.sort((a, b) => pulls.get(a.key)! - pulls.get(b.key)!);

	const column = <T extends { key: string; href: string }>(entries: readonly T[], words: (entry: T) => string, x: number, width: number, dotX: number) => {
		let y = 0;
		const nodes = entries.map((entry) => {
			const { block, height } = textBlock(words(entry), { x, top: y, width, size: TEXT_SIZE, maxLines: MAX_LINES });
			const node = { key: entry.key, href: entry.href, text: block, dot: { x: dotX, y: y + lineHeight(TEXT_SIZE) / 2 } };
			y += height + ROW_GAP;
			return node;
		});
		return { nodes, height: y - ROW_GAP };
	};
	const left = column(messages, (message) => `${message.order}. ${message.title}`, 0, MESSAGE_WIDTH, MESSAGE_DOT);
	// A paper's subtitle is left to its page and to the list under the picture.
	const right = column(papers, (paper) => mainTitle(paper.title), PAPER_X, PICTURE_WIDTH - PAPER_X, PAPER_DOT);
	// The shorter column is centred on the taller.
	const place = ({ nodes, height }: typeof left) => {
		const shift = top + (Math.max(left.height, right.height) - height) / 2;
		return nodes.map((node) => ({
			...node,
			text: { ...node.text, lines: node.text.lines.map((line) => ({ ...line, y: round(line.y + shift) })) },
			dot: { x: node.dot.x, y: round(node.dot.y + shift) },
		}));
	};
	const [messageNodes, paperNodes] = [place(left), place(right)];
	const dotOf = (nodes: MapNode[], key: string) => nodes.find((node) => node.key === key)!.dot;

	const lines = links.map(({ message, link }) => {
		const between = links.filter((other) => other.message.key === message.key && other.link.paper.key === link.paper.key);
		const offset = (between.findIndex((other) => other.link === link) - (between.length - 1) / 2) * PARALLEL;
		const from = dotOf(messageNodes, message.key);
		const to = dotOf(paperNodes, link.paper.key);
		const [y1, y2] = [round(from.y + offset), round(to.y + offset)];
		const middle = (from.x + to.x) / 2;
		return {
			from: message.key,
			to: link.paper.key,
			d: `M${from.x} ${y1}C${middle} ${y1} ${middle} ${y2} ${to.x} ${y2}`,
			dash: dashOf(link),
			linkedBy: linker(link),
		};
	});

	return {
		width: PICTURE_WIDTH,
		height: Math.ceil(top + Math.max(left.height, right.height) + 4),
		legend: legend.map(({ dash, label }) => ({ dash, label })),
		messages: messageNodes,
		papers: paperNodes,
		lines,
		strokes: legend.map(({ dash, sample }) => ({ dash, d: [sample, ...lines.filter((line) => line.dash === dash).map((line) => line.d)].join('') })),
		dots: [...messageNodes, ...paperNodes].map(({ dot }) => circlePath(dot.x, dot.y, DOT_RADIUS)).join(''),
	};
}
