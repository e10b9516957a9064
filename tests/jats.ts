import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ParseOption, XmlDocument, XmlLibError, xmlRegisterInputProvider } from 'libxml2-wasm';
import { JATS_DTD } from '../src/lib/scholarly/jats';

/**
 * Validates JATS against the Archiving 1.3 DTD kept in tests/schemas/jats/ (its README says
 * where the files come from), with libxml2 compiled to WebAssembly: no native build, and
 * nothing fetched. The documents name the DTD by NLM's address, as published files do;
 * libxml2 asks for it and for each module it includes, and reads them from the folder here.
 */
const DTD_FOLDER = fileURLToPath(new URL('./schemas/jats/', import.meta.url));
const DTD_ADDRESS = JATS_DTD.system.slice(0, JATS_DTD.system.lastIndexOf('/') + 1);

const open = new Map<number, { bytes: Uint8Array; at: number }>();
let nextHandle = 1;
xmlRegisterInputProvider({
	match: (name) => name.startsWith(DTD_ADDRESS),
	open: (name) => {
		const file = DTD_FOLDER + name.slice(DTD_ADDRESS.length);
		// A module missing from the folder fails the validation with its name, never a fetch.
		if (!existsSync(file)) return undefined;
		open.set(nextHandle, { bytes: readFileSync(file), at: 0 });
		return nextHandle++;
	},
	read: (handle, buffer) => {
		const file = open.get(handle)!;
		const chunk = file.bytes.subarray(file.at, file.at + buffer.byteLength);
		buffer.set(chunk);
		file.at += chunk.byteLength;
		return chunk.byteLength;
	},
	close: (handle) => open.delete(handle),
});

/** The DTD's complaints about a JATS document, each with its line; none when it is valid. */
export function jatsErrors(xml: string, name = 'article.xml'): string[] {
	try {
		XmlDocument.fromString(xml, { url: name, option: ParseOption.XML_PARSE_DTDVALID | ParseOption.XML_PARSE_NONET }).dispose();
		return [];
	} catch (error) {
		if (!(error instanceof XmlLibError)) throw error;
		return error.details.map((detail) => `${detail.file ?? name}:${detail.line} ${detail.message.trim()}`);
	}
}

/** The text of every node an XPath finds in a JATS document (xlink: for links' addresses). */
export function jatsValues(xml: string, xpath: string): string[] {
	const doc = XmlDocument.fromString(xml);
	try {
		return doc.find(xpath, { xlink: 'http://www.w3.org/1999/xlink' }).map((node) => node.content);
	} finally {
		doc.dispose();
	}
}
