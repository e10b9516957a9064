import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { readPdf } from '../pdf';
import { buildSite, root, SITES } from '../sites';

/**
 * PDF galleys as the build makes them (src/lib/build/galleys.ts), on a copy of the fixture
 * content with a build cache of its own: a machine with no Chromium gets pages that offer no
 * PDF and one line saying why; a rebuild takes every galley from the cache, and a change to
 * one paper prints that paper's galley alone.
 */
vi.setConfig({ hookTimeout: 300_000, testTimeout: 600_000 });

const work = join(root, 'tests/.output/galleys');
const contentDir = join(work, 'content');
const outDir = join(work, 'dist');
const env = { BUILD_CACHE: join(work, 'build-results.sqlite') };

beforeAll(() => {
	rmSync(work, { recursive: true, force: true });
	cpSync(join(root, SITES.fixtures.contentDir), contentDir, { recursive: true });
});

const builtFiles = (suffix: string) => readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith(suffix));
/** A paper's galley is papers/<id>/<id>.pdf: other PDFs, such as a talk's slides, are the editors' files. */
const GALLEY = /^papers[/\\]([^/\\]+)[/\\]\1\.pdf$/;
const galleyFiles = () => builtFiles('.pdf').filter((path) => GALLEY.test(path));
/** Each galley's bytes, by its address under dist/. */
const galleys = () => new Map(galleyFiles().map((path) => [path, readFileSync(join(outDir, path))]));
const galleyLines = (output: string) => output.split('\n').filter((line) => /\bPDF\b/.test(line));

function build(extra: Record<string, string> = {}): string {
	const { ok, output } = buildSite(contentDir, outDir, { ...env, ...extra });
	if (!ok) throw new Error(`The build failed:\n${output}`);
	return output;
}

describe('PDF galleys', () => {
	it('a build with no Chromium says so in one line, and no page offers a PDF', () => {
		const output = build({ CHROMIUM_PATH: join(work, 'no-chromium-here') });
		expect(galleyLines(output)).toEqual([expect.stringMatching(/No Chromium found, so the papers offer no PDF/)]);
		expect(galleyFiles()).toEqual([]);
		const linking = builtFiles('.html').filter((path) =>
			/citation_pdf_url|"encoding"|\/papers\/([^/"]+)\/\1\.pdf"/.test(readFileSync(join(outDir, path), 'utf8')),
		);
		expect(linking, 'pages that mention a PDF').toEqual([]);
	});

	it("a rebuild prints no galley when nothing changed, and only the changed paper's when one did", async () => {
		const first = build();
		const printed = galleys();
		expect(printed.size).toBeGreaterThan(1);
		expect(first).toMatch(new RegExp(`PDF galleys of ${printed.size} papers, .*: ${printed.size} printed`));

		const again = build();
		expect(again).toMatch(new RegExp(`PDF galleys of ${printed.size} papers, .*: 0 printed`));
		// Chromium stamps each file with the time it printed it: the same bytes are the same galley.
		expect(galleys()).toEqual(printed);

		const [changed] = [...printed.keys()];
		const id = changed!.split(/[/\\]/)[1]!;
		const file = ['mdx', 'md'].map((extension) => join(contentDir, 'papers', `${id}.${extension}`)).find((path) => existsSync(path))!;
		const sentence = 'A closing sentence added by the galley test.';
		appendFileSync(file, `\n${sentence}\n`);
		const changedOutput = build();
		expect(changedOutput).toMatch(new RegExp(`PDF galleys of ${printed.size} papers, .*: 1 printed`));
		const after = galleys();
		for (const [path, bytes] of printed) {
			if (path === changed) expect(after.get(path)!.equals(bytes), `${path} is printed again`).toBe(false);
			else expect(after.get(path), `${path} comes from the cache`).toEqual(bytes);
		}
		expect((await readPdf(after.get(changed!)!)).text, 'the galley printed again holds the new sentence').toContain(sentence);
	});
});
