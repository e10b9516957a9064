/**
 * A content folder as the site's own query layer makes it (assembleSiteContent), read
 * without Astro: through the same schemas as the build, as the content check reads it.
 * Tools that need what the site derives (npm run crossref) and the unit tests read content
 * this way, so they meet the site's real publishing, ordering and cross-links.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { TEXT_KEY } from '../lib/content/entry-text';
import { entryBody } from '../lib/content/entry-source';
import { errorsIn, type ContentProblem } from '../lib/content/problems';
import { assembleSiteContent, type Collections, type SiteContent } from '../lib/content/site-content';
import { SYNONYMS_FILE } from '../lib/search/synonyms';
import { synonymGroupSchema } from '../schemas/synonyms';
import { readContent, type CheckOptions, type Entry } from './content-check/check';

export type SiteReading =
	| { ok: true; site: SiteContent; entries: Entry[] }
	/** The content has problems of its own: the check's lines for them, and no site. */
	| { ok: false; problems: ContentProblem[] };

/**
 * Reads a content folder into the site's content, as a build at `now` would publish it.
 * Entries' text is not rendered: an entry with text says so, as the loader's key would.
 */
export async function readSite(options: CheckOptions, now = new Date()): Promise<SiteReading> {
	const { entries, problems } = await readContent(options);
	const errors = errorsIn(problems);
	if (errors.length > 0) return { ok: false, problems: errors };
	const read: Record<string, unknown[]> = Object.fromEntries(Object.keys(options.collections).map((name) => [name, []]));
	for (const { collection, id, data, file, path } of entries) {
		const hasText = /\.mdx?$/.test(path) && (entryBody(readFileSync(path, 'utf8')) ?? '').trim() !== '';
		read[collection]!.push({
			id,
			collection,
			data,
			filePath: file,
			rendered: hasText ? { html: '', metadata: { [TEXT_KEY]: `entry-text/${id}`, headings: [] } } : undefined,
		});
	}
	const synonyms = parse(readFileSync(join(options.root, SYNONYMS_FILE), 'utf8')) as Record<string, unknown>;
	read['synonyms'] = Object.entries(synonyms).map(([id, data]) => ({ id, collection: 'synonyms', data: synonymGroupSchema.parse(data) }));
	return { ok: true, site: assembleSiteContent(read as unknown as Collections, { preview: false, now }), entries };
}
