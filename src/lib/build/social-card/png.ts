import { constants, crc32, deflateSync } from 'node:zlib';

/** An image whose every pixel is an index into a palette of at most 256 colours. */
export interface IndexedImage {
	width: number;
	height: number;
	palette: readonly (readonly [number, number, number])[];
	/** One byte a pixel, row after row. */
	pixels: Uint8Array;
}

/** Reused from image to image: a new 750 KB buffer for every card kept the garbage collector busier than the drawing. */
let rows = Buffer.alloc(0);

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const name = Buffer.from(type, 'latin1');
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(data, crc32(name)));
	return Buffer.concat([length, name, data, crc]);
}

/**
 * The image as a palette PNG. A card has a few flat colours, so a palette holds every
 * colour it uses exactly: one byte a pixel instead of four. Long runs of one colour are
 * most of a card, so deflate looks only for runs (Z_RLE): 0.7 ms a card instead of 3 ms
 * at zlib's default, for 28 KB instead of 22 KB (resvg's RGBA PNGs were 50 KB).
 */
export function encodePng({ width, height, palette, pixels }: IndexedImage): Buffer {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8; // bits a pixel
	header[9] = 3; // colour type: palette
	// Each row starts with its filter type: 0, none (filters do not help palette images).
	if (rows.length !== (width + 1) * height) rows = Buffer.alloc((width + 1) * height);
	for (let y = 0; y < height; y++) rows.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
	return Buffer.concat([
		SIGNATURE,
		chunk('IHDR', header),
		chunk('PLTE', Buffer.from(palette.flat())),
		chunk('IDAT', deflateSync(rows, { strategy: constants.Z_RLE })),
		chunk('IEND', Buffer.alloc(0)),
	]);
}
