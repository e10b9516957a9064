/** The parts of a person needed to sort and cite them. */
export interface Named {
	name: string;
	familyName?: string | undefined;
}

/** The family name, defaulting to the last word of the full name. */
export function familyNameOf(person: Named): string {
	return person.familyName ?? person.name.trim().split(/\s+/).at(-1) ?? person.name;
}

/** A–Z by family name, then full name, in a locale-aware way so Ł and Ó sort sensibly. */
export function compareByFamilyName(a: Named, b: Named): number {
	return familyNameOf(a).localeCompare(familyNameOf(b), 'en') || a.name.localeCompare(b.name, 'en');
}
