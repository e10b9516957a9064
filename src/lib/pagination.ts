/**
 * Listings that grow with the edition (papers, people, the special edition's contents)
 * run over numbered pages: the first at the listing's own address, then /papers/2/,
 * /papers/3/ … A page holds a screenful or two, so a reader sees the first results
 * without scrolling through a thousand summaries, and a page's weight does not grow
 * with the edition. The list a page pages through carries `data-listing`: the byte
 * budgets (tests/e2e/gates/budgets.spec.ts) count and weigh its items.
 */

/**
 * Entries on each page of a listing. 20 keeps every listing of the real edition on one
 * page, and a page of paper cards well under 60 KB gzipped whatever the edition's size.
 * The programme shows as many papers per session before linking to the rest.
 */
export const PAGE_SIZE = 20;

/** "2", "31": a page number as it appears in an address; the first page has none. */
export function isPageNumber(segment: string): boolean {
	return /^[1-9]\d*$/.test(segment);
}

/** A gap in the row of page links, between pages too far from the current one to list. */
export const GAP = 'gap';

/**
 * The page links a page offers: the first and last, and the current one with its two
 * neighbours on each side, with a gap wherever numbers are left out. A gap never stands
 * for one page alone: that page is listed instead, as it takes no more room.
 */
export function pageLinks(current: number, last: number): (number | typeof GAP)[] {
	const near = 2;
	const shown = new Set([1, last]);
	for (let page = current - near; page <= current + near; page++) if (page >= 1 && page <= last) shown.add(page);
	const pages = [...shown].sort((a, b) => a - b);
	const result: (number | typeof GAP)[] = [];
	pages.forEach((page, index) => {
		const before = pages[index - 1];
		if (before !== undefined && page - before === 2) result.push(before + 1);
		else if (before !== undefined && page - before > 2) result.push(GAP);
		result.push(page);
	});
	return result;
}

/** "Papers, page 2 of 50" for a later page's title; the first page keeps the listing's name. */
export function pageTitle(name: string, page: { currentPage: number; lastPage: number }): string {
	return page.currentPage === 1 ? name : `${name}, page ${page.currentPage} of ${page.lastPage}`;
}
