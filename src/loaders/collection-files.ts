import { posix } from 'node:path';

/**
 * Where each collection's entries live inside the content folder, and which files there
 * are entries: a fixed file, or every file with one of the extensions. Astro's loaders
 * and the content check both read this, so the check never looks at other files than the
 * site is built from.
 */
export const COLLECTION_FILES = {
	symposium: { folder: '.', file: 'symposium.yaml' },
	people: { folder: 'people', extensions: ['.yaml'] },
	sessions: { folder: 'sessions', extensions: ['.yaml'] },
	// .mdx first: it is the format to suggest, since it can hold components.
	papers: { folder: 'papers', extensions: ['.mdx', '.md'] },
	messages: { folder: 'messages', extensions: ['.mdx', '.md'] },
	commentary: { folder: 'commentary', extensions: ['.mdx', '.md'] },
	corrections: { folder: 'corrections', extensions: ['.mdx', '.md'] },
} as const satisfies Record<string, { folder: string } & ({ file: string } | { extensions: readonly string[] })>;

export type CollectionName = keyof typeof COLLECTION_FILES;

/** The extensions of a collection's entry files, or undefined for a collection of one fixed file. */
export function extensionsOf(name: CollectionName): readonly string[] | undefined {
	const files = COLLECTION_FILES[name];
	return 'extensions' in files ? files.extensions : undefined;
}

/** A glob loader's options for one collection of the content folder `base`. */
export function filesOf(name: CollectionName, base: string): { pattern: string; base: string } {
	const files = COLLECTION_FILES[name];
	const extensions = extensionsOf(name);
	// A glob's braces need two choices or more: *.{yaml} would match only "*.{yaml}".
	const choices = (extensions ?? []).map((extension) => extension.slice(1));
	const pattern = 'file' in files ? files.file : choices.length === 1 ? `*.${choices[0]}` : `*.{${choices.join(',')}}`;
	return { pattern, base: posix.join(base, files.folder) };
}

/** Whether a file name is one of the collection's entries. */
export function isEntryFile(name: CollectionName, fileName: string): boolean {
	const files = COLLECTION_FILES[name];
	return 'file' in files ? fileName === files.file : files.extensions.some((extension) => fileName.endsWith(extension));
}
