import ScrollableTable from './ScrollableTable.astro';

/** What an entry's Markdown renders through, for every page that shows an entry's body: `<Content components={proseComponents} />`. */
export const proseComponents = {
	table: ScrollableTable,
};
