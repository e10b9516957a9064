import { describe, expect, it } from 'vitest';
import { annotateSynonyms } from '../../src/lib/search/synonyms';

const groups = [
	['CMHT', 'community mental health team'],
	['PCT', 'primary care trust'],
	['carers', 'caregivers'],
];

/** The element that carries a phrase's other terms for Pagefind, as the annotation writes it. */
const also = (terms: string) => `<span data-pagefind-index-attrs="data-synonyms" data-synonyms="(${terms})\u00a0"></span>`;

/** A page whose text is marked for the index, as entry pages are. */
const page = (text: string) => `<main data-pagefind-body>${text}</main>`;

/** Annotates the text of a page (as `page` wraps it) and gives back the text's part. */
const annotated = (text: string, vocabulary: string[][] = groups) =>
	annotateSynonyms(page(text), vocabulary).slice(page('').indexOf('</main>'), -'</main>'.length);

/** What Pagefind reads: each indexed attribute's value where its element stands, the other tags as spaces. */
const indexed = (text: string) =>
	annotated(text)
		.replace(/<[^>]*data-pagefind-index-attrs="([^"]+)"[^>]*>/g, (tag, name: string) => ` ${new RegExp(`${name}="([^"]*)"`).exec(tag)![1]} `)
		.replace(/<[^>]*>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
/** What a reader reads: the text alone. */
const read = (html: string) => html.replace(/<[^>]*>/g, '');

describe('annotateSynonyms', () => {
	it('writes the missing terms of a group right after the phrase that uses one', () => {
		expect(indexed('<p>The local Community Mental Health Team met weekly.</p>')).toBe('The local Community Mental Health Team (CMHT) met weekly.');
		expect(indexed('<p>Each PCT was reorganised.</p>')).toBe('Each PCT (primary care trust) was reorganised.');
	});

	it('keeps the additions out of the text that readers, screen readers and search engines read', () => {
		const text = '<p>Each PCT met, with the carers.</p>';
		expect(annotated(text)).toBe(`<p>Each PCT${also('primary care trust')} met, with the carers${also('caregivers')}.</p>`);
		expect(read(annotated(text))).toBe(read(text));
	});

	it('escapes a term for the attribute it is written into', () => {
		expect(annotated('<p>R&D</p>', [['R&D', 'research "and" <development>']])).toBe(
			'<p>R&D<span data-pagefind-index-attrs="data-synonyms" data-synonyms="(research &quot;and&quot; &lt;development>)\u00a0"></span></p>',
		);
	});

	it('adds nothing the indexed text already says, anywhere in it', () => {
		const text = '<h1>The CMHT</h1><p>Our community mental health team met.</p>';
		expect(annotated(text)).toBe(text);
	});

	it('reads and annotates only what Pagefind indexes: the part marked as the body, and no page without one', () => {
		const html = '<header><p>The PCT</p></header><article data-pagefind-body><p>Each PCT met.</p></article>';
		expect(annotateSynonyms(html, groups)).toBe(
			`<header><p>The PCT</p></header><article data-pagefind-body><p>Each PCT${also('primary care trust')} met.</p></article>`,
		);
		expect(annotateSynonyms('<main><p>Each PCT met.</p></main>', groups)).toBe('<main><p>Each PCT met.</p></main>');
	});

	it('matches whole words only', () => {
		const text = '<p>SPCTRA and carersfield are not matches.</p>';
		expect(annotated(text)).toBe(text);
	});

	it('annotates every mention, in several groups', () => {
		expect(indexed('<p>carers and the primary care trust</p><p>Carers again.</p>')).toBe(
			'carers (caregivers) and the primary care trust (PCT) Carers (caregivers) again.',
		);
	});

	it('leaves tags and attribute values alone', () => {
		expect(annotated('<a href="/search/?q=PCT" title="PCT">the PCT</a>')).toBe(`<a href="/search/?q=PCT" title="PCT">the PCT${also('primary care trust')}</a>`);
	});

	it('leaves headings as written, since results take their titles from them', () => {
		expect(annotated('<h1>Carers and the PCT</h1><h2 id="x">Carers</h2><p>Each PCT met.</p>')).toBe(
			`<h1>Carers and the PCT</h1><h2 id="x">Carers</h2><p>Each PCT${also('primary care trust')} met.</p>`,
		);
	});

	it('leaves alone what is not text to read: scripts and their data, styles, drawings and form values', () => {
		const text = [
			'<script type="application/ld+json">{"name":"The PCT"}</script><style>.pct::after{content:"PCT"}</style>',
			'<svg><title>PCT</title><text>PCT</text></svg><select><option>PCT</option></select><textarea>PCT</textarea><script>const pct = "PCT";</script>',
			'<p>Each PCT met.</p>',
		].join('');
		expect(annotated(text)).toBe(text.replace('Each PCT met.', `Each PCT${also('primary care trust')} met.`));
	});

	it('treats terms with regular-expression characters literally', () => {
		expect(annotated('<p>a+b</p>', [['a+b', 'plus']])).toBe(`<p>a+b${also('plus')}</p>`);
		expect(annotated('<p>aab</p>', [['a+b', 'plus']])).toBe('<p>aab</p>');
	});
});
