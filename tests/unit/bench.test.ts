import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateContent } from '../../scripts/bench/content.ts';
import { seeded } from '../../scripts/bench/random.ts';
import { COLUMNS, recordRow, SECTION } from '../../scripts/bench/report.ts';

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
		expect(readdirSync(dir).sort()).toEqual(['commentary', 'messages', 'papers', 'people', 'sessions', 'symposium.yaml']);
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
		writeFileSync(file, `# Benchmarks\n\nIntro.\n\n${SECTION}\n\nAbout the table.\n\n${header}\n| 1000 | old |\n\nNotes under the table.\n\n## Lighthouse\n\n| page | score |\n| --- | --- |\n| / | 100 |\n`);
		recordRow(file, row('1000'));
		recordRow(file, row('100'));
		const text = readFileSync(file, 'utf8');
		expect(text).not.toContain('| 1000 | old |');
		expect(text.indexOf('| 100 | v100 |')).toBeLessThan(text.indexOf('| 1000 | v1000 |'));
		expect(text).toContain('Notes under the table.\n\n## Lighthouse\n\n| page | score |\n| --- | --- |\n| / | 100 |\n');
		expect(text.startsWith('# Benchmarks\n\nIntro.\n')).toBe(true);
	});
});
