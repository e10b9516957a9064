import type { Commentary, Message, Paper, SiteContent } from './site-content';

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
 * `reading` names what the guide gives the team to read first, as its headings call it.
 */
export function sessionPlan(questionCount: number, reading = 'the summary'): SessionStep[] {
	const share = Math.floor(SESSION_MINUTES.questions / questionCount);
	const spare = SESSION_MINUTES.questions % questionCount;
	const questions = Array.from({ length: questionCount }, (_, index) => ({
		what: `Talk through question ${index + 1}`,
		minutes: share + (index < spare ? 1 : 0),
	}));
	return [
		{ what: `Say why you are meeting and read ${reading} together`, minutes: SESSION_MINUTES.introduction },
		...questions,
		{ what: 'Agree what your team will do next, who will do it and by when', minutes: SESSION_MINUTES.actions },
	];
}

/** Every entry with discussion questions, and so a guide: papers, then key messages, then commentary, each in the site's order. */
export function discussedEntries(site: SiteContent): (Paper | Message | Commentary)[] {
	return [...site.papers, ...site.messages, ...site.commentary].filter((entry) => entry.data.discussion);
}

/** What a guide gives the team to read before the questions, all of it from the entry and the site's links. */
export interface GuideReading {
	/** A key message in one sentence, under its title as on its page. */
	lede?: string;
	/** The entry's summary, whole: the plain-language one where the entry has it. */
	summary: { heading: string; text: string };
	/** The key messages the entry leads to, each with who linked it where that is not the entry itself. */
	keyMessages?: { heading: string; links: { message: Message; linkedBy?: string }[] };
	/** All of the above as the running order names it: "the summary and the key messages". */
	toRead: string;
}

export function guideReading(entry: Paper | Message | Commentary, site: SiteContent): GuideReading {
	if (entry.collection === 'messages') {
		return { lede: entry.data.summary, summary: { heading: 'In plain words', text: entry.data.plainSummary }, toRead: 'the message and its summary in plain words' };
	}
	const withMessages = (keyMessages: GuideReading['keyMessages'], summary: GuideReading['summary'], named: string): GuideReading =>
		keyMessages && keyMessages.links.length > 0 ? { summary, keyMessages, toRead: `${named} and the key messages` } : { summary, toRead: named };
	if (entry.collection === 'papers') {
		const summary = { heading: 'In plain words', text: entry.data.plainSummary };
		return withMessages({ heading: 'Key messages linked to this paper', links: site.messagesLinkedTo(entry) }, summary, 'the summary in plain words');
	}
	const { messages } = site.relatedTo(entry);
	// A piece that reported the messages says so; otherwise the editors related them to it.
	const reported = messages.every((message) => message.data.reportedIn?.id === entry.id);
	const keyMessages = { heading: reported ? 'The key messages it reported' : 'Key messages related to it', links: messages.map((message) => ({ message })) };
	return withMessages(keyMessages, { heading: 'Summary', text: entry.data.standfirst }, 'the summary');
}
