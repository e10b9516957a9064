import type { PartialDate } from '../../schemas/partial-date';
import { comparePartialDates, dayIn } from '../dates';
import { isTimed } from '../scholarly/calendar';
import type { Session } from './site-content';

/** One day of a programme: its sessions in time order. Sessions whose time is not known make a last group with no day. */
export interface ProgrammeDay {
	day: PartialDate | undefined;
	sessions: Session[];
}

/**
 * A symposium's sessions by day, on its own clock, as a timetable sets them out: the days
 * in order, each day's sessions by their start, then those whose time is not known, in
 * programme order.
 */
export function programmeDays(sessions: Session[], timeZone: string): ProgrammeDay[] {
	const timed = sessions.filter(isTimed).sort((a, b) => a.data.start.getTime() - b.data.start.getTime());
	const days: ProgrammeDay[] = [];
	for (const session of timed) {
		const day = dayIn(session.data.start, timeZone);
		const last = days.at(-1);
		if (last && comparePartialDates(last.day!, day) === 0) last.sessions.push(session);
		else days.push({ day, sessions: [session] });
	}
	const untimed = sessions.filter((session) => !isTimed(session));
	return untimed.length > 0 ? [...days, { day: undefined, sessions: untimed }] : days;
}
