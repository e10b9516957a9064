import { describe, expect, it } from 'vitest';
import { discussedEntries, guideReading, SESSION_MINUTES, sessionPlan } from '../../src/lib/content/discussion-guide';
import { siteContentOf } from '../site-content';
import { SITES } from '../sites';

describe('the running order of a team session', () => {
	it.each([1, 3, 5, 7, 8])('with %i questions adds up to 45 minutes, one step a question between the introduction and actions', (count) => {
		const plan = sessionPlan(count);
		expect(plan.reduce((sum, step) => sum + step.minutes, 0)).toBe(45);
		expect(plan).toHaveLength(count + 2);
		expect(plan[0]!.minutes).toBe(SESSION_MINUTES.introduction);
		expect(plan.at(-1)!.minutes).toBe(SESSION_MINUTES.actions);
		expect(plan.slice(1, -1).map((step) => step.what)).toEqual(Array.from({ length: count }, (_, index) => `Talk through question ${index + 1}`));
	});

	it('shares the half hour as evenly as whole minutes allow, the first questions taking the spare minutes', () => {
		expect(
			sessionPlan(7)
				.slice(1, -1)
				.map((step) => step.minutes),
		).toEqual([5, 5, 4, 4, 4, 4, 4]);
		expect(
			sessionPlan(5)
				.slice(1, -1)
				.map((step) => step.minutes),
		).toEqual([6, 6, 6, 6, 6]);
	});

	it('asks the team first to read what the guide gives it to read', () => {
		expect(sessionPlan(3, 'the summary and the key messages')[0]!.what).toBe('Say why you are meeting and read the summary and the key messages together');
	});
});

describe('what a guide gives a team to read', async () => {
	const real = await siteContentOf(SITES.real.contentDir);
	const fixtures = await siteContentOf(SITES.fixtures.contentDir);

	it('lists exactly the entries with discussion questions, papers first, then key messages, then commentary', () => {
		for (const site of [real, fixtures]) {
			const withQuestions = [...site.papers, ...site.messages, ...site.commentary].filter((entry) => entry.data.discussion);
			expect(discussedEntries(site)).toEqual(withQuestions);
		}
	});

	it('a paper: its plain summary whole, and the key messages linked to it with who linked each; the running order names both', () => {
		const paper = fixtures.papers.find((candidate) => fixtures.messagesLinkedTo(candidate).length > 0)!;
		const reading = guideReading(paper, fixtures);
		expect(reading.summary).toEqual({ heading: 'In plain words', text: paper.data.plainSummary });
		expect(reading.keyMessages).toEqual({ heading: 'Key messages linked to this paper', links: fixtures.messagesLinkedTo(paper) });
		expect(reading.toRead).toBe('the summary in plain words and the key messages');
	});

	it('a paper linked to no key message: its plain summary alone', () => {
		const paper = fixtures.papers.find((candidate) => fixtures.messagesLinkedTo(candidate).length === 0)!;
		expect(guideReading(paper, fixtures)).toEqual({
			summary: { heading: 'In plain words', text: paper.data.plainSummary },
			toRead: 'the summary in plain words',
		});
	});

	it('a key message: the message in one sentence and its plain summary', () => {
		const message = fixtures.messages[0]!;
		expect(guideReading(message, fixtures)).toMatchObject({ lede: message.data.summary, summary: { text: message.data.plainSummary } });
	});

	it('a commentary piece: its standfirst and its key messages, called the ones it reported only when the record says it reported them', () => {
		for (const site of [real, fixtures]) {
			for (const piece of site.commentary) {
				const { messages } = site.relatedTo(piece);
				const reading = guideReading(piece, site);
				expect(reading.summary).toEqual({ heading: 'Summary', text: piece.data.standfirst });
				expect(reading.keyMessages?.links.map((link) => link.message) ?? []).toEqual(messages);
				if (messages.length === 0) continue;
				const reported = messages.every((message) => message.data.reportedIn?.id === piece.id);
				expect(reading.keyMessages!.heading).toBe(reported ? 'The key messages it reported' : 'Key messages related to it');
			}
		}
		// Both wordings occur: the real piece reported its four messages; the fixture editors only relate theirs.
		const headings = [real, fixtures].flatMap((site) => site.commentary.flatMap((piece) => guideReading(piece, site).keyMessages?.heading ?? []));
		expect(new Set(headings)).toEqual(new Set(['The key messages it reported', 'Key messages related to it']));
	});
});
