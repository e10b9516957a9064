import { PREFILL_PARAMS } from '../../lib/script-addresses';
import { ENTRY_VERSION, isDay, localDay, newEntryId, parseTags, type Entry } from './entry';

/** The form's fields: named as the entry's, with the date in three parts. */
type FieldName = 'title' | 'url' | 'day' | 'month' | 'year' | 'learned' | 'change' | 'minutes' | 'tags';

const field = (form: HTMLFormElement, name: FieldName) => form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement;

const DATE_PARTS = ['year', 'month', 'day'] as const;

/** "2025-03-12" from the boxes 12, 3 and 2025. */
function dateOf(form: HTMLFormElement): string {
	return DATE_PARTS.map((part) =>
		field(form, part)
			.value.trim()
			.padStart(part === 'year' ? 4 : 2, '0'),
	).join('-');
}

function showDate(form: HTMLFormElement, day: string) {
	day.split('-').forEach((value, index) => (field(form, DATE_PARTS[index]!).value = String(Number(value))));
}

/**
 * Marks the date as wrong while the three boxes do not make a real day (31 2 2025), so the
 * browser stops the form and says why, as it does for an empty box.
 */
export function checkDate(form: HTMLFormElement): void {
	const filled = DATE_PARTS.every((part) => field(form, part).value.trim() !== '');
	field(form, 'day').setCustomValidity(filled && !isDay(dateOf(form)) ? 'Enter a real date, for example 12 3 2025.' : '');
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
	showDate(form, localDay(now));
	checkDate(form);
	if (prefill) {
		field(form, 'title').value = prefill.title;
		field(form, 'url').value = prefill.url;
	}
}

export function fillForm(form: HTMLFormElement, entry: Entry): void {
	for (const name of ['title', 'url', 'learned', 'change'] as const) field(form, name).value = entry[name];
	showDate(form, entry.date);
	checkDate(form);
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
		date: dateOf(form),
		learned: text('learned'),
		change: text('change'),
		minutes: Number(text('minutes')),
		tags: parseTags(text('tags')),
		created: editing?.created ?? stamp,
		updated: stamp,
	};
}
