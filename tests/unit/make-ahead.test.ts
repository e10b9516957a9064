import { once } from 'node:events';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CslItem } from '../../src/lib/scholarly/csl';
import type { AheadJob } from '../../src/lib/build/make-ahead';
import type { CardText } from '../../src/lib/build/social-card/card';

// Spy on the cards drawn on this thread: one the worker drew must not be drawn again here.
vi.mock('../../src/lib/build/social-card/draw', { spy: true });
const { CACHE_FILE, isCached } = await import('../../src/lib/build/cache');
const { CITATION_STYLES, citationKey, citationHtml, formatCitation } = await import('../../src/lib/scholarly/citation-formats');
const { startWorker } = await import('../../src/lib/build/make-ahead');
const { cardKey, renderCard } = await import('../../src/lib/build/social-card/render');
const { drawCard } = await import('../../src/lib/build/social-card/draw');

// Words no real entry has, so these tests' cached results are their own (and are removed after).
const unique = () => `Made ahead by the unit tests, ${Date.now()} ${Math.random()}`;
const card = (): CardText => ({ kind: 'Paper', title: unique(), byline: 'Zoë Ó Súilleabháin and 李明', footer: 'Fixture symposium' });
const item = (): CslItem => ({
	id: 'fixture',
	type: 'article-journal',
	title: unique(),
	author: [{ family: 'Doe', given: 'Jane' }],
	issued: { 'date-parts': [[2006, 5]] },
	'container-title': 'Journal of Fixtures',
	DOI: '10.5555/fixture',
});
const citationJobs = (cited: CslItem): AheadJob[] => CITATION_STYLES.map((style) => ({ key: citationKey(cited, style), item: cited, style }));
const cardJob = (text: CardText): AheadJob => ({ key: cardKey(text), card: text });

const written: string[] = [];
const plan = (jobs: AheadJob[]) => {
	written.push(...jobs.map((job) => job.key));
	return startWorker(jobs);
};

// Starting a worker loads citeproc and the fonts afresh: seconds on a busy machine.
describe('citations and cards made ahead on another thread', { timeout: 60_000 }, () => {
	beforeEach(() => {
		vi.mocked(drawCard).mockClear();
	});

	afterAll(() => {
		const db = new DatabaseSync(CACHE_FILE, { timeout: 30_000 });
		const forget = db.prepare('DELETE FROM kept WHERE key = ?');
		for (const key of written) forget.run(key);
		db.close();
	});

	it('are the very bytes the page would make itself', async () => {
		const cited = item();
		const text = card();
		const jobs = [...citationJobs(cited), cardJob(text)];
		await once(plan(jobs), 'exit');
		for (const job of jobs) expect(isCached(job.key)).toBe(true);
		for (const style of CITATION_STYLES) expect(citationHtml(cited, style)).toBe(formatCitation(cited, style));
		expect(renderCard(text).equals(drawCard(text))).toBe(true);
	});

	it('are waited for by a page that needs one before the worker has made it, not made twice', async () => {
		const text = card();
		const worker = plan([...citationJobs(item()), cardJob(text)]);
		// Asked for at once: the worker is still starting, and has three citations to make first.
		const png = renderCard(text);
		expect(drawCard).not.toHaveBeenCalled();
		expect(png.equals(drawCard(text))).toBe(true);
		await once(worker, 'exit');
	});

	it('leave a result the worker could not make to the page, which reports why', async () => {
		const cited = item();
		const unknownStyle = { ...CITATION_STYLES[0], template: 'no-such-style' } as unknown as (typeof CITATION_STYLES)[number];
		const worker = plan([{ key: citationKey(cited, unknownStyle), item: cited, style: unknownStyle }]);
		const stopped = new Promise((resolve) => worker.on('exit', resolve));
		expect(() => citationHtml(cited, unknownStyle)).toThrow(/no-such-style/);
		await stopped;
	});
});
