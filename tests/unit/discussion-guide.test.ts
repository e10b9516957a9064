import { describe, expect, it } from 'vitest';
import { SESSION_MINUTES, sessionPlan } from '../../src/lib/content/discussion-guide';

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
});
