import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A PDF as the tests check it, read by PDF.js (Mozilla's reader, as Firefox shows PDFs): not by the code that wrote it. */
export interface ReadPdf {
	/** Each page's width and height, in points. */
	pages: [number, number][];
	/** The words of every page, in reading order, spaces collapsed. */
	text: string;
	/** The document's title and language, as a reader's window and a screen reader take them. */
	title: string | undefined;
	language: string | undefined;
	/** The outline's entries in order, each with its depth (0 at the top). */
	outline: { title: string; depth: number }[];
	/** Tagged: the catalogue's MarkInfo says Marked, and every page has a structure tree. */
	tagged: boolean;
	/** The roles in the structure tree, in order (Document, H1, P, Figure, ...), with a Figure's alt text. */
	roles: { role: string; alt?: string }[];
	/** Every font the pages use, with whether its program is in the file. */
	fonts: { name: string; embedded: boolean }[];
}

interface StructNode {
	role?: string;
	alt?: string;
	children?: StructNode[];
}

function rolesOf(node: StructNode | null | undefined): ReadPdf['roles'] {
	if (!node) return [];
	const own = node.role ? [node.alt === undefined ? { role: node.role } : { role: node.role, alt: node.alt }] : [];
	return [...own, ...(node.children ?? []).flatMap(rolesOf)];
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
	// PDF.js takes the bytes over; it is handed a copy so the caller's stay readable.
	const loading = getDocument({ data: new Uint8Array(bytes), fontExtraProperties: true, disableFontFace: true, verbosity: 0 });
	const document = await loading.promise;
	try {
		const { info } = (await document.getMetadata()) as { info: { Title?: string; Language?: string } };
		const outline: ReadPdf['outline'] = [];
		const walk = (items: { title: string; items: unknown[] }[] | null, depth: number) => {
			for (const item of items ?? []) {
				outline.push({ title: item.title, depth });
				walk(item.items as typeof items, depth + 1);
			}
		};
		walk(await document.getOutline(), 0);
		const pages: ReadPdf['pages'] = [];
		const words: string[] = [];
		const roles: ReadPdf['roles'] = [];
		const fonts = new Map<string, boolean>();
		let everyPageTagged = true;
		for (let number = 1; number <= document.numPages; number++) {
			const page = await document.getPage(number);
			const [x0, y0, x1, y1] = page.view as [number, number, number, number];
			pages.push([x1 - x0, y1 - y0]);
			const content = await page.getTextContent();
			// Runs of text as drawn: a line's runs carry their own spaces, and a run that ends a line is followed by one.
			words.push(content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? ' ' : ''}` : '')).join(''));
			const tree = (await page.getStructTree()) as StructNode | null;
			if (!tree) everyPageTagged = false;
			roles.push(...rolesOf(tree));
			// Loading the page's drawing operations loads its fonts, which PDF.js then describes.
			const operations = await page.getOperatorList();
			operations.fnArray.forEach((operation, index) => {
				if (operation !== OPS.setFont) return;
				const font = page.commonObjs.get(operations.argsArray[index][0]) as { name: string; missingFile: boolean; isType3Font?: boolean };
				// A Type 3 font is drawn from the page's own operators, with no font program to embed: not a real font for a reader to copy from.
				fonts.set(font.name, !font.missingFile && !font.isType3Font);
			});
		}
		// Typed as an object, but PDF.js 6 hands over a Map.
		const markInfo = (await document.getMarkInfo()) as unknown as Map<string, boolean> | null;
		const marked = markInfo?.get('Marked') === true;
		return {
			pages,
			text: words.join(' ').replace(/\s+/g, ' '),
			title: info.Title,
			language: info.Language,
			outline,
			tagged: marked && everyPageTagged,
			roles,
			fonts: [...fonts].map(([name, embedded]) => ({ name, embedded })),
		};
	} finally {
		await loading.destroy();
	}
}
