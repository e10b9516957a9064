import type { PDFDict as OutlineEntry } from 'pdf-lib';

/**
 * Gives each entry of a galley's outline its heading's words. Chromium (156) titles an entry with
 * the heading's text as it was laid out: its lines joined without the space between them
 * ("records acrosshealth") and, for a heading pushed to the next page, the words twice. Its
 * entries are otherwise right: one per heading of the printed page, in order, each leading to
 * its heading. The rest of the file (its tags, fonts and metadata) is kept as Chromium wrote it.
 */
export async function titleOutline(pdf: Uint8Array, headings: string[]): Promise<Buffer> {
	// Loaded when a galley is printed, not by a build that takes them all from the cache.
	const { PDFDict, PDFDocument, PDFHexString, PDFName } = await import('pdf-lib');
	const document = await PDFDocument.load(pdf, { updateMetadata: false });
	const entries: OutlineEntry[] = [];
	const walk = (first: OutlineEntry | undefined) => {
		for (let entry = first; entry; entry = entry.lookupMaybe(PDFName.of('Next'), PDFDict)) {
			entries.push(entry);
			walk(entry.lookupMaybe(PDFName.of('First'), PDFDict));
		}
	};
	walk(document.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict));
	if (entries.length !== headings.length) {
		throw new Error(`Chromium's outline has ${entries.length} entries for the page's ${headings.length} headings (${headings.join('; ')}).`);
	}
	entries.forEach((entry, index) => entry.set(PDFName.of('Title'), PDFHexString.fromText(headings[index]!)));
	return Buffer.from(await document.save({ useObjectStreams: false }));
}
