import type { Period } from '../../schemas/period';

/** Whether a fact dated by the record (an affiliation "in 2006", "2029 to 2031") holds in a year. */
export function knownIn({ from, to }: Period, year: number): boolean {
	return from <= year && year <= (to ?? from);
}

/**
 * The organisations the record shows a person with in a year: an author's institution
 * as of the paper, never a later post. None when the year is not known.
 */
export function affiliationsIn(affiliations: readonly { name: string; when: Period }[], year: number | undefined): string[] {
	if (year === undefined) return [];
	return affiliations.filter(({ when }) => knownIn(when, year)).map(({ name }) => name);
}
