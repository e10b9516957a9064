/** What can go wrong with the log, and what the reader is told. Every message says that nothing was lost. */
export const FAULT_MESSAGES = {
	full: 'Your browser has no room left to save this change, so it was not saved. Nothing else has changed. Download a copy of your log, then free some space (for example by clearing data that other websites have stored) and try again.',
	blocked:
		'This browser is not letting the page store anything. This happens in private browsing, or when a browser is set to block websites from storing data. You can still add entries, but they will be lost when you close this page, so download a copy before you go.',
	newer:
		'Your log was last saved by a newer version of this page, so this page can show it but not change it. Reload the page to get the newest version. Your entries are safe.',
	elsewhere: 'Your log was changed in another tab or window, so this change was not saved. Reload this page to see the latest version, then try again.',
	unreadable:
		'Some entries could not be read, so your passphrase was not changed: changing it now could make them impossible to recover. Download a copy of the entries that can be read.',
	unopened:
		'Your log could not be opened, so entries you add now will be lost when you close this page. Nothing already in your log has been changed. Reload the page to try again.',
	damagedLock: 'The passphrase settings of your log could not be read, so it cannot be unlocked. Nothing has been changed or deleted.',
	failed: 'Your browser could not save this change. Nothing else has changed. Download a copy of your log, then reload the page and try again.',
} as const;

export type FaultKind = keyof typeof FAULT_MESSAGES;

export class LogFault extends Error {
	constructor(readonly kind: FaultKind) {
		super(FAULT_MESSAGES[kind]);
	}
}

/** The fault a storage error is, for the reader: a full disk and a blocked store need different advice. */
export function asFault(error: unknown): LogFault {
	if (error instanceof LogFault) return error;
	const name = error instanceof DOMException ? error.name : '';
	if (name === 'QuotaExceededError') return new LogFault('full');
	if (name === 'VersionError') return new LogFault('newer');
	return new LogFault('failed');
}

/** Why some stored entries are not shown: damaged, or saved by a newer version of the page. */
export function unreadableMessages(corrupt: number, newer: number): string[] {
	const say = (count: number, why: (one: boolean) => string, advice: string) => {
		const one = count === 1;
		return `${one ? '1 entry' : `${count} entries`} in your log ${why(one)}, so ${one ? 'it is' : 'they are'} not shown here. ${one ? 'It has' : 'They have'} been left as ${one ? 'it was' : 'they were'}. ${advice}`;
	};
	return [
		corrupt > 0 ? say(corrupt, () => 'could not be read', 'Your other entries are below: download a copy to keep them safe.') : '',
		newer > 0 ? say(newer, (one) => `${one ? 'was' : 'were'} saved by a newer version of this page`, 'Reload the page to get the newest version.') : '',
	].filter(Boolean);
}
