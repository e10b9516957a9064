import { posix } from 'node:path';

/**
 * Where each collection's entries live inside the content folder, and which files there
 * are entries. Astro's loaders and the content check both read this, so the check never
 * looks at other files than the site is built from.
 */
export const COLLECTION_FILES = {
	symposium: { folder: '.', pattern: 'symposium.yaml' },
	people: { folder: 'people', pattern: '*.yaml' },
	sessions: { folder: 'sessions', pattern: '*.yaml' },
	papers: { folder: 'papers', pattern: '*.mdx' },
	messages: { folder: 'messages', pattern: '*.mdx' },
	commentary: { folder: 'commentary', pattern: '*.mdx' },
} as const;

export type CollectionName = keyof typeof COLLECTION_FILES;

/** A glob loader's options for one collection of the content folder `base`. */
export function filesOf(name: CollectionName, base: string): { pattern: string; base: string } {
	const { folder, pattern } = COLLECTION_FILES[name];
	return { pattern, base: posix.join(base, folder) };
}

/** Whether a file name is one of the collection's entries ("*.mdx" or an exact name). */
export function isEntryFile(name: CollectionName, fileName: string): boolean {
	const { pattern } = COLLECTION_FILES[name];
	return pattern.startsWith('*') ? fileName.endsWith(pattern.slice(1)) : fileName === pattern;
}
