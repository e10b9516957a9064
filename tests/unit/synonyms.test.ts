import { describe, expect, it } from 'vitest';
import { annotateSynonyms } from '../../src/lib/synonyms';

const groups = [
	['CMHT', 'community mental health team'],
	['PCT', 'primary care trust'],
	['carers', 'caregivers'],
];

/** What the index reads: the annotated page with its tags as spaces. */
const indexed = (html: string) => annotateSynonyms(html, groups).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();

describe('annotateSynonyms', () => {
	it('writes the missing terms of a group right after the phrase that uses one', () => {
		expect(indexed('<p>The local Community Mental Health Team met weekly.</p>')).toBe(
			'The local Community Mental Health Team (CMHT) met weekly.',
		);
		expect(indexed('<p>Each PCT was reorganised.</p>')).toBe('Each PCT (primary care trust) was reorganised.');
	});

	it('hides the additions from readers', () => {
		expect(annotateSynonyms('<p>Each PCT met.</p>', groups)).toBe('<p>Each PCT<span hidden> (primary care trust)</span> met.</p>');
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
		expect(annotateSynonyms(html, groups)).toBe('<a href="/search/?q=PCT" title="PCT">the PCT<span hidden> (primary care trust)</span></a>');
	});

	it('leaves headings as written, since results take their titles from them', () => {
		const html = '<h1>Carers and the PCT</h1><h2 id="x">Carers</h2><p>Each PCT met.</p>';
		expect(annotateSynonyms(html, groups)).toBe(
			'<h1>Carers and the PCT</h1><h2 id="x">Carers</h2><p>Each PCT<span hidden> (primary care trust)</span> met.</p>',
		);
	});

	it('treats terms with regular-expression characters literally', () => {
		expect(annotateSynonyms('<p>a+b</p>', [['a+b', 'plus']])).toBe('<p>a+b<span hidden> (plus)</span></p>');
		expect(annotateSynonyms('<p>aab</p>', [['a+b', 'plus']])).toBe('<p>aab</p>');
	});
});
