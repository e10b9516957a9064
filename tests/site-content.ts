import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { collections } from '../src/content.config';
import { TEXT_KEY } from '../src/lib/content/entry-text';
import { entryBody } from '../src/lib/content/entry-source';
import { errorsIn, formatProblem } from '../src/lib/content/problems';
import { assembleSiteContent, type Collections, type SiteContent } from '../src/lib/content/site-content';
import { SYNONYMS_FILE } from '../src/lib/search/synonyms';
import { synonymGroupSchema } from '../src/schemas/synonyms';
import { readContent } from '../src/tooling/content-check/check';
import { root } from './sites';

/**
 * A content folder as the site's own query layer makes it (assembleSiteContent in
 * src/lib/content/site-content.ts), from entries read through the same schemas as the
 * build (the content check's reading): for unit tests of what is derived from it, with
 * the site's real publishing, ordering and cross-links rather than a copy of them.
 * Entries' text is not rendered: an entry with text says so, as the loader's key would.
 */
export async function siteContentOf(contentDir: string, now = new Date()): Promise<SiteContent> {
	const { entries, problems } = await readContent({ root, contentDir: join(root, contentDir), collections });
	const errors = errorsIn(problems);
	if (errors.length > 0) throw new Error(`The content in ${contentDir} has problems:\n${errors.map(formatProblem).join('\n')}`);
	const read: Record<string, unknown[]> = Object.fromEntries(Object.keys(collections).map((name) => [name, []]));
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
	const synonyms = parse(readFileSync(join(root, SYNONYMS_FILE), 'utf8')) as Record<string, unknown>;
	read['synonyms'] = Object.entries(synonyms).map(([id, data]) => ({ id, collection: 'synonyms', data: synonymGroupSchema.parse(data) }));
	return assembleSiteContent(read as unknown as Collections, { preview: false, now });
}
