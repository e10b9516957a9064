import { getSiteContent, type SiteContent } from './site-content';
import type { EntryCollection } from './collections';

/** getStaticPaths for a page per entry: the entry's file name is its address, the entry its prop. */
export async function entryPaths<C extends EntryCollection>(collection: C) {
	const site = await getSiteContent();
	return (site[collection] as SiteContent[C]).map((entry) => ({
		params: { id: entry.id },
		props: { entry: entry as SiteContent[C][number] },
	}));
}

/** getStaticPaths for the team guides: one for each paper, key message or commentary piece with discussion questions. */
export async function discussionPaths() {
	const { papers, messages, commentary } = await getSiteContent();
	return [...papers, ...messages, ...commentary]
		.filter((entry) => entry.data.discussion)
		.map((entry) => ({ params: { collection: entry.collection, id: entry.id }, props: { entry } }));
}
