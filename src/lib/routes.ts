import { getSiteContent, type SiteContent } from './site-content';

type EntryCollection = 'papers' | 'messages' | 'commentary' | 'people';

/** getStaticPaths for a page per entry: the entry's file name is its address, the entry its prop. */
export async function entryPaths<C extends EntryCollection>(collection: C) {
	const site = await getSiteContent();
	return (site[collection] as SiteContent[C]).map((entry) => ({
		params: { id: entry.id },
		props: { entry: entry as SiteContent[C][number] },
	}));
}
