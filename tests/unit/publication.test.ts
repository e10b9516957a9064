import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { instantIn } from '../../src/lib/dates';
import { appearanceTimes, describeEarlyReference, findEarlyReferences, publicationAt } from '../../src/lib/content/publication';
import { publicationFields } from '../../src/schemas/publication';

const fields = z.object(publicationFields);
const at = (text: string) => fields.parse({ publishAt: text }).publishAt!;
const ref = (collection: string, id: string) => ({ id, collection });

describe('publishAt is a time on the site’s clock', () => {
	it('reads a winter time as GMT and a summer time as BST in London', () => {
		expect(instantIn(at('2031-01-15 09:00'), 'Europe/London').toISOString()).toBe('2031-01-15T09:00:00.000Z');
		expect(instantIn(at('2031-06-01 09:00'), 'Europe/London').toISOString()).toBe('2031-06-01T08:00:00.000Z');
	});

	it('reads a date alone as the start of that day, in another zone too', () => {
		expect(instantIn(at('2031-06-01'), 'America/New_York').toISOString()).toBe('2031-06-01T04:00:00.000Z');
	});

	it('reads the morning the clocks go forward correctly', () => {
		// London skips 01:00-02:00 GMT on 30 March 2031: 03:00 that day is BST.
		expect(instantIn(at('2031-03-30 03:00'), 'Europe/London').toISOString()).toBe('2031-03-30T02:00:00.000Z');
	});

	it('takes the date YAML has already read as the wall-clock time written', () => {
		const parsed = fields.parse({ publishAt: new Date('2031-06-01T09:00:00Z') }).publishAt!;
		expect(instantIn(parsed, 'Europe/London').toISOString()).toBe('2031-06-01T08:00:00.000Z');
	});

	it('refuses what is not a date and time, saying how to write one', () => {
		for (const text of ['1 June 2031', '2031-02-30', '2031-06-01 25:00', '2031-06-01T09:00+01:00']) {
			const result = fields.safeParse({ publishAt: text });
			expect(result.success, text).toBe(false);
			expect(result.error?.issues[0]?.message).toContain('Write it as 2031-06-01');
		}
	});
});

