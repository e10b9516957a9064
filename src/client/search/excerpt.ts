import { pageWords, type ExcerptWord } from '../../lib/search/synonym-asides';

/** What Pagefind splits an excerpt into words at: white space, as its own excerpts do. */
const WORD_BREAK = /[^\S\uFEFF]+/;

/**
 * Pagefind's excerpts are HTML: the page's text, escaped, with <mark> around matched
 * words. They are parsed in an inert document (nothing runs, nothing loads) and
 * rebuilt from text and <mark> alone, so whatever a page or a query contains is shown
 * as text and never becomes markup; and the synonyms written in for the index are left
 * out, so an excerpt quotes only what the page says.
 */
export function excerptFragment(excerpt: string): DocumentFragment {
	const parsed = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html');
	const words: ExcerptWord[] = [...parsed.body.childNodes].flatMap((node) =>
		(node.textContent ?? '')
			.split(WORD_BREAK)
			.filter(Boolean)
			.map((text) => ({ text, marked: node.nodeName === 'MARK' })),
	);
	const fragment = document.createDocumentFragment();
	pageWords(words).forEach(({ text, marked }, index) => {
		if (index > 0) fragment.append(' ');
		if (marked) {
			const mark = document.createElement('mark');
			mark.textContent = text;
			fragment.append(mark);
		} else {
			fragment.append(text);
		}
	});
	return fragment;
}
