/** How the log writes days, durations and counts, on the page and in every export. */

const units = {
	hour: new Intl.NumberFormat('en-GB', { style: 'unit', unit: 'hour', unitDisplay: 'long' }),
	minute: new Intl.NumberFormat('en-GB', { style: 'unit', unit: 'minute', unitDisplay: 'long' }),
};

/** 75 -> "1 hour 15 minutes"; 120 -> "2 hours"; 45 -> "45 minutes". */
export function formatMinutes(total: number): string {
	const hours = Math.floor(total / 60);
	const minutes = total % 60;
	const parts = [hours > 0 ? units.hour.format(hours) : '', minutes > 0 || hours === 0 ? units.minute.format(minutes) : ''];
	return parts.filter(Boolean).join(' ');
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2025-03-12" -> "12 March 2025". The day is the reader's own; UTC keeps it from shifting. */
export function formatDay(day: string): string {
	return dayFormat.format(new Date(`${day}T00:00:00Z`));
}

/** 1 -> "1 entry", 3 -> "3 entries". */
export function countEntries(count: number): string {
	return `${count} ${count === 1 ? 'entry' : 'entries'}`;
}
