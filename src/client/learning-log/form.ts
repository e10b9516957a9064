import { PREFILL_PARAMS } from '../../lib/script-addresses';
import { localDay, type Entry } from './entry';
import { dateFields, type FieldName, type TypedFields } from './typed-entry';

const FIELD_NAMES: readonly FieldName[] = ['title', 'url', 'day', 'month', 'year', 'learned', 'change', 'minutes', 'tags'];

/** The form's box for a field. */
export const control = (form: HTMLFormElement, name: FieldName) => form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement;

/** What the reader typed in each box, trimmed. */
export function typedFields(form: HTMLFormElement): TypedFields {
	return Object.fromEntries(FIELD_NAMES.map((name) => [name, control(form, name).value.trim()])) as TypedFields;
}

function fill(form: HTMLFormElement, fields: Partial<TypedFields>) {
	for (const [name, value] of Object.entries(fields)) control(form, name as FieldName).value = value;
}

/**
 * What "Add to my learning log" on an entry page asked for: its title and its address
 * on this site. Only this site's own pages are taken, so a link from elsewhere cannot
 * slip another site's address into the log.
 */
export function readPrefill(location: Location): { title: string; url: string } | undefined {
	const params = new URLSearchParams(location.search);
	const title = params.get(PREFILL_PARAMS.title)?.trim();
	if (!title) return undefined;
	const url = new URL(params.get(PREFILL_PARAMS.url) ?? '', location.origin);
	return { title, url: url.origin === location.origin && url.pathname !== location.pathname ? url.href : '' };
}

/** Empties the form for a new entry, dated today, with what the reader arrived with. */
export function resetForm(form: HTMLFormElement, now: Date, prefill?: { title: string; url: string }): void {
	form.reset();
	fill(form, { ...dateFields(localDay(now)), ...prefill });
}

export function fillForm(form: HTMLFormElement, entry: Entry): void {
	const { title, url, learned, change } = entry;
	fill(form, { title, url, learned, change, ...dateFields(entry.date), minutes: String(entry.minutes), tags: entry.tags.join(', ') });
}
