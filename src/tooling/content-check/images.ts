import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * What is wrong with an image an entry names (a person's photo, a figure in a body), or
 * undefined when the file is there. Other sites' images are not fetched. `root` is the
 * project folder, where "/..." images live in public/.
 */
export function missingImage(src: string, entryPath: string, root: string): string | undefined {
	if (src.includes('://')) return undefined;
	const path = src.startsWith('/') ? join(root, 'public', src) : resolve(dirname(entryPath), decodeURI(src));
	if (existsSync(path)) return undefined;
	const folder = src.startsWith('/') ? 'public/' : 'the folder of this file';
	return `image "${src}" not found in ${folder}: check the spelling of its name, or add the image there`;
}
