import type { Comment } from 'hast';

/**
 * What an entry's rendered text leaves for its page to fill in: an image, which the
 * build turns into files of several widths and formats, and a cross-reference, whose text
 * is another entry's title as it is at build time. Each is an HTML comment, so a text
 * shown without its page's help still reads (without the image or the link). The
 * encoding leaves no ">" inside a marker, so a marker always ends at the first "-->".
 */
export interface ImageMarker {
	/** Which of the entry's images (RenderedProse.images) it is. */
	index: number;
	alt: string | undefined;
	title: string | undefined;
}

export type Marker = { kind: 'image'; image: ImageMarker } | { kind: 'cross-ref'; to: string };

const PREFIX = 'prose:';
const MARKER = /<!--prose:(image|cross-ref) ([^\s>]*)-->/g;

export function imageMarker(image: ImageMarker): Comment {
	return { type: 'comment', value: `${PREFIX}image ${encodeURIComponent(JSON.stringify(image))}` };
}

export function crossRefMarker(to: string): Comment {
	return { type: 'comment', value: `${PREFIX}cross-ref ${encodeURIComponent(to)}` };
}

/** The rendered text cut at its markers: HTML to copy as it is, and markers to fill in. */
export function splitAtMarkers(html: string): (string | Marker)[] {
	const parts: (string | Marker)[] = [];
	let from = 0;
	for (const match of html.matchAll(MARKER)) {
		parts.push(html.slice(from, match.index));
		const value = decodeURIComponent(match[2]!);
		parts.push(match[1] === 'image' ? { kind: 'image', image: JSON.parse(value) as ImageMarker } : { kind: 'cross-ref', to: value });
		from = match.index + match[0].length;
	}
	parts.push(html.slice(from));
	return parts.filter((part) => part !== '');
}
