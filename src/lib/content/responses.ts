import type { CollectionEntry } from 'astro:content';
import type { RESPONSE_KINDS } from '../../schemas/commentary';
import { comparePartialDates } from '../dates';

type Paper = CollectionEntry<'papers'>;
type Commentary = CollectionEntry<'commentary'>;

export type ResponseKind = (typeof RESPONSE_KINDS)[number];

/** What a commentary piece answers, as its page shows it. */
export interface Answered {
	kind: ResponseKind;
	target: Paper | Commentary;
}

/** A piece that answers an entry, as the entry's page lists it. */
export interface Response {
	kind: ResponseKind;
	piece: Commentary;
}

/**
 * A piece's respondsTo, both ways, over the shown entries only: a piece that answers one
 * not yet published says nothing of it until it is (npm run check warns), and a held-back
 * piece is no one's response.
 */
export function responseRelations(
	commentary: readonly Commentary[],
	shown: { paper: (id: string) => Paper | undefined; commentary: (id: string) => Commentary | undefined },
) {
	const answered = new Map<string, Answered>();
	const responses = new Map<string, Response[]>();
	// Oldest first: a list of responses reads as the exchange went.
	for (const piece of commentary.toSorted((a, b) => comparePartialDates(a.data.date, b.data.date))) {
		const answer = piece.data.respondsTo;
		if (!answer) continue;
		const target = answer.paper ? shown.paper(answer.paper.id) : answer.commentary && shown.commentary(answer.commentary.id);
		if (!target) continue;
		answered.set(piece.id, { kind: answer.kind, target });
		const key = `${target.collection}/${target.id}`;
		responses.set(key, [...(responses.get(key) ?? []), { kind: answer.kind, piece }]);
	}
	return {
		respondsTo: (piece: Commentary): Answered | undefined => answered.get(piece.id),
		responsesTo: (entry: Paper | Commentary): Response[] => responses.get(`${entry.collection}/${entry.id}`) ?? [],
	};
}
