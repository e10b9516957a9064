import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import { glob, type Loader } from 'astro/loaders';
import { missingImage } from '../lib/content-check/images';
import { formatProblem, type ContentProblem } from '../lib/content-check/problem';
import { fieldsOf } from '../lib/field-paths';

/**
 * Astro's glob loader, plus a check that every image an entry names exists. Without
 * it a missing photo fails later, in the bundler, with a message that names the
 * image but not the file or field that asked for it. `npm run build` runs the content
 * check first, which finds the same; this keeps `npm run dev` as clear.
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
			const missing: ContentProblem[] = [];
			for (const entry of context.store.values()) {
				if (!entry.filePath) continue;
				for (const image of entry.assetImports ?? []) {
					const message = missingImage(image, resolve(root, entry.filePath), root);
					if (!message) continue;
					const fields = [...fieldsOf(entry.data)].filter(([, value]) => value === image).map(([field]) => field);
					missing.push({ file: entry.filePath, field: fields.join(', ') || 'image', message });
				}
			}
			if (missing.length > 0) {
				throw new AstroError(`${missing.length} image(s) not found.\n\n${missing.map(formatProblem).join('\n')}`);
			}
		},
	};
}
