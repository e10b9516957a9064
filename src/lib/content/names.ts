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

/**
 * The rest of the name once the family name is taken off either end ("Zoë" of "Zoë Ó
 * Súilleabháin", "明" of "李明"); undefined when nothing is left, as for a one-word name.
 */
export function givenNameOf(person: Named): string | undefined {
	const name = person.name.trim();
	const family = familyNameOf(person);
	const rest = name.endsWith(family) ? name.slice(0, -family.length) : name.startsWith(family) ? name.slice(family.length) : '';
	return rest.trim() || undefined;
}
