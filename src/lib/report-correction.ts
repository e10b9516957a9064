/** What a reader's correction is about: the page, and the file an editor will change. */
export interface CorrectionSubject {
	title: string;
	/** The page's public address. */
	page: URL;
	/** The entry's file, from the project folder: content/papers/foo.mdx. */
	file: string;
}

/**
 * A new issue in the site's GitHub repository, filled in with the page and its file, so
 * that a reader can report a mistake without knowing where the site keeps it. A plain
 * link: GitHub's form takes its title and text from the address.
 */
export function correctionHref(repository: string, { title, page, file }: CorrectionSubject): string {
	const url = new URL(`${repository}/issues/new`);
	url.searchParams.set('title', `Correction: ${title}`);
	url.searchParams.set(
		'body',
		[`Page: ${page.href}`, `File: ${file}`, '', 'What is wrong, and what should it say? If a source shows it, please name it.', ''].join('\n'),
	);
	return url.href;
}
