/**
 * Yields every value inside an entry's data with the path an editor would recognise:
 * "authors[1]", "specialEdition.guestEditors[0]". Checks that must name the field
 * walk the data with this instead of keeping their own list of fields.
 */
export function* fieldsOf(value: unknown, path = ''): Generator<[string, unknown]> {
	if (path) yield [path, value];
	if (Array.isArray(value)) {
		for (const [index, item] of value.entries()) yield* fieldsOf(item, `${path}[${index}]`);
	} else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
		for (const [key, item] of Object.entries(value)) yield* fieldsOf(item, path ? `${path}.${key}` : key);
	}
}
