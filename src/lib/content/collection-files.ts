import { slug } from 'github-slugger';
import { COLLECTIONS, type Collection, type CollectionName } from './collections';

/**
 * Which files of a content folder are each collection's entries, and the id (and address)
 * each file gives its entry: the rules Astro's loaders, the content check, `npm run new`,
 * the sitemap's dates and the tests all read, from the registry.
 */

/** The extensions of a collection's entry files, or undefined for a collection kept in one fixed file. */
export function extensionsOf(name: CollectionName): readonly string[] | undefined {
	const { files } = COLLECTIONS[name] as Collection;
	return 'extensions' in files ? files.extensions : undefined;
}

/** Whether a file name is one of the collection's entries. */
export function isEntryFile(name: CollectionName, fileName: string): boolean {
	const { files } = COLLECTIONS[name] as Collection;
	return 'file' in files ? fileName === files.file : files.extensions.some((extension) => fileName.endsWith(extension));
}

/**
 * An entry's id, which is also its address, from its file name: the name without its
 * extension, made into an address by github-slugger as Astro's glob loader does, so
 * "Shared care records.mdx" is shared-care-records.
 */
export function entryIdOf(fileName: string): string {
	return slug(fileName.replace(/\.[^.]+$/, ''));
}

/** The folder of a collection's files inside a content folder, as a path: content/papers. */
export function folderOf(name: CollectionName, contentDir: string): string {
	const { folder } = COLLECTIONS[name].files;
	const base = contentDir.replace(/\/+$/, '');
	return folder === '.' ? base : `${base}/${folder}`;
}

/** A glob loader's options for one collection of the content folder `base`. */
export function filesOf(name: CollectionName, base: string): { pattern: string; base: string } {
	const { files } = COLLECTIONS[name] as Collection;
	// A glob's braces need two choices or more: *.{yaml} would match only "*.{yaml}".
	const choices = 'extensions' in files ? files.extensions.map((extension) => extension.slice(1)) : [];
	const pattern = 'file' in files ? files.file : choices.length === 1 ? `*.${choices[0]}` : `*.{${choices.join(',')}}`;
	return { pattern, base: folderOf(name, base) };
}
