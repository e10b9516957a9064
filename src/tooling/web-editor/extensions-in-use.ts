/** Which extensions a content folder's entries are written in, by collection: the editor lists each in use. */
import { existsSync, readdirSync } from 'node:fs';
import { COLLECTION_NAMES, type CollectionName } from '../../lib/content/collections';
import { extensionsOf, folderOf } from '../../lib/content/collection-files';

export function extensionsInUse(contentDir: string): Partial<Record<CollectionName, string[]>> {
	const found: Partial<Record<CollectionName, string[]>> = {};
	for (const name of COLLECTION_NAMES) {
		const extensions = extensionsOf(name);
		const folder = folderOf(name, contentDir);
		if (!extensions || !existsSync(folder)) continue;
		const files = readdirSync(folder);
		found[name] = extensions.filter((extension) => files.some((file) => file.endsWith(extension)));
	}
	return found;
}
