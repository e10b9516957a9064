import type { Period } from '../../schemas/period';

/** "in 2006" or "2002 to 2004": the years a post is known for, never more. */
export function formatPeriod({ from, to }: Period): string {
	return to === undefined ? `in ${from}` : `${from} to ${to}`;
}

/** "(in 2006)": the years written after an affiliation or a role. */
export function periodNote(when: Period): string {
	return `(${formatPeriod(when)})`;
}

/** "Health Services Management Centre (in 2006)": an affiliation or a role with its years. */
export function withPeriod(text: string, when: Period): string {
	return `${text} ${periodNote(when)}`;
}

/** A person's affiliations on one line, each with its years: "A (in 2006); B (2002 to 2004)". */
export function affiliationLine(affiliations: readonly { name: string; when: Period }[]): string {
	return affiliations.map(({ name, when }) => withPeriod(name, when)).join('; ');
}

/**
 * The one period every affiliation in a byline is known for, when they share one: the
 * byline then dates them all in one line ("Affiliations in 2006") instead of each.
 */
export function sharedPeriod(affiliations: readonly { when: Period }[]): Period | undefined {
	const [first, ...rest] = affiliations;
	if (!first) return undefined;
	return rest.every(({ when }) => when.from === first.when.from && when.to === first.when.to) ? first.when : undefined;
}

/**
 * "2006", or "2002/2004" (an ISO 8601 interval of years): the years as data, in the shape
 * the record gives them. A single year stays a single year, never "from 2006", which a
 * reader of the data would take as still true today.
 */
export function periodToIso({ from, to }: Period): string {
	return to === undefined ? String(from) : `${from}/${to}`;
}
