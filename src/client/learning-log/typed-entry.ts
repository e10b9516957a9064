import { ENTRY_VERSION, isDay, isWebAddress, MAX_MINUTES, newEntryId, parseTags, type Entry } from './entry';
import { formatMinutes } from './format';

/** The entry form's boxes: named as the entry's fields, with the date in three parts. */
export type FieldName = 'title' | 'url' | 'day' | 'month' | 'year' | 'learned' | 'change' | 'minutes' | 'tags';

/** What the reader typed in each box, trimmed. */
export type TypedFields = Record<FieldName, string>;

/** One thing to put right before the entry can be saved: what to do, and the boxes it is about, the first to go to. */
export interface Problem {
	message: string;
	fields: FieldName[];
}

const DATE_PARTS = ['day', 'month', 'year'] as const;

/** "2025-03-12" from the boxes 12, 3 and 2025. */
function dateOf(typed: TypedFields): string {
	return `${typed.year.padStart(4, '0')}-${typed.month.padStart(2, '0')}-${typed.day.padStart(2, '0')}`;
}

/** The date's one problem, as GOV.UK's date input words it: a missing part is named, else the whole date is at fault. */
function dateProblem(typed: TypedFields): Problem | undefined {
	const missing = DATE_PARTS.filter((part) => typed[part] === '');
	if (missing.length === DATE_PARTS.length) return { message: 'Enter the date', fields: [...DATE_PARTS] };
	if (missing.length > 0) return { message: `Date must include a ${missing.join(' and ')}`, fields: missing };
	if (!/^\d{4}$/.test(typed.year)) return { message: 'Year must include 4 numbers', fields: ['year'] };
	const wellFormed = /^\d{1,2}$/.test(typed.day) && /^\d{1,2}$/.test(typed.month);
	if (!wellFormed || !isDay(dateOf(typed))) return { message: 'Date must be a real date, for example 12 3 2025', fields: [...DATE_PARTS] };
	return undefined;
}

function minutesProblem(minutes: string): string | undefined {
	if (minutes === '') return 'Enter the time you spent, in minutes';
	if (!/^\d+$/.test(minutes)) return 'Time spent must be a whole number of minutes, like 45';
	if (Number(minutes) < 1) return 'Time spent must be at least 1 minute';
	if (Number(minutes) > MAX_MINUTES) return `Time spent must be ${formatMinutes(MAX_MINUTES)} or less`;
	return undefined;
}

/** Everything that stops the typed entry being saved, in the order of the form; none when it can be. */
export function problemsWith(typed: TypedFields): Problem[] {
	const problem = (field: FieldName, message: string | false | undefined): Problem[] => (message ? [{ message, fields: [field] }] : []);
	const date = dateProblem(typed);
	return [
		...problem('title', typed.title === '' && 'Enter what you read or did'),
		...problem('url', typed.url !== '' && !isWebAddress(typed.url) && 'Enter a link starting http:// or https://, or leave the link empty'),
		...(date ? [date] : []),
		...problem('learned', typed.learned === '' && 'Enter what you learned'),
		...problem('change', typed.change === '' && 'Enter what you will do differently'),
		...problem('minutes', minutesProblem(typed.minutes)),
	];
}

/** The entry the typed fields describe: a new one, or an edit of `editing` that keeps its id and creation time. */
export function entryFrom(typed: TypedFields, now: Date, editing?: Entry): Entry {
	const stamp = now.toISOString();
	return {
		v: ENTRY_VERSION,
		id: editing?.id ?? newEntryId(),
		title: typed.title,
		url: typed.url,
		date: dateOf(typed),
		learned: typed.learned,
		change: typed.change,
		minutes: Number(typed.minutes),
		tags: parseTags(typed.tags),
		created: editing?.created ?? stamp,
		updated: stamp,
	};
}

/** The date boxes for a day: "2025-03-12" as 12, 3 and 2025. */
export function dateFields(day: string): Pick<TypedFields, (typeof DATE_PARTS)[number]> {
	const [year, month, date] = day.split('-').map((part) => String(Number(part))) as [string, string, string];
	return { day: date, month, year };
}
