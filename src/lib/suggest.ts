import { closest, distance } from 'fastest-levenshtein';

/** Spelling that does not change a name: case, and the separators editors mix up. */
const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The known name that an editor most likely meant, or undefined when none is close
 * enough to be a slip of the keyboard: "authros" gives "authors", "photo_alt" gives
 * "photoAlt", "colour" gives nothing among a paper's fields.
 */
export function suggest(typed: string, known: readonly string[]): string | undefined {
	const wanted = normalise(typed);
	const exact = known.find((name) => normalise(name) === wanted);
	if (exact !== undefined) return exact;
	if (known.length === 0 || wanted.length < 3) return undefined;
	const byNormalForm = new Map(known.map((name) => [normalise(name), name]));
	const candidate = closest(wanted, [...byNormalForm.keys()]);
	const tolerance = Math.max(2, Math.floor(wanted.length / 3));
	return distance(wanted, candidate) <= tolerance ? byNormalForm.get(candidate) : undefined;
}
