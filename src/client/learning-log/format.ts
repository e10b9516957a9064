/** How the log writes days, durations and counts, on the page and in every export. */
import { formatPartialDate } from '../../lib/dates';

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

/** "2025-03-12" -> "12 March 2025", as the site writes every date. */
export function formatDay(day: string): string {
	const [year, month, date] = day.split('-').map(Number) as [number, number, number];
	return formatPartialDate({ year, month, day: date });
}

/** 1 -> "1 entry", 3 -> "3 entries". */
export function countEntries(count: number): string {
	return `${count} ${count === 1 ? 'entry' : 'entries'}`;
}
