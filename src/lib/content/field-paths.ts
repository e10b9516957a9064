/** A field's place inside an entry's data, as Zod reports it: ["authors", 1]. */
export type FieldPath = readonly PropertyKey[];

/** The path an editor would recognise: "authors[1]", "specialEdition.guestEditors[0]". */
export function formatFieldPath(path: FieldPath): string {
	return path.reduce<string>(
		(text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${String(segment)}` : String(segment)),
		'',
	);
}

/** The inverse of formatFieldPath, for checks that only have the text. */
export function parseFieldPath(field: string): (string | number)[] {
	return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(([, key, index]) => (index === undefined ? (key ?? '') : Number(index)));
}

/**
 * Yields every value inside an entry's data with its formatted path. Checks that must
 * name the field walk the data with this instead of keeping their own list of fields.
 */
export function* fieldsOf(value: unknown, path: FieldPath = []): Generator<[string, unknown]> {
	if (path.length > 0) yield [formatFieldPath(path), value];
	if (Array.isArray(value)) {
		for (const [index, item] of value.entries()) yield* fieldsOf(item, [...path, index]);
	} else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
		for (const [key, item] of Object.entries(value)) yield* fieldsOf(item, [...path, key]);
	}
}
