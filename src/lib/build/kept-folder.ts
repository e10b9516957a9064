import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';

/**
 * A folder of files as one value, for the build cache (cache.ts), which keeps values rather than folders: a line of
 * JSON listing each file's path and size, then their bytes in that order. A section of the search index is some
 * hundreds of small files, which one row holds more cheaply than a row each.
 */
export async function packFolder(folder: string): Promise<Buffer> {
	const paths = (await readdir(folder, { recursive: true, withFileTypes: true }))
		.filter((entry) => entry.isFile())
		.map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
	const files = await Promise.all(paths.map((path) => readFile(join(folder, path))));
	const list = JSON.stringify(paths.map((path, n) => [path, files[n]!.byteLength]));
	return Buffer.concat([Buffer.from(`${list}\n`), ...files]);
}

/** Writes a packed folder's files into `folder`, which it creates. */
export async function unpackFolder(packed: Buffer, folder: string): Promise<void> {
	const end = packed.indexOf('\n');
	const list = JSON.parse(packed.subarray(0, end).toString('utf8')) as [string, number][];
	let at = end + 1;
	for (const [path, size] of list) {
		await mkdir(dirname(join(folder, path)), { recursive: true });
		await writeFile(join(folder, path), packed.subarray(at, at + size));
		at += size;
	}
}
