import ICAL from 'ical.js';

/**
 * The events of an iCalendar file, read as a calendar program reads them: its time zones
 * are registered first, so each TZID time becomes the right moment.
 */
export function eventsOf(ics: string): { event: ICAL.Event; vevent: ICAL.Component }[] {
	const calendar = new ICAL.Component(ICAL.parse(ics));
	for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
	return calendar.getAllSubcomponents('vevent').map((vevent) => ({ event: new ICAL.Event(vevent), vevent }));
}
