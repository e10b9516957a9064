/** The parts of a paper that fix its place in the special edition. */
export interface EditionPlacement {
	title: string;
	journal?: { volume?: string | undefined; issue?: string | undefined; pages?: string | undefined } | undefined;
}

function firstPage(pages: string | undefined): number | undefined {
	return pages === undefined ? undefined : Number.parseInt(pages, 10);
}

/** Compares two optional numbers; what is known comes before what is not. */
function compareKnown(a: number | undefined, b: number | undefined): number {
	if (a === undefined || b === undefined) return (a === undefined ? 1 : 0) - (b === undefined ? 1 : 0);
	return a - b;
}

const numeric = (value: string | undefined) => (value === undefined ? undefined : Number.parseInt(value, 10));

/**
 * Journal order: volume, issue, then first page. Papers whose place is not yet
 * known follow, by title, so the order never depends on file names.
 */
export function compareEditionOrder(a: EditionPlacement, b: EditionPlacement): number {
	return (
		compareKnown(numeric(a.journal?.volume), numeric(b.journal?.volume)) ||
		compareKnown(numeric(a.journal?.issue), numeric(b.journal?.issue)) ||
		compareKnown(firstPage(a.journal?.pages), firstPage(b.journal?.pages)) ||
		a.title.localeCompare(b.title, 'en')
	);
}
