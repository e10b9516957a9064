import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import { glob, type Loader } from 'astro/loaders';
import { fieldsOf } from '../lib/field-paths';

/**
 * Astro's glob loader, plus a check that every image an entry names exists. Without
 * it a missing photo fails later, in the bundler, with a message that names the
 * image but not the file or field that asked for it.
 */
export function checkedGlob(options: Parameters<typeof glob>[0]): Loader {
	const inner = glob(options);
	return {
		...inner,
		name: 'checked-glob',
		async load(context) {
			await inner.load(context);
			const root = fileURLToPath(context.config.root);
			// Astro's image() records each image path an entry names in assetImports.
			const missing: string[] = [];
			for (const entry of context.store.values()) {
				if (!entry.filePath) continue;
				const folder = resolve(root, dirname(entry.filePath));
				for (const image of entry.assetImports ?? []) {
					if (image.includes('://') || existsSync(resolve(folder, image))) continue;
					const fields = [...fieldsOf(entry.data)].filter(([, value]) => value === image).map(([field]) => field);
					const field = fields.join(', ') || 'an image field';
					missing.push(
						`${entry.filePath}: ${field} names the image "${image}", which does not exist. Put the image next to ${entry.filePath} and check the spelling of its name, or remove ${field}.`,
					);
				}
			}
			if (missing.length > 0) {
				throw new AstroError(`${missing.length} image(s) not found.\n\n${missing.join('\n')}`);
			}
		},
	};
}
