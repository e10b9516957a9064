import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { abandonPlan, isCached, planAhead, type Progress } from './cache';
import { CITATION_STYLES, citationKey, type CitationStyle } from '../scholarly/citation-formats';
import { cslItemOf, type CslItem } from '../scholarly/csl';
import { siteCards, type CardText } from './social-card/card';
import { cardKey } from './social-card/render';
import type { Commentary, Correction, Message, Paper, SiteContent } from '../content/site-content';

/** A citation or a card for the worker to make, and the key it is kept under (named here: the worker runs other compiled code). */
export type AheadJob = { key: string } & ({ item: CslItem; style: CitationStyle } | { card: CardText });

export interface AheadWork {
	jobs: AheadJob[];
	progress: Progress;
}

/**
 * Starts a worker thread that makes these results into the build cache, in this order,
 * skipping any already there; until it stops, a page that needs one of them waits for it
 * (src/lib/build/cache.ts). Made ahead or not, a result is the same: the worker runs the same
 * functions (make-ahead-worker.ts). The worker never keeps the process alive.
 */
export function startWorker(jobs: AheadJob[]): Worker {
	const work: AheadWork = { jobs, progress: planAhead(jobs.map((job) => job.key)) };
	// A small young generation: with V8's default the worker's heap grew to 400 MB, most of it
	// citeproc's garbage, against about 290 MB with this limit, at the same speed (1,000 papers).
	const worker = new Worker(join(process.cwd(), 'src/lib/build/make-ahead-worker.ts'), { workerData: work, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
	worker.unref();
	worker.on('exit', abandonPlan);
	worker.on('error', (error) => console.warn(`Citations and cards are made as the pages render, not ahead: ${error.message}`));
	return worker;
}

let started = false;

/**
 * Astro renders pages one at a time on one thread, and a cold build (no cache) spent seconds
 * of it formatting citations and drawing social cards while the machine's other core idled.
 * So the first page that cites hands them all to a worker, in the order the pages will ask
 * for them; the pages render the rest of themselves meanwhile, and wait only when they
 * catch up with it. The main thread then never loads citeproc's APA style either, which
 * holds some 95 MB. Only in builds: the dev server renders the one page asked for.
 */
export function makeAhead(site: SiteContent, base: URL): void {
	// MAKE_AHEAD=off: each page makes its own, as the benchmark measures against (README.md here).
	if (started || import.meta.env.DEV || process.env.MAKE_AHEAD === 'off') return;
	started = true;
	const citations = (entries: (Paper | Message | Commentary | Correction)[], styles: readonly CitationStyle[]) =>
		entries.flatMap((entry) => {
			const item = cslItemOf(entry, site, base);
			return styles.map((style): AheadJob => ({ key: citationKey(item, style), item, style }));
		});
	const apa = CITATION_STYLES.filter((style) => style.id === 'apa');
	// In the order Astro renders them (its routes in order, each route's pages in the order of
	// its getStaticPaths): "Cite this" on each entry, the cards, then the discussion guides,
	// which cite their entry in APA (a key message's has no "Cite this" to have made it before).
	const jobs = [
		...citations([...site.commentary, ...site.corrections, ...site.papers], CITATION_STYLES),
		...siteCards(site).map(([, card]): AheadJob => ({ key: cardKey(card), card })),
		...citations(
			site.messages.filter((message) => message.data.discussion),
			apa,
		),
	];
	// A warm build finds them all in the cache, and starts no worker.
	const missing = jobs.filter((job) => !isCached(job.key));
	if (missing.length > 0) startWorker(missing);
}
