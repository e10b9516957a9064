/** An object's fields, less those that are undefined. */
export type Compact<T> = { [K in keyof T]: Exclude<T[K], undefined> };

/**
 * Drops the undefined fields, so that a format that writes every key it is given
 * (CSL-JSON, JSON-LD, a library's input) says nothing about what the record does not show.
 */
export function compact<const T extends object>(object: T): Compact<T> {
	return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Compact<T>;
}
