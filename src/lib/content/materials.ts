import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { MATERIAL_MAX_BYTES, type Material, type MaterialKind } from '../../schemas/material';
import { formatFileSize, formatNumber } from '../format';
import type { MaterialOwner } from '../urls';

/** A file format a material may be, by the bytes it starts with: an extension can lie, a PDF's first bytes cannot. */
const FORMATS = [
	{ name: 'PDF', type: 'application/pdf', extensions: ['.pdf'], magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
	{ name: 'PNG', type: 'image/png', extensions: ['.png'], magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
	{ name: 'JPEG', type: 'image/jpeg', extensions: ['.jpg', '.jpeg'], magic: [0xff, 0xd8, 0xff] },
] as const;

export type MaterialFormat = (typeof FORMATS)[number];

/** A material's file as it is on disk. */
export interface MaterialFile {
	path: string;
	bytes: number;
	format: MaterialFormat;
	/** How the site names it: ".pdf", ".png" or ".jpg". */
	extension: string;
}

/** A material as the site shows it: with the name its addresses take and, for slides or a poster, its file. */
export interface ShownMaterial {
	material: Material;
	/** Its kind, numbered from the second of that kind (slides, slides-2): what names its addresses. */
	name: string;
	file?: MaterialFile | undefined;
}

/** Where a material's file is: beside the entry's file, as an entry's images are. */
export const materialPath = (entryPath: string, file: string) => resolve(dirname(entryPath), decodeURI(file));

function startOf(path: string): Buffer {
	const start = Buffer.alloc(8);
	const handle = openSync(path, 'r');
	try {
		readSync(handle, start, 0, start.length, 0);
	} finally {
		closeSync(handle);
	}
	return start;
}

/** What is wrong with a material's file, for the content check's line, or its facts when nothing is. */
export function readMaterialFile(entryPath: string, file: string): MaterialFile | { problem: string } {
	const path = materialPath(entryPath, file);
	let bytes: number;
	try {
		bytes = statSync(path).size;
	} catch {
		return { problem: `"${file}" not found in the folder of this file: check the spelling of its name, or add the file there` };
	}
	const extension = /\.[^./]+$/.exec(path)?.[0]?.toLowerCase() ?? '';
	const format = FORMATS.find((candidate) => (candidate.extensions as readonly string[]).includes(extension));
	const start = startOf(path);
	if (!format || !format.magic.every((byte, index) => start[index] === byte)) {
		return { problem: `"${file}" is not a ${format?.name ?? extension} file inside, whatever its name says: save it again as ${format?.name ?? 'PDF'}` };
	}
	if (bytes > MATERIAL_MAX_BYTES) {
		return {
			problem: `"${file}" is more than ${formatFileSize(MATERIAL_MAX_BYTES)} (${formatNumber(bytes)} bytes), too large to ask a reader on a phone to download: save a smaller version, with fewer or smaller pictures`,
		};
	}
	return { path, bytes, format, extension: format.extensions[0] };
}

/** A kind in words: what a link names, and a citation's genre. */
export const MATERIAL_LABELS: Record<MaterialKind, string> = { slides: 'Slides', poster: 'Poster', video: 'Video' };

/**
 * An entry's materials with their names and files. The content check has refused a
 * missing or unreadable file before any build, so one here is a fault, not an editor's mistake.
 */
export function materialsOf(owner: MaterialOwner & { filePath?: string | undefined; data: { materials: Material[] } }): ShownMaterial[] {
	const seen = new Map<MaterialKind, number>();
	return owner.data.materials.map((material) => {
		const count = (seen.get(material.kind) ?? 0) + 1;
		seen.set(material.kind, count);
		const name = count === 1 ? material.kind : `${material.kind}-${count}`;
		if (!material.file) return { material, name };
		const file = readMaterialFile(resolve(owner.filePath ?? ''), material.file);
		if ('problem' in file) throw new Error(`${owner.filePath} materials: ${file.problem}. Run npm run check for the line.`);
		return { material, name, file };
	});
}
