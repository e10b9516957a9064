/**
 * Pagefind's excerpts are HTML: the page's text, escaped, with <mark> around matched
 * words. They are parsed in an inert document (nothing runs, nothing loads) and
 * rebuilt from text and <mark> alone, so whatever a page or a query contains is shown
 * as text and never becomes markup.
 */
export function excerptFragment(excerpt: string): DocumentFragment {
	const parsed = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html');
	const fragment = document.createDocumentFragment();
	for (const node of parsed.body.childNodes) {
		if (node.nodeName === 'MARK') {
			const mark = document.createElement('mark');
			mark.textContent = node.textContent;
			fragment.append(mark);
		} else {
			fragment.append(document.createTextNode(node.textContent ?? ''));
		}
	}
	return fragment;
}
