import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { writeSection } from '../../lib/benchmarks-file.ts';
import { curveSvg, niceTicks, type CurvePoint } from '../chart.ts';
import { generateContent, RARE_WORD, rarePaperIndex, startPaperIndex, syntheticPapers } from '../content.ts';
import { recordGalleys, type GalleyFigures } from '../galleys.ts';
import { seeded } from '../random.ts';
import { COLUMNS, recordRow, SECTION } from '../report.ts';
import {
	comparisonTable,
	CURVE_HEADING,
	curvePoint,
	curveRow,
	goalMet,
	GOALS,
	mergeCurve,
	SECTION as SIDE_BY_SIDE,
	sideBySideSection,
	type RunContext,
	type SiteRuns,
	type SizeRun,
} from '../side-by-side-report.ts';
import { parseEnv } from '../side-by-side.ts';
import { starlightPage } from '../starlight.ts';
import { median, ratio } from '../stats.ts';

const folders: string[] = [];
function folder(): string {
	const dir = mkdtempSync(join(tmpdir(), 'bench-test-'));
	folders.push(dir);
	return dir;
}

afterEach(() => {
	for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function files(dir: string, sub = ''): Record<string, string> {
	const result: Record<string, string> = {};
	for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
		const path = join(sub, entry.name);
		if (entry.isDirectory()) Object.assign(result, files(dir, path));
		else result[path] = readFileSync(join(dir, path), 'utf8');
	}
	return result;
}

describe('the benchmark content', () => {
	it('is the same, byte for byte, every time for the same number of papers', () => {
		const [a, b] = [folder(), folder()];
		generateContent(a, 12);
		generateContent(b, 12);
		expect(files(a)).toEqual(files(b));
	});

	it('has the shape of a content folder, with papers of 1,500 to 4,000 words', () => {
		const dir = folder();
		const generated = generateContent(dir, 12);
		expect(readdirSync(join(dir, 'papers'))).toHaveLength(12);
		expect(readdirSync(join(dir, 'messages'))).toHaveLength(4);
		expect(readdirSync(dir).sort()).toEqual(['commentary', 'editions', 'messages', 'papers', 'people', 'sessions', 'site.yaml', 'symposia']);
		for (const id of generated.papers) {
			const text = readFileSync(join(dir, 'papers', `${id}.mdx`), 'utf8');
			const body = text.split(/^---$/m)[2] ?? '';
			const words = body.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
			expect(words).toBeGreaterThanOrEqual(1500);
			expect(words).toBeLessThanOrEqual(4000);
			expect(body).toMatch(/^## /m);
			expect(body).toMatch(/^### /m);
			expect(body).toMatch(/^\| --- \|/m);
			expect(body).toMatch(/^\[\^2\]: /m);
		}
	});

	it('deals the papers among a series of symposia, each with its own sessions and edition', () => {
		const dir = folder();
		generateContent(dir, 30, 3);
		const field = (text: string, name: string) => new RegExp(`^${name}: (.+)$`, 'm').exec(text)?.[1];
		const symposia = readdirSync(join(dir, 'symposia')).map((name) => name.replace(/\.yaml$/, ''));
		expect(symposia.sort()).toEqual(['bench-2030', 'bench-2031', 'bench-2032']);
		const sessionsOf = new Map(
			readdirSync(join(dir, 'sessions')).map((name) => [name.replace(/\.yaml$/, ''), field(readFileSync(join(dir, 'sessions', name), 'utf8'), 'symposium')]),
		);
		const editionsOf = new Map(
			readdirSync(join(dir, 'editions')).map((name) => [name.replace(/\.yaml$/, ''), readFileSync(join(dir, 'editions', name), 'utf8')]),
		);
		const perSymposium = new Map<string, number>();
		for (const name of readdirSync(join(dir, 'papers'))) {
			const text = readFileSync(join(dir, 'papers', name), 'utf8');
			const symposium = field(text, 'symposium')!;
			perSymposium.set(symposium, (perSymposium.get(symposium) ?? 0) + 1);
			// A paper's session and edition are its own symposium's, as the content check requires.
			const session = field(text, 'session');
			if (session) expect(sessionsOf.get(session), `${name}: ${session}`).toBe(symposium);
			const edition = field(text, 'edition');
			if (edition) expect(editionsOf.get(edition), `${name}: ${edition}`).toContain(`  - ${symposium}`);
		}
		expect([...perSymposium.values()]).toEqual([10, 10, 10]);
		// Each symposium's short name is its own.
		const shortNames = symposia.map((id) => field(readFileSync(join(dir, 'symposia', `${id}.yaml`), 'utf8'), 'shortTitle'));
		expect(new Set(shortNames).size).toBe(3);
		// The search a reader starts from a paper page looks for a paper of the same symposium, near the middle.
		for (const [count, symposia] of [
			[30, 3],
			[1000, 10],
			[1000, 1],
			[12, 1],
		] as const) {
			const start = startPaperIndex(count, symposia);
			expect(start % symposia, `${count} in ${symposia}`).toBe(rarePaperIndex(count) % symposia);
			expect(Math.abs(start - count / 2), `${count} in ${symposia}`).toBeLessThanOrEqual(symposia);
		}
	});

	it('uses only the 10.5555 test prefix for DOIs', () => {
		const dir = folder();
		generateContent(dir, 30);
		const dois = Object.values(files(dir)).flatMap((text) => [...text.matchAll(/^doi: (.+)$/gm)].map((m) => m[1]));
		expect(dois.length).toBeGreaterThan(0);
		for (const doi of dois) expect(doi).toMatch(/^10\.5555\//);
	});
});

describe('the seeded random numbers', () => {
	it('repeat for a seed and differ between seeds', () => {
		const draw = (seed: number) => Array.from({ length: 5 }, seeded(seed).next);
		expect(draw(1)).toEqual(draw(1));
		expect(draw(1)).not.toEqual(draw(2));
	});
});

describe('recording a row in BENCHMARKS.md', () => {
	const row = (n: string) => COLUMNS.map((_, index) => (index === 0 ? n : `v${n}`));

	it('creates the file with an introduction and the section when there is none', () => {
		const file = join(folder(), 'BENCHMARKS.md');
		recordRow(file, row('100'));
		const text = readFileSync(file, 'utf8');
		expect(text).toMatch(/^# Benchmarks\n/);
		expect(text).toContain(`${SECTION}\n`);
		expect(text).toContain('| 100 | v100 |');
	});

	it('replaces the row for the same N, keeps rows in order of N, and leaves other sections alone', () => {
		const file = join(folder(), 'BENCHMARKS.md');
		const header = `| ${COLUMNS.join(' | ')} |\n| ${COLUMNS.map(() => '---').join(' | ')} |`;
		writeFileSync(
			file,
			`# Benchmarks\n\nIntro.\n\n${SECTION}\n\nAbout the table.\n\n${header}\n| 1000 | old |\n\nNotes under the table.\n\n## Lighthouse\n\n| page | score |\n| --- | --- |\n| / | 100 |\n`,
		);
		recordRow(file, row('1000'));
		recordRow(file, row('100'));
		const text = readFileSync(file, 'utf8');
		expect(text).not.toContain('| 1000 | old |');
		expect(text.indexOf('| 100 | v100 |')).toBeLessThan(text.indexOf('| 1000 | v1000 |'));
		expect(text).toContain('Notes under the table.\n\n## Lighthouse\n\n| page | score |\n| --- | --- |\n| / | 100 |\n');
		expect(text.startsWith('# Benchmarks\n\nIntro.\n')).toBe(true);
	});
});

/** Words as a reader sees them, in order, from YAML fields and MDX text alike. */
const wordsOf = (...texts: (string | undefined)[]) =>
	texts
		.filter((text) => text !== undefined)
		.join(' ')
		.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];

function splitFrontmatter(file: string): { data: Record<string, string>; body: string } {
	const [, yaml = '', ...body] = file.split(/^---$/m);
	return { data: parseYaml(yaml) as Record<string, string>, body: body.join('---') };
}

describe('the content for the peer', () => {
	it('gives each Starlight page the words of the same paper on this site', () => {
		const dir = folder();
		const generated = generateContent(dir, 12);
		const peerPages = [...syntheticPapers(12)];
		expect(peerPages.map((paper) => paper.id)).toEqual(generated.papers);
		let abstracts = 0;
		for (const paper of peerPages) {
			const ours = splitFrontmatter(readFileSync(join(dir, 'papers', `${paper.id}.mdx`), 'utf8'));
			const peer = splitFrontmatter(starlightPage(paper));
			if (ours.data.abstract) abstracts += 1;
			expect(peer.data.title).toBe(ours.data.title);
			expect(peer.data.description).toBe(ours.data.plainSummary);
			expect(wordsOf(peer.data.title, peer.data.description, peer.body)).toEqual(
				wordsOf(ours.data.title, ours.data.plainSummary, ours.data.abstract, ours.body),
			);
		}
		// Some papers have an abstract and some not, so both ways are compared.
		expect(abstracts).toBeGreaterThan(0);
		expect(abstracts).toBeLessThan(12);
	});

	it('has the rare word in exactly one paper, on both sites, and nowhere else in the content', () => {
		const dir = folder();
		generateContent(dir, 30);
		const holding = Object.entries(files(dir)).filter(([, text]) => text.includes(RARE_WORD));
		expect(holding).toHaveLength(1);
		expect(holding[0]?.[0]).toMatch(/^papers\//);
		const peerHolding = [...syntheticPapers(30)].filter((paper) => starlightPage(paper).includes(RARE_WORD));
		expect(peerHolding.map((paper) => `papers/${paper.id}.mdx`)).toEqual([holding[0]?.[0]]);
	});
});

describe('medians and ratios', () => {
	it('takes the middle run, or the mean of the two middle ones, whatever the order', () => {
		expect(median([31.2, 29.9, 40.5])).toBe(31.2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([])).toBeNaN();
	});

	it('divides this site by the peer, and has no ratio for a peer figure of 0', () => {
		expect(ratio(31.1, 27.7)).toBeCloseTo(1.1227, 3);
		expect(ratio(5, 0)).toBeNaN();
	});

	it('meets an at-most goal at the limit and a sooner goal only below it', () => {
		expect(goalMet(1, GOALS.wall)).toBe(true);
		expect(goalMet(1.01, GOALS.wall)).toBe(false);
		expect(goalMet(1, GOALS.ms)).toBe(false);
		expect(goalMet(0.99, GOALS.ms)).toBe(true);
	});

	it('reads KEY=VALUE pairs for this site’s builds and refuses anything else', () => {
		expect(parseEnv(['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE=20000', 'A=b=c'])).toEqual({ PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: '20000', A: 'b=c' });
		expect(() => parseEnv(['=1'])).toThrow(/KEY=VALUE/);
		expect(() => parseEnv(['NOVALUE'])).toThrow(/KEY=VALUE/);
	});
});

function site(seconds: number[], peakTree: number[], search: { bytes: number; requests: number; page: number; ms: number }, pages = 100): SiteRuns {
	return {
		builds: seconds.map((s, i) => ({
			seconds: s,
			cpuSeconds: s * 1.5,
			peakTreeMB: peakTree[i] ?? 0,
			peakProcessMB: (peakTree[i] ?? 0) - 100,
			peakProcess: 'node astro build',
		})),
		pages,
		searches: seconds.map(() => ({ pageView: { bytes: search.page, requests: 3 }, search: { bytes: search.bytes, requests: search.requests }, ms: search.ms })),
	};
}

const sizeRun = (papers: number, ourWall: number[], peerWall: number[]): SizeRun => ({
	papers,
	words: papers * 2000,
	ours: site(ourWall, [3000, 1000, 2000], { bytes: 100 * 1024, requests: 12, page: 12 * 1024, ms: 250 }, 240),
	peer: site(peerWall, [4000, 4000, 5000], { bytes: 125 * 1024, requests: 7, page: 50 * 1024, ms: 500 }, 102),
});

const context: RunContext = {
	date: '2026-11-26',
	peerName: 'Starlight 0.42.4',
	cores: 2,
	memoryGiB: 24,
	loadAtStart: 3.25,
	loadAtEnd: 4,
	versions: { node: '24.21.0', astro: '7.3.5', starlight: '0.42.4', pagefindOurs: '1.6.0', pagefindPeer: '1.6.0' },
	env: ['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE=20000'],
	runs: 3,
};

describe('the side-by-side table', () => {
	const table = comparisonTable(sizeRun(1000, [30, 10, 20], [40, 50, 40]), 'Starlight 0.42.4');
	const rowFor = (start: string) => table.find((row) => row[0]?.startsWith(start)) ?? [];

	it('shows each site’s median, the ratio and whether the goal is met', () => {
		expect(table[0]).toEqual(['measure', 'this site', 'Starlight 0.42.4', 'ratio', 'goal (ratio)']);
		expect(rowFor('build, wall')).toEqual(['build, wall clock (median of 3)', '20.0 s', '40.0 s', '0.50x', '≤ 1x: met']);
		expect(rowFor('peak memory, whole')).toEqual(['peak memory, whole process tree', '2,000 MiB', '4,000 MiB', '0.50x', '≤ 0.5x: met']);
		expect(rowFor('first search')).toEqual([
			'first search from a paper page, on the wire',
			'100.0 KB (12 requests)',
			'125.0 KB (7 requests)',
			'0.80x',
			'≤ 0.7x: missed',
		]);
		expect(rowFor('a page view plus')).toEqual([
			'a page view plus that first search, on the wire',
			'112.0 KB (15 requests)',
			'175.0 KB (10 requests)',
			'0.64x',
			'≤ 0.6x: missed',
		]);
		expect(rowFor('Enter')?.slice(1)).toEqual(['250 ms', '500 ms', '0.50x', '< 1x (sooner): met']);
		expect(rowFor('pages built')?.slice(1, 3)).toEqual(['240', '102']);
	});

	it('says a goal is missed when the ratio is over it', () => {
		const slow = comparisonTable(sizeRun(1000, [50, 50, 50], [40, 40, 40]), 'Starlight 0.42.4');
		expect(slow.find((row) => row[0]?.startsWith('build, wall'))?.slice(3)).toEqual(['1.25x', '≤ 1x: missed']);
	});

	it("adds this site's rebuild against its own cold build, and its search of every symposium against the peer's first search", () => {
		const run = sizeRun(1000, [30, 10, 20], [40, 50, 40]);
		const search = (bytes: number, ms: number) => ({ pageView: { bytes: 0, requests: 0 }, search: { bytes, requests: 20 }, ms });
		run.ours.rebuilds = [{ seconds: 8 }, { seconds: 12 }, { seconds: 10 }];
		run.ours.wideSearches = [search(150 * 1024, 400), search(100 * 1024, 300), search(200 * 1024, 500)];
		const rows = comparisonTable(run, 'Starlight 0.42.4');
		const rowFor = (start: string) => rows.find((row) => row[0]?.startsWith(start)) ?? [];
		expect(rowFor('rebuild')?.slice(1)).toEqual(['10.0 s', '', '0.50x', '≤ 0.6x: met']);
		expect(rowFor('first search across all symposia')?.slice(1)).toEqual(['150.0 KB (20 requests)', '125.0 KB (7 requests)', '1.20x', '≤ 1x: missed']);
		expect(rowFor('  its Enter')?.slice(1, 4)).toEqual(['400 ms', '500 ms', '0.80x']);
		expect(table.some((row) => row[0]?.startsWith('rebuild'))).toBe(false);
	});
});

describe('the curve table and the section in BENCHMARKS.md', () => {
	it('replaces a size run again, keeps the others in order of papers and drops rows that are not figures', () => {
		const old = [
			curveRow(curvePoint(sizeRun(3000, [60], [50])), 1, '2026-11-01'),
			curveRow(curvePoint(sizeRun(100, [5], [4])), 3, '2026-11-01'),
			['-', 'x', 'y', 'z', 'w', '1', 'date'],
		];
		const fresh = [curveRow(curvePoint(sizeRun(100, [6], [5])), 3, '2026-11-26')];
		const merged = mergeCurve(old, fresh);
		expect(merged.map((row) => [row[0], row.at(-1)])).toEqual([
			['100', '2026-11-26'],
			['3000', '2026-11-01'],
		]);
		expect(merged[0]?.slice(1, 5)).toEqual(['6.0', '5.0', '3,000', '4,000']);
	});

	it('is written in place of the old one, with the machine, the versions, each size’s table and the chart', () => {
		const file = join(folder(), 'BENCHMARKS.md');
		writeFileSync(file, `# Benchmarks\n\nIntro.\n\n${SIDE_BY_SIDE}\n\nOld text.\n\n## Test time\n\nKept.\n`);
		const rows = [curveRow(curvePoint(sizeRun(1000, [20], [40])), 3, context.date)];
		writeSection(file, sideBySideSection(context, [sizeRun(1000, [30, 10, 20], [40, 50, 40])], rows, 'BENCHMARKS-curve.svg'));
		writeSection(file, sideBySideSection(context, [sizeRun(1000, [30, 10, 20], [40, 50, 40])], rows, 'BENCHMARKS-curve.svg'));
		const text = readFileSync(file, 'utf8');
		expect(text.split(SIDE_BY_SIDE)).toHaveLength(2);
		expect(text).not.toContain('Old text.');
		expect(text).toContain('## Test time\n\nKept.\n');
		expect(text).toMatch(/2 cores, 24 GiB memory, 1-minute load average 3\.3 at the start and 4\.0 at the end/);
		expect(text).toContain('Node 24.21.0, Astro 7.3.5, Starlight 0.42.4, Pagefind 1.6.0 (this site) and 1.6.0 (Starlight)');
		expect(text).toContain('`PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE=20000`');
		expect(text).toContain('### 1,000 papers (2,000,000 words)');
		expect(text).toContain('| build, wall clock (median of 3) | 20.0 s | 40.0 s | 0.50x | ≤ 1x: met |');
		expect(text).toContain(`${CURVE_HEADING}\n`);
		expect(text).toMatch(/!\[Two line charts against the number of papers \(1,000\)[^\]]+\]\(BENCHMARKS-curve\.svg\)/);
		expect(text).toContain('| 1000 | 20.0 | 40.0 | 3,000 | 4,000 | 3 | 2026-11-26 |');
	});
});

describe('the curve chart', () => {
	const point = (papers: number, ours: [number, number], peer: [number, number]): CurvePoint => ({
		papers,
		ours: { wallSeconds: ours[0], peakMiB: ours[1] },
		peer: { wallSeconds: peer[0], peakMiB: peer[1] },
	});
	const points = [point(10000, [300, 6000], [250, 9000]), point(100, [5, 800], [4, 700]), point(1000, [31, 3200], [28, 2700])];
	const svg = curveSvg(points, 'Starlight 0.42.4');
	const tree = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(svg) as { svg: Record<string, unknown> };

	it('is an SVG image with a title and a description that give every figure as text', () => {
		expect(tree.svg.role).toBe('img');
		expect(tree.svg.title).toMatchObject({ '#text': expect.stringContaining('Starlight 0.42.4') });
		const desc = (tree.svg.desc as { '#text': string })['#text'];
		for (const figure of [
			'100 papers: this site 5.0, Starlight 0.42.4 4.0',
			'10,000 papers: this site 300.0',
			'10,000 papers: this site 6,000, Starlight 0.42.4 9,000',
		]) {
			expect(desc).toContain(figure);
		}
	});

	it('draws each series as a line through one point per size, left to right, higher for a larger figure', () => {
		const lines = [...svg.matchAll(/<polyline [^>]*points="([^"]+)"/g)].map((m) =>
			(m[1] ?? '').split(' ').map((xy) => xy.split(',').map(Number) as [number, number]),
		);
		// Two panels, two series each.
		expect(lines).toHaveLength(4);
		for (const line of lines) {
			expect(line).toHaveLength(3);
			expect(line.map(([x]) => x)).toEqual([...line.map(([x]) => x)].sort((a, b) => a - b));
		}
		const [oursWall, peerWall] = lines as [[number, number][], [number, number][]];
		// At 10,000 papers this site took longer than the peer: its point is drawn higher (smaller y).
		expect(oursWall[2]?.[1]).toBeLessThan(peerWall[2]?.[1] ?? 0);
		// Markers differ by shape as well as colour, and each line is labelled in words.
		expect(svg.match(/<circle /g)?.length).toBe(3 * 2 + 1);
		expect(svg.match(/<rect x/g)?.length).toBe(3 * 2 + 1);
		expect(svg.match(/>this site</g)?.length).toBe(3);
		expect(svg.match(/>Starlight 0\.42\.4</g)?.length).toBe(3);
		expect(svg).toContain('>papers<');
		expect(svg).toContain('>MiB<');
	});

	it('has round axis ticks from 0 past the largest value', () => {
		expect(niceTicks(10000)).toEqual([0, 2500, 5000, 7500, 10000]);
		expect(niceTicks(31.4)).toEqual([0, 10, 20, 30, 40]);
		const ticks = niceTicks(9000);
		expect(ticks.at(-1)).toBeGreaterThanOrEqual(9000);
		expect(new Set(ticks.slice(1).map((t, i) => t - (ticks[i] ?? 0))).size).toBe(1);
	});
});

describe('the PDF galleys section', () => {
	const figures = (papers: number, cached: number[]): GalleyFigures => ({
		papers,
		coldStepSeconds: papers * 0.5,
		coldBuildSeconds: papers,
		bytes: papers * 80_000,
		medianBytes: 80_000,
		withoutSeconds: [20, 22, 30],
		cachedSeconds: cached,
		cachedStepSeconds: [0.4, 0.5, 0.6],
		loads: [2, 3.5, 1.2],
		chromium: '156.0.8078.108',
	});
	const rows = (file: string) =>
		readFileSync(file, 'utf8')
			.split('\n')
			.filter((line) => /^\| \d/.test(line))
			.map((line) => line.split('|').map((cell) => cell.trim()));

	it('keeps one row per size, in order of size, a new measurement replacing the old', () => {
		const file = join(folder(), 'BENCHMARKS.md');
		writeFileSync(file, '# Benchmarks\n\n## Lighthouse\n\nkept as it is\n');
		recordGalleys(file, figures(1000, [23, 24, 25]), '2026-12-07');
		recordGalleys(file, figures(100, [30, 21, 22]), '2026-12-07');
		recordGalleys(file, figures(1000, [21, 22, 23]), '2026-12-08');
		const text = readFileSync(file, 'utf8');
		expect(text).toContain('kept as it is');
		expect(text.match(/^## PDF galleys$/gm)).toHaveLength(1);
		const [small, large] = rows(file);
		expect([small?.[1], large?.[1]]).toEqual(['100', '1000']);
		// The medians of the warm builds, and the cold step over the papers.
		expect(large?.slice(2, 8)).toEqual(['500.0', '0.50', '80.0 (80)', '22.0', '22.0 (0.5)', '+0%']);
		expect(small?.slice(5, 8)).toEqual(['22.0', '22.0 (0.5)', '+0%']);
		expect(large?.slice(8)).toEqual(['1.2 to 3.5', '3', '156.0.8078.108', '2026-12-08', '']);
	});
});
