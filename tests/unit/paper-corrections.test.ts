import { describe, expect, it } from 'vitest';
import { comparePartialDates } from '../../src/lib/dates';
import { correctionsFor, pageChanges } from '../../src/lib/content/paper-corrections';
import type { Correction } from '../../src/lib/content/site-content';
import { readCollection } from '../content';
import { SITES } from '../sites';
import { siteContentOf } from '../site-content';

/** Each site's content as the site's own query layer makes it. */
const SITE_CONTENT = new Map(await Promise.all(Object.values(SITES).map(async ({ contentDir }) => [contentDir, await siteContentOf(contentDir)] as const)));

const { contentDir } = SITES.fixtures;
const site = SITE_CONTENT.get(contentDir)!;
/** The published corrections as the editors wrote them, as the site's query layer decides which are published. */
const written = readCollection(contentDir, 'corrections').filter(({ id }) => site.corrections.some((correction) => correction.id === id));

/** A correction with only what ordering reads. */
const dated = (id: string, paper: string, date: Correction['data']['date']) => ({ id, data: { paper: { id: paper }, date } }) as unknown as Correction;

describe("a paper's corrections", () => {
	it('are the published corrections that name it, and only those', () => {
		expect(written.length, 'the fixtures have corrections to test with').toBeGreaterThan(0);
		for (const paper of site.papers) {
			const expected = written.filter(({ data }) => data.paper === paper.id).map(({ id }) => id);
			expect(
				correctionsFor(paper, site.corrections)
					.map(({ id }) => id)
					.sort(),
				paper.id,
			).toEqual(expected.sort());
		}
	});

	it('come in the order they were published, a month known alone before its days', () => {
		const corrections = [
			dated('third', 'a', { year: 2031, month: 10, day: 3 }),
			dated('other-paper', 'b', { year: 2030 }),
			dated('second', 'a', { year: 2031, month: 10 }),
			dated('first', 'a', { year: 2031, month: 9, day: 30 }),
		];
		expect(correctionsFor({ id: 'a' }, corrections).map(({ id }) => id)).toEqual(['first', 'second', 'third']);
	});
});

describe("a paper page's changes", () => {
	it('are its history and its corrections together, oldest first, so the last is the version a reader sees', () => {
		for (const paper of site.papers) {
			const corrections = site.correctionsOf(paper);
			const changes = pageChanges(paper, corrections);
			expect(changes, paper.id).toHaveLength(paper.data.history.length + corrections.length);
			for (const [index, change] of changes.entries()) {
				if (index > 0) expect(comparePartialDates(changes[index - 1]!.date, change.date), paper.id).toBeLessThanOrEqual(0);
			}
			expect(changes.filter((change) => 'correction' in change).map((change) => 'correction' in change && change.correction)).toEqual(corrections);
		}
	});

	it("end with a correction published after the page's own history, which is then the version shown", () => {
		const corrected = site.papers.find((paper) => paper.data.history.length > 0 && site.correctionsOf(paper).length > 0);
		expect(corrected, 'a fixture paper has both a history and a correction').toBeDefined();
		const latest = pageChanges(corrected!, site.correctionsOf(corrected!)).at(-1)!;
		expect('correction' in latest && latest.correction.id).toBe(site.correctionsOf(corrected!).at(-1)!.id);
	});
});
