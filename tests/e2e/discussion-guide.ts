import type { Page } from '@playwright/test';
import * as content from '../content';
import type { SiteName } from '../sites';

/** What a guide is made from, as an editor wrote it: the one shape papers, messages and commentary share. */
type Discussion = NonNullable<content.Paper['discussion']>;

export interface DiscussedEntry {
	collection: 'papers' | 'messages' | 'commentary';
	id: string;
	title: string;
	discussion: Discussion | undefined;
}

/** Every published paper, key message and commentary piece of a site, with its discussion questions if it has any. */
export function discussableEntries(site: SiteName): DiscussedEntry[] {
	const of = (collection: DiscussedEntry['collection'], entries: content.Entry<{ title: string; discussion?: Discussion | undefined }>[]) =>
		entries.map(({ id, data }) => ({ collection, id, title: data.title, discussion: data.discussion }));
	return [...of('papers', content.papers(site)), ...of('messages', content.messages(site)), ...of('commentary', content.commentary(site))];
}

/** The number of pages in the PDF Chromium prints of the page: each page is one /Type /Page object. */
export async function printedPages(page: Page): Promise<number> {
	const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
	return pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
}
