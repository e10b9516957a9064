import type { PartialDate } from '../../schemas/partial-date';
import { comparePartialDates, dayIn } from '../dates';
import type { Session, Symposium } from './site-content';

/**
 * The days a symposium covers: from its first day (held) to its last (ends), widened to
 * take in every session its programme dates, such as a follow-up workshop weeks later,
 * on the symposium's own clock. Never more precise than the record: a symposium held in
 * "May 2006" stays May 2006 whatever day its sessions fall on (formatDateRange).
 */
export function symposiumDates({ data }: Symposium, sessions: Session[]): { from: PartialDate; to: PartialDate } {
	const days = sessions.flatMap(({ data: { start, end } }) => [start, end].flatMap((moment) => (moment ? [dayIn(moment, data.timeZone)] : [])));
	const inOrder = [data.held, data.ends ?? data.held, ...days].sort(comparePartialDates);
	return { from: inOrder[0]!, to: inOrder.at(-1)! };
}
