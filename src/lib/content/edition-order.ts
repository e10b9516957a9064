/** The parts of a paper that fix its place in the special edition. */
export interface EditionPlacement {
	title: string;
	journal?: { volume?: string | undefined; issue?: string | undefined; pages?: string | undefined } | undefined;
}


/** Compares two optional numbers; what is known comes before what is not. */
function compareKnown(a: number | undefined, b: number | undefined): number {
	if (a === undefined || b === undefined) return (a === undefined ? 1 : 0) - (b === undefined ? 1 : 0);
	return a - b;
}

/** The leading number of "14", "375-383"; undefined for "Suppl" so it sorts with the unknowns. */
function numeric(value: string | undefined): number | undefined {
	const number = Number.parseInt(value ?? '', 10);
	return Number.isNaN(number) ? undefined : number;
}

/**
 * Journal order: volume, issue, then first page. Papers whose place is not yet
 * known follow, by title, so the order never depends on file names.
 */
export function compareEditionOrder(a: EditionPlacement, b: EditionPlacement): number {
	return (
		compareKnown(numeric(a.journal?.volume), numeric(b.journal?.volume)) ||
		compareKnown(numeric(a.journal?.issue), numeric(b.journal?.issue)) ||
		compareKnown(numeric(a.journal?.pages), numeric(b.journal?.pages)) ||
		a.title.localeCompare(b.title, 'en')
	);
}
