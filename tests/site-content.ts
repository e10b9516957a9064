import { join } from 'node:path';
import { collections } from '../src/content.config';
import { formatProblem } from '../src/lib/content/problems';
import type { SiteContent } from '../src/lib/content/site-content';
import { readSite } from '../src/tooling/site-reader';
import { root } from './sites';

/**
 * A content folder as the site's own query layer makes it (src/tooling/site-reader.ts):
 * for unit tests of what is derived from it, with the site's real publishing, ordering and
 * cross-links rather than a copy of them.
 */
export async function siteContentOf(contentDir: string, now = new Date()): Promise<SiteContent> {
	const reading = await readSite({ root, contentDir: join(root, contentDir), collections }, now);
	if (!reading.ok) throw new Error(`The content in ${contentDir} has problems:\n${reading.problems.map(formatProblem).join('\n')}`);
	return reading.site;
}
