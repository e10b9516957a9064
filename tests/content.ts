import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { appearanceTimes, publicationAt } from '../src/lib/publication.ts';
import { DEFAULT_TIME_ZONE, publicationFields } from '../src/schemas/publication.ts';
import { root } from './sites.ts';

/** An entry as an editor wrote it: its file name (the id) and its front matter or YAML, unparsed by our schemas. */
export interface RawEntry {
	id: string;
	data: Record<string, unknown>;
}

/** Reads one YAML file of a content folder, such as symposium.yaml. */
export function readYaml(contentDir: string, file: string): Record<string, unknown> {
	return yaml.load(readFileSync(join(root, contentDir, file), 'utf8')) as Record<string, unknown>;
}

/**
 * Reads a collection's published entries straight from a content folder, so that tests
 * derive what a page should show from the content an editor committed, not from today's
 * sentences. Drafts and entries under embargo are left out, as the built site leaves them
 * out; a person is taken as published (the fixtures name no one only in a draft).
 */
export function readCollection(contentDir: string, collection: string): RawEntry[] {
	const timeZone = String(readYaml(contentDir, 'symposium.yaml')['timeZone'] ?? DEFAULT_TIME_ZONE);
	const now = new Date();
	const published = (entry: RawEntry) => {
		const data = z.object(publicationFields).parse({ draft: entry.data['draft'], publishAt: entry.data['publishAt'] });
		const times = appearanceTimes({ [collection]: [{ id: entry.id, data }] }, timeZone);
		return publicationAt(times.get(`${collection}/${entry.id}`) ?? -Infinity, now).state === 'published';
	};
	return readEntryFiles(contentDir, collection).filter(published);
}

function readEntryFiles(contentDir: string, collection: string): RawEntry[] {
	const folder = join(root, contentDir, collection);
	return readdirSync(folder)
		.filter((file) => ['.md', '.mdx', '.yaml'].includes(extname(file)))
		.map((file) => {
			const text = readFileSync(join(folder, file), 'utf8');
			const source = extname(file) === '.yaml' ? text : (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '');
			return { id: basename(file, extname(file)), data: (yaml.load(source) ?? {}) as Record<string, unknown> };
		});
}