describe('when entries appear', () => {
	const now = new Date('2031-05-01T12:00:00Z');
	const entries = {
		people: [
			{ id: 'new-author', data: {} },
			{ id: 'known-author', data: {} },
			{ id: 'named-by-no-one', data: {} },
		],
		papers: [
			{ id: 'draft', filePath: 'papers/draft.mdx', data: { draft: true, authors: [ref('people', 'new-author')] } },
			{ id: 'embargoed', filePath: 'papers/embargoed.mdx', data: { publishAt: at('2031-06-01 09:00'), authors: [ref('people', 'new-author')] } },
			{ id: 'out', filePath: 'papers/out.mdx', data: { publishAt: at('2031-04-01'), authors: [ref('people', 'known-author')] } },
		],
		messages: [
			{ id: 'cites-draft', filePath: 'messages/cites-draft.mdx', data: { evidence: [{ paper: ref('papers', 'draft') }] } },
			{ id: 'cites-embargoed-later', filePath: 'messages/later.mdx', data: { publishAt: at('2031-07-01'), evidence: [{ paper: ref('papers', 'embargoed') }] } },
		],
		corrections: [
			{ id: 'of-embargoed', filePath: 'corrections/of-embargoed.mdx', data: { paper: ref('papers', 'embargoed') } },
			{ id: 'of-out', filePath: 'corrections/of-out.mdx', data: { paper: ref('papers', 'out') } },
		],
	};
	const times = appearanceTimes(entries, 'Europe/London');
	const state = (key: string) => publicationAt(times.get(key)!, now);

	it('a draft is never published, an embargoed entry at its time, one past its time at once', () => {
		expect(state('papers/draft')).toEqual({ state: 'draft' });
		expect(state('papers/embargoed')).toEqual({ state: 'embargoed', until: new Date('2031-06-01T08:00:00Z') });
		expect(state('papers/out')).toEqual({ state: 'published' });
	});

	it('a person appears with the first entry that names them; one no entry names appears at once', () => {
		expect(state('people/new-author')).toEqual({ state: 'embargoed', until: new Date('2031-06-01T08:00:00Z') });
		expect(state('people/known-author')).toEqual({ state: 'published' });
		expect(state('people/named-by-no-one')).toEqual({ state: 'published' });
	});

	it('a correction appears no earlier than the paper it corrects', () => {
		expect(state('corrections/of-embargoed')).toEqual({ state: 'embargoed', until: new Date('2031-06-01T08:00:00Z') });
		expect(state('corrections/of-out')).toEqual({ state: 'published' });
	});

	it('finds references to entries that appear after the entry naming them, and only those', () => {
		const early = findEarlyReferences(entries, times, 'Europe/London', now);
		expect(early.map(({ file, field, id }) => `${file} ${field} ${id}`)).toEqual([
			'messages/cites-draft.mdx evidence[0].paper draft',
			'corrections/of-embargoed.mdx paper embargoed',
		]);
		expect(describeEarlyReference(early[0]!, 'Europe/London')).toBe(
			'the paper "draft" (papers/draft.mdx) is a draft, so the built site leaves this link out until it is published (its draft: true is removed), and the next build after that adds it',
		);
		expect(describeEarlyReference(early[1]!, 'Europe/London')).toBe(
			'the paper "embargoed" (papers/embargoed.mdx) is embargoed until 1 June 2031 at 09:00 BST, so this entry waits for it: the built site leaves both out until then',
		);
	});
});

describe('when the entries of a symposium appear', () => {
	const now = new Date('2031-05-01T12:00:00Z');
	const of = (id: string) => ({ symposium: ref('symposia', id) });
	const entries = {
		symposia: [
			{ id: 'held', data: {} },
			{ id: 'embargoed', data: { publishAt: at('2031-06-01 09:00') } },
			{ id: 'draft', data: { draft: true } },
		],
		papers: [
			{ id: 'of-held', data: of('held') },
			{ id: 'of-embargoed', data: of('embargoed') },
			{ id: 'of-embargoed-later', data: { ...of('embargoed'), publishAt: at('2031-07-01') } },
			{ id: 'of-draft', data: of('draft') },
		],
		messages: [{ id: 'of-embargoed', data: { ...of('embargoed'), evidence: [] } }],
		commentary: [{ id: 'of-embargoed', data: of('embargoed') }],
		sessions: [{ id: 'of-embargoed', data: of('embargoed') }],
		corrections: [{ id: 'of-a-paper-of-embargoed', data: { paper: ref('papers', 'of-embargoed') } }],
	};
	const times = appearanceTimes(entries, 'Europe/London');
	const state = (key: string) => publicationAt(times.get(key)!, now);
	const embargoed = { state: 'embargoed', until: new Date('2031-06-01T08:00:00Z') };

	it('is no earlier than the symposium: its papers, key messages, commentary and sessions wait for it', () => {
		expect(state('papers/of-held')).toEqual({ state: 'published' });
		for (const key of ['papers/of-embargoed', 'messages/of-embargoed', 'commentary/of-embargoed', 'sessions/of-embargoed'])
			expect(state(key), key).toEqual(embargoed);
		expect(state('papers/of-draft')).toEqual({ state: 'draft' });
	});

	it('is its own time when that is later than the symposium’s', () => {
		expect(state('papers/of-embargoed-later')).toEqual({ state: 'embargoed', until: new Date('2031-06-30T23:00:00Z') });
	});

	it('holds back a correction of a paper that waits for its symposium', () => {
		expect(state('corrections/of-a-paper-of-embargoed')).toEqual(embargoed);
	});
});
