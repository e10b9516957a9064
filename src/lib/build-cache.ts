import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Work a build can keep for the next one: drawn social cards, formatted citations. Each
 * result is stored under node_modules/.cache/<area>/ by a hash of everything that shapes
 * it, so an unchanged entry is read back and a changed one is made again; nothing is
 * ever stale. Deleting the folder only makes the next build slower.
 */
function cachePath(area: string, extension: string, inputs: (string | Uint8Array)[]): string {
	const hash = createHash('sha256');
	for (const input of inputs) hash.update(input);
	const dir = join(process.cwd(), 'node_modules/.cache', area);
	mkdirSync(dir, { recursive: true });
	return join(dir, `${hash.digest('hex').slice(0, 40)}.${extension}`);
}

/** The cached file for these inputs, made (and kept) when there is none. */
export function cachedFile(area: string, extension: string, inputs: (string | Uint8Array)[], make: () => Buffer): Buffer {
	const file = cachePath(area, extension, inputs);
	try {
		return readFileSync(file);
	} catch {
		const made = make();
		writeFileSync(file, made);
		return made;
	}
}

/** The cached text for these inputs, made (and kept) when there is none. */
export function cachedText(area: string, extension: string, inputs: (string | Uint8Array)[], make: () => string): string {
	return cachedFile(area, extension, inputs, () => Buffer.from(make())).toString('utf8');
}
