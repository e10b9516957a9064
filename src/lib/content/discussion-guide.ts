/**
 * The running order of a 45-minute team session on an entry's discussion questions:
 * an introduction, the questions sharing the middle half hour, then agreeing actions.
 */
export const SESSION_MINUTES = { introduction: 5, questions: 30, actions: 10 } as const;

export interface SessionStep {
	/** What the team does, in plain words. */
	what: string;
	minutes: number;
}

/**
 * The steps of the session. The half hour is split as evenly as whole minutes allow, the
 * earlier questions taking the spare minutes, so the steps always add up to 45 minutes.
 */
export function sessionPlan(questionCount: number): SessionStep[] {
	const share = Math.floor(SESSION_MINUTES.questions / questionCount);
	const spare = SESSION_MINUTES.questions % questionCount;
	const questions = Array.from({ length: questionCount }, (_, index) => ({
		what: `Talk through question ${index + 1}`,
		minutes: share + (index < spare ? 1 : 0),
	}));
	return [
		{ what: 'Say why you are meeting and read the summary together', minutes: SESSION_MINUTES.introduction },
		...questions,
		{ what: 'Agree what your team will do next, who will do it and by when', minutes: SESSION_MINUTES.actions },
	];
}
