/**
 * The curve chart for BENCHMARKS.md: build wall time and peak memory against the number of
 * papers, for this site and its peer, as two small SVG panels. Hand-written SVG: two line
 * series per panel need no library. Series differ by line style, marker shape and a label
 * at the line's end, not by colour alone; <title> and <desc> give the figures as text.
 */

export interface CurvePoint {
	papers: number;
	ours: { wallSeconds: number; peakMiB: number };
	peer: { wallSeconds: number; peakMiB: number };
}

const WIDTH = 800;
const HEIGHT = 340;
const PANEL = { width: 400, left: 64, right: 112, top: 64, bottom: 52 };
const SERIES = [
	{ key: 'ours', label: 'this site', colour: '#1f4e79', dash: '', marker: 'circle' },
	{ key: 'peer', label: '', colour: '#a04a00', dash: '7 4', marker: 'square' },
] as const;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const format = (value: number, digits = 0) => value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const round = (value: number) => Math.round(value * 10) / 10;

/** Evenly spaced round values from 0 to at least max, about `target` steps (1, 2, 2.5 or 5 times a power of ten). */
export function niceTicks(max: number, target = 4): number[] {
	if (!(max > 0)) return [0, 1];
	const power = 10 ** Math.floor(Math.log10(max / target));
	const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => max / s <= target) ?? 10 * power;
	return Array.from({ length: Math.ceil(max / step - 1e-9) + 1 }, (_, i) => i * step);
}

interface Panel {
	title: string;
	unit: string;
	digits: number;
	value: (side: CurvePoint['ours']) => number;
}

function panel(points: CurvePoint[], spec: Panel, offsetX: number, peerLabel: string): string {
	const plotW = PANEL.width - PANEL.left - PANEL.right;
	const plotH = HEIGHT - PANEL.top - PANEL.bottom;
	const xTicks = niceTicks(Math.max(...points.map((p) => p.papers)));
	const yTicks = niceTicks(Math.max(...points.flatMap((p) => [spec.value(p.ours), spec.value(p.peer)])));
	const xMax = xTicks.at(-1) as number;
	const yMax = yTicks.at(-1) as number;
	const x = (papers: number) => round(offsetX + PANEL.left + (papers / xMax) * plotW);
	const y = (value: number) => round(PANEL.top + plotH - (value / yMax) * plotH);
	const bottom = PANEL.top + plotH;
	const left = offsetX + PANEL.left;
	const parts: string[] = [`<g aria-hidden="true">`];
	parts.push(`<text x="${left}" y="${PANEL.top - 18}" font-weight="bold">${escape(spec.title)}</text>`);
	for (const tick of yTicks) {
		parts.push(`<line x1="${left}" x2="${left + plotW}" y1="${y(tick)}" y2="${y(tick)}" stroke="#d0d0d0"/>`);
		parts.push(`<text x="${left - 6}" y="${y(tick) + 4}" text-anchor="end">${format(tick)}</text>`);
	}
	for (const tick of xTicks) {
		parts.push(`<line x1="${x(tick)}" x2="${x(tick)}" y1="${bottom}" y2="${bottom + 5}" stroke="#333"/>`);
		parts.push(`<text x="${x(tick)}" y="${bottom + 19}" text-anchor="middle">${format(tick)}</text>`);
	}
	parts.push(`<line x1="${left}" x2="${left + plotW}" y1="${bottom}" y2="${bottom}" stroke="#333"/>`);
	parts.push(`<line x1="${left}" x2="${left}" y1="${PANEL.top}" y2="${bottom}" stroke="#333"/>`);
	parts.push(`<text x="${left + plotW / 2}" y="${HEIGHT - 10}" text-anchor="middle">papers</text>`);
	parts.push(`<text transform="translate(${offsetX + 16} ${PANEL.top + plotH / 2}) rotate(-90)" text-anchor="middle">${escape(spec.unit)}</text>`);

	// Labels at the lines' ends, pushed apart when the two ends are close.
	const ends = SERIES.map((series) => {
		const last = points.at(-1) as CurvePoint;
		return { series, x: x(last.papers), y: y(spec.value(last[series.key])) };
	});
	const [a, b] = ends as [(typeof ends)[number], (typeof ends)[number]];
	if (Math.abs(a.y - b.y) < 14) {
		const shift = (14 - Math.abs(a.y - b.y)) / 2;
		const [upper, lower] = a.y <= b.y ? [a, b] : [b, a];
		upper.y -= shift;
		lower.y += shift;
	}
	for (const [index, series] of SERIES.entries()) {
		const coords = points.map((p) => [x(p.papers), y(spec.value(p[series.key]))] as const);
		parts.push(
			`<polyline fill="none" stroke="${series.colour}" stroke-width="2"${series.dash ? ` stroke-dasharray="${series.dash}"` : ''} points="${coords.map(([cx, cy]) => `${cx},${cy}`).join(' ')}"/>`,
		);
		for (const [cx, cy] of coords) {
			parts.push(
				series.marker === 'circle'
					? `<circle cx="${cx}" cy="${cy}" r="4" fill="${series.colour}"/>`
					: `<rect x="${round(cx - 4)}" y="${round(cy - 4)}" width="8" height="8" fill="${series.colour}"/>`,
			);
		}
		const end = ends[index] as (typeof ends)[number];
		parts.push(`<text x="${end.x + 9}" y="${round(end.y + 4)}" fill="${series.colour}">${escape(series.label || peerLabel)}</text>`);
	}
	parts.push('</g>');
	return parts.join('\n');
}

const PANELS: Panel[] = [
	{ title: 'Build, wall-clock seconds', unit: 'seconds', digits: 1, value: (side) => side.wallSeconds },
	{ title: 'Peak memory of the build (process tree)', unit: 'MiB', digits: 0, value: (side) => side.peakMiB },
];

/** The chart as an SVG document; points in any order (drawn by number of papers). */
export function curveSvg(points: CurvePoint[], peerLabel: string): string {
	const sorted = [...points].sort((p, q) => p.papers - q.papers);
	const figures = (spec: Panel) =>
		sorted
			.map((p) => `${format(p.papers)} papers: this site ${format(spec.value(p.ours), spec.digits)}, ${peerLabel} ${format(spec.value(p.peer), spec.digits)}`)
			.join('; ');
	const description = PANELS.map((spec) => `${spec.title} (${spec.unit}): ${figures(spec)}.`).join(' ');
	const legend = SERIES.map((series, index) => {
		const lx = 64 + index * 170;
		const marker =
			series.marker === 'circle'
				? `<circle cx="${lx + 14}" cy="18" r="4" fill="${series.colour}"/>`
				: `<rect x="${lx + 10}" y="14" width="8" height="8" fill="${series.colour}"/>`;
		return `<line x1="${lx}" x2="${lx + 28}" y1="18" y2="18" stroke="${series.colour}" stroke-width="2"${series.dash ? ` stroke-dasharray="${series.dash}"` : ''}/>${marker}<text x="${lx + 36}" y="22">${escape(series.label || peerLabel)}</text>`;
	});
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="curve-title curve-desc" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="12" fill="#222">
<title id="curve-title">Build time and peak memory against the number of papers: this site and ${escape(peerLabel)}</title>
<desc id="curve-desc">${escape(description)}</desc>
<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>
<g aria-hidden="true">${legend.join('')}</g>
${PANELS.map((spec, index) => panel(sorted, spec, index * PANEL.width, peerLabel)).join('\n')}
</svg>
`;
}
