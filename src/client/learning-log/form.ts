import { PREFILL_PARAMS } from '../../lib/learning-log-url';
import { ENTRY_VERSION, localDay, newEntryId, parseTags, type Entry } from './entry';

/** The form's fields, named as the entry's. */
type FieldName = 'title' | 'url' | 'date' | 'learned' | 'change' | 'minutes' | 'tags';

const field = (form: HTMLFormElement, name: FieldName) => form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement;

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
	const today = localDay(now);
	Object.assign(field(form, 'date'), { value: today, max: today });
	if (prefill) {
		field(form, 'title').value = prefill.title;
		field(form, 'url').value = prefill.url;
	}
}

export function fillForm(form: HTMLFormElement, entry: Entry): void {
	for (const name of ['title', 'url', 'date', 'learned', 'change'] as const) field(form, name).value = entry[name];
	field(form, 'minutes').value = String(entry.minutes);
	field(form, 'tags').value = entry.tags.join(', ');
}

/** The entry the form describes: a new one, or an edit of `editing` that keeps its id and creation time. */
export function entryFromForm(form: HTMLFormElement, now: Date, editing?: Entry): Entry {
	const text = (name: FieldName) => field(form, name).value.trim();
	const stamp = now.toISOString();
	return {
		v: ENTRY_VERSION,
		id: editing?.id ?? newEntryId(),
		title: text('title'),
		url: text('url'),
		date: text('date'),
		learned: text('learned'),
		change: text('change'),
		minutes: Number(text('minutes')),
		tags: parseTags(text('tags')),
		created: editing?.created ?? stamp,
		updated: stamp,
	};
}
