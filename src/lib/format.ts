/** "Papers on ..." from "papers on ...": a derived phrase that opens a sentence or heading. */
export function upperFirst(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
