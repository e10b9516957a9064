import { z } from 'astro/zod';

/**
 * ORCID iDs end in an ISO 7064 MOD 11-2 check character; a typo in any digit
 * changes it, so we can tell an editor which iD is wrong before a reader follows it.
 */
export function orcidCheckCharacter(first15Digits: string): string {
	let total = 0;
	for (const digit of first15Digits) total = (total + Number(digit)) * 2;
	const result = (12 - (total % 11)) % 11;
	return result === 10 ? 'X' : String(result);
}

export function isValidOrcid(orcid: string): boolean {
	if (!/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/.test(orcid)) return false;
	const digits = orcid.replaceAll('-', '');
	return orcidCheckCharacter(digits.slice(0, 15)) === digits[15];
}

export const orcidSchema = z
	.string()
	// A pattern rather than a refinement, so the web editor's form checks it too (src/tooling/web-editor/config.ts).
	.regex(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/, {
		error: 'An ORCID iD is four groups of four characters, like 0000-0002-1825-0097 (without https://orcid.org/).',
		// A malformed iD would also fail the checksum; one message is enough.
		abort: true,
	})
	.refine(isValidOrcid, {
		error: "This ORCID iD fails its checksum: a digit is probably mistyped. Copy it again from the person's orcid.org page.",
	});

/** A DOI as printed on the article, without any "doi:" or https://doi.org/ prefix. */
export const doiSchema = z.string().regex(/^10\.\d{4,9}\/\S+$/, {
	error: 'A DOI starts with "10." and a slash, like 10.1111/j.1365-2524.2006.00655.x. Remove any "doi:" or "https://doi.org/" in front of it.',
});

/** An ISSN's last character checks the other seven (mod 11, X standing for 10). */
export function issnCheckCharacter(first7Digits: string): string {
	const total = [...first7Digits].reduce((sum, digit, index) => sum + Number(digit) * (8 - index), 0);
	const result = (11 - (total % 11)) % 11;
	return result === 10 ? 'X' : String(result);
}

export const issnSchema = z
	.string()
	.regex(/^\d{4}-\d{3}[\dX]$/, {
		error: 'An ISSN is written 1234-567X: four digits, a hyphen, three digits and a check digit or X.',
		abort: true,
	})
	.refine((value) => issnCheckCharacter(value.replace('-', '').slice(0, 7)) === value.at(-1), {
		error: "This ISSN fails its checksum: a digit is probably mistyped. Copy it again from the journal's pages.",
	});

/**
 * A web page: z.url() alone accepts mailto: and javascript: addresses, which would make
 * a "read the original" link that goes nowhere or runs code.
 */
export const webAddressSchema = z
	.url({
		protocol: /^https?$/,
		hostname: z.regexes.domain,
		error: 'Write a full web address starting with https://, e.g. https://www.example.org/page.',
	})
	.meta({ examples: ['https://www.example.org/page'] });
