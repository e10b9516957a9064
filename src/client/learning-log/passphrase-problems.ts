/** The shortest passphrase the log takes: the hint beside the box says so. */
export const MIN_PASSPHRASE_LENGTH = 8;

/** What stops a new passphrase being set, each with the box it is about: none when it can be. */
export function passphraseProblems(passphrase: string, repeated: string): { message: string; field: 'new' | 'repeat' }[] {
	if (passphrase === '') return [{ message: 'Enter a new passphrase', field: 'new' }];
	if (passphrase.length < MIN_PASSPHRASE_LENGTH) return [{ message: `Passphrase must be at least ${MIN_PASSPHRASE_LENGTH} characters`, field: 'new' }];
	if (repeated === '') return [{ message: 'Type the passphrase again', field: 'repeat' }];
	if (repeated !== passphrase) return [{ message: 'Type the same passphrase in both boxes: they are different', field: 'repeat' }];
	return [];
}
