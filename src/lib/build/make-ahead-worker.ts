/**
 * The worker make-ahead.ts starts: makes each citation and card it is given into the build
 * cache, unless a page has made it first, and reports each as done. Node runs this file as
 * it is (stripping the types), not the build's bundle, so src/ is imported with the
 * scripts' hooks.
 */
import './load-src.ts';
import { workerData } from 'node:worker_threads';
import type { AheadWork } from './make-ahead';

const { jobs, progress } = workerData as AheadWork;
const { fillCache, reportAt, reportDone } = await import('./cache');
try {
	const { formatCitation } = await import('../scholarly/citation-formats');
	const { drawCard } = await import('./social-card/draw');
	for (const [slot, job] of jobs.entries()) {
		reportAt(progress, slot);
		fillCache(job.key, () => ('card' in job ? drawCard(job.card) : Buffer.from(formatCitation(job.item, job.style))));
		reportDone(progress, slot);
	}
} finally {
	// However the worker stops (a result it could not make is made again by its page, which
	// then reports the error), no page waits for it any more.
	for (const slot of jobs.keys()) reportDone(progress, slot);
}
