import { element } from '../dom';
import { isWebAddress, type Entry } from './entry';
import { FIELD_LABELS } from './export';
import { formatDay, formatMinutes } from './format';

export interface Filter {
	tag: string;
	year: string;
}

const sameTag = (a: string, b: string) => a.localeCompare(b, 'en-GB', { sensitivity: 'accent' }) === 0;

export function matches(entry: Entry, filter: Filter): boolean {
	return (!filter.year || entry.date.startsWith(filter.year)) && (!filter.tag || entry.tags.some((tag) => sameTag(tag, filter.tag)));
}

/** Every tag in use, once each whatever its case, A to Z. */
export function tagsOf(entries: readonly Entry[]): string[] {
	const tags: string[] = [];
	for (const tag of entries.flatMap((entry) => entry.tags)) if (!tags.some((known) => sameTag(known, tag))) tags.push(tag);
	return tags.sort((a, b) => a.localeCompare(b, 'en-GB'));
}

/** The years of the entries, newest first. */
export function yearsOf(entries: readonly Entry[]): string[] {
	return [...new Set(entries.map((entry) => entry.date.slice(0, 4)))].sort().reverse();
}

/** Refills a filter's options, keeping the choice while it still exists. */
export function fillSelect(select: HTMLSelectElement, values: readonly string[]): void {
	const chosen = select.value;
	const all = select.options[0]!;
	select.replaceChildren(all, ...values.map((value) => new Option(value, value)));
	select.value = values.includes(chosen) ? chosen : '';
}

function day(entry: Entry): HTMLTimeElement {
	const time = element('time', '', formatDay(entry.date));
	time.dateTime = entry.date;
	return time;
}

/** The activity's title, linked when it has a web address. */
function activity(entry: Entry): Node {
	if (!isWebAddress(entry.url)) return document.createTextNode(entry.title);
	const link = element('a', '', entry.title);
	link.href = entry.url;
	return link;
}

/** "Edit", named "Edit: <title>" for a screen reader among many entries; the name starts with what is seen, for voice control. */
function button(action: string, id: string, label: string, title: string): HTMLButtonElement {
	const control = element('button', 'secondary', label);
	control.type = 'button';
	control.setAttribute('aria-label', `${label}: ${title}`);
	control.dataset.action = action;
	control.dataset.id = id;
	return control;
}

function entryItem(entry: Entry): HTMLLIElement {
	const heading = element('h3', 'entry-title', activity(entry));
	heading.id = `entry-${entry.id}`;
	heading.tabIndex = -1;
	const meta = [day(entry), ` · ${formatMinutes(entry.minutes)}`, ...(entry.tags.length > 0 ? [` · ${FIELD_LABELS.tags}: ${entry.tags.join(', ')}`] : [])];
	const notes = element(
		'dl',
		'entry-notes',
		element('dt', '', FIELD_LABELS.learned),
		element('dd', '', entry.learned),
		element('dt', '', FIELD_LABELS.change),
		element('dd', '', entry.change),
	);
	const actions = element('div', 'entry-actions writes', button('edit', entry.id, 'Edit', entry.title), button('delete', entry.id, 'Delete', entry.title));
	const article = element('article', 'entry', heading, element('p', 'entry-meta', ...meta), notes, actions);
	article.setAttribute('aria-labelledby', heading.id);
	return element('li', '', article);
}

export function renderEntries(list: HTMLElement, entries: readonly Entry[]): void {
	list.replaceChildren(...entries.map(entryItem));
}

/** The printed CPD record's rows: date, activity, time, what was learned, effect on practice. */
export function renderRecord(rows: HTMLElement, entries: readonly Entry[]): void {
	rows.replaceChildren(
		...entries.map((entry) => {
			const what = element('td', '', activity(entry));
			if (entry.url) what.append(element('span', 'record-url', entry.url));
			if (entry.tags.length > 0) what.append(element('span', 'record-tags', `${FIELD_LABELS.tags}: ${entry.tags.join(', ')}`));
			return element(
				'tr',
				'',
				element('td', '', day(entry)),
				what,
				element('td', '', formatMinutes(entry.minutes)),
				element('td', 'note', entry.learned),
				element('td', 'note', entry.change),
			);
		}),
	);
}
