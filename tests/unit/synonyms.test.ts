import { describe, expect, it } from 'vitest';
import { annotateSynonyms } from '../../src/lib/synonyms';

const groups = [
	['CMHT', 'community mental health team'],
	['PCT', 'primary care trust'],
	['carers', 'caregivers'],
];

/** The element that carries a phrase's other terms for Pagefind, as the annotation writes it. */
const also = (terms: string) => `<span data-pagefind-index-attrs="data-synonyms" data-synonyms="(${terms})"></span>`;

/** What Pagefind reads: each indexed attribute's value where its element stands, the other tags as spaces. */
const indexed = (html: string) =>
	annotateSynonyms(html, groups)
		.replace(/<[^>]*data-pagefind-index-attrs="([^"]+)"[^>]*>/g, (tag, name: string) => ` ${new RegExp(`${name}="([^"]*)"`).exec(tag)![1]} `)
		.replace(/<[^>]*>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
/** What a reader reads: the text alone. */
const read = (html: string) => html.replace(/<[^>]*>/g, '');

describe('annotateSynonyms', () => {
	it('writes the missing terms of a group right after the phrase that uses one', () => {
		expect(indexed('<p>The local Community Mental Health Team met weekly.</p>')).toBe(
			'The local Community Mental Health Team (CMHT) met weekly.',
		);
		expect(indexed('<p>Each PCT was reorganised.</p>')).toBe('Each PCT (primary care trust) was reorganised.');
	});

	it('keeps the additions out of the text that readers, screen readers and search engines read', () => {
		const html = '<p>Each PCT met, with the carers.</p>';
		expect(annotateSynonyms(html, groups)).toBe(`<p>Each PCT${also('primary care trust')} met, with the carers${also('caregivers')}.</p>`);
		expect(read(annotateSynonyms(html, groups))).toBe(read(html));
	});

	it('escapes a term for the attribute it is written into', () => {
		expect(annotateSynonyms('<p>R&D</p>', [['R&D', 'research "and" <development>']])).toBe(
			'<p>R&D<span data-pagefind-index-attrs="data-synonyms" data-synonyms="(research &quot;and&quot; &lt;development>)"></span></p>',
		);
	});

	it('adds nothing the page already says, anywhere on it', () => {
		const html = '<h1>The CMHT</h1><p>Our community mental health team met.</p>';
		expect(annotateSynonyms(html, groups)).toBe(html);
	});

	it('matches whole words only', () => {
		const html = '<p>SPCTRA and carersfield are not matches.</p>';
		expect(annotateSynonyms(html, groups)).toBe(html);
	});

	it('annotates every mention, in several groups', () => {
		expect(indexed('<p>carers and the primary care trust</p><p>Carers again.</p>')).toBe(
			'carers (caregivers) and the primary care trust (PCT) Carers (caregivers) again.',
		);
	});

	it('leaves tags and attribute values alone', () => {
		const html = '<a href="/search/?q=PCT" title="PCT">the PCT</a>';
		expect(annotateSynonyms(html, groups)).toBe(`<a href="/search/?q=PCT" title="PCT">the PCT${also('primary care trust')}</a>`);
	});

	it('leaves headings as written, since results take their titles from them', () => {
		const html = '<h1>Carers and the PCT</h1><h2 id="x">Carers</h2><p>Each PCT met.</p>';
		expect(annotateSynonyms(html, groups)).toBe(
			`<h1>Carers and the PCT</h1><h2 id="x">Carers</h2><p>Each PCT${also('primary care trust')} met.</p>`,
		);
	});

	it('leaves alone what is not the page’s text: the head, scripts and their data, styles, drawings and form values', () => {
		const html = [
			'<html><head><title>The PCT</title><script type="application/ld+json">{"name":"The PCT"}</script><style>.pct::after{content:"PCT"}</style></head>',
			'<body><svg><title>PCT</title><text>PCT</text></svg><select><option>PCT</option></select><textarea>PCT</textarea><script>const pct = "PCT";</script>',
			'<p>Each PCT met.</p></body></html>',
		].join('');
		expect(annotateSynonyms(html, groups)).toBe(html.replace('Each PCT met.', `Each PCT${also('primary care trust')} met.`));
	});

	it('treats terms with regular-expression characters literally', () => {
		expect(annotateSynonyms('<p>a+b</p>', [['a+b', 'plus']])).toBe(`<p>a+b${also('plus')}</p>`);
		expect(annotateSynonyms('<p>aab</p>', [['a+b', 'plus']])).toBe('<p>aab</p>');
	});
});
