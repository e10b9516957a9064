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
const COMMENT = /^prose:(image|cross-ref) ([^\s>]*)$/;

function markerFrom(kind: string, payload: string): Marker {
	const value = decodeURIComponent(payload);
	return kind === 'image' ? { kind: 'image', image: JSON.parse(value) as ImageMarker } : { kind: 'cross-ref', to: value };
}

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
		parts.push(markerFrom(match[1]!, match[2]!));
		from = match.index + match[0].length;
	}
	parts.push(html.slice(from));
	return parts.filter((part) => part !== '');
}

/** The marker an HTML comment of the rendered text is, read from its value; undefined for any other comment. */
export function markerIn(comment: Comment): Marker | undefined {
	const match = COMMENT.exec(comment.value);
	return match ? markerFrom(match[1]!, match[2]!) : undefined;
}
