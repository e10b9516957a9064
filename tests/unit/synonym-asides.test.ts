import { describe, expect, it } from 'vitest';
import { pageWords, synonymAside, type ExcerptWord } from '../../src/lib/search/synonym-asides';
import { annotateSynonyms } from '../../src/lib/search/synonyms';

const groups = [
	['CMHT', 'CMHTs', 'community mental health team', 'community mental health teams'],
	['carers', 'caregivers'],
	['older people', 'elderly', 'older adults'],
];

/** The words Pagefind quotes an excerpt from: each indexed attribute's value where its element stands, split at white space. */
function indexedWords(html: string, vocabulary = groups): string[] {
	return annotateSynonyms(`<main data-pagefind-body>${html}</main>`, vocabulary)
		.replace(/<[^>]*data-pagefind-index-attrs="([^"]+)"[^>]*>/g, (tag, name: string) => ` ${new RegExp(`${name}="([^"]*)"`).exec(tag)![1]} `)
		.replace(/<[^>]*>/g, ' ')
		.split(/\s+/)
		.filter(Boolean);
}

/** An excerpt as Pagefind gives it: a run of those words, the ones matching `query` marked. */
const excerpt = (words: string[], query: RegExp): ExcerptWord[] => words.map((text) => ({ text, marked: query.test(text) }));

const shown = (words: ExcerptWord[]) => words.map(({ text, marked }) => (marked ? `[${text}]` : text)).join(' ');

const PAGE = "<p>The local community mental health team (with carers) met older people, weekly, at the Carers' Centre.</p>";
const READ = "The local community mental health team (with carers) met older people, weekly, at the Carers' Centre.";

describe('synonymAside', () => {
	it('sets each word apart with a word joiner, the first with one for each word of the phrase it follows', () => {
		expect(synonymAside('community mental health team', ['CMHT', 'CMHTs'])).toBe('\u2060\u2060\u2060\u2060CMHT, \u2060CMHTs');
		expect(synonymAside('carers', ['caregivers', 'care givers'])).toBe('\u2060caregivers, \u2060care \u2060givers');
	});
});

describe('pageWords', () => {
	it('gives back the page’s own words, whatever was written in for the index', () => {
		expect(indexedWords(PAGE).join(' ')).not.toBe(READ);
		expect(shown(pageWords(excerpt(indexedWords(PAGE), /^$/)))).toBe(READ);
	});

	it('marks the phrase the page uses where the query matched one of its synonyms', () => {
		expect(shown(pageWords(excerpt(indexedWords(PAGE), /CMHT/)))).toBe(
			`The local [community] [mental] [health] [team] (with carers) met older people, weekly, at the Carers' Centre.`,
		);
		expect(shown(pageWords(excerpt(indexedWords(PAGE), /elderly/)))).toBe(
			`The local community mental health team (with carers) met [older] [people,] weekly, at the Carers' Centre.`,
		);
		expect(shown(pageWords(excerpt(indexedWords(PAGE), /caregivers/)))).toBe(
			"The local community mental health team (with [carers)] met older people, weekly, at the [Carers'] Centre.",
		);
	});

	it('marks no more of the phrase when the page shows the matched word itself', () => {
		const page = '<p>Joined-up care for older people and their carers.</p>';
		expect(shown(pageWords(excerpt(indexedWords(page, [['integrated care', 'joined-up care'], ...groups]), /^\u2060*(care|older),?$/i)))).toBe(
			'Joined-up [care] for [older] people and their carers.',
		);
	});

	it('keeps the marks Pagefind put on the page’s own words', () => {
		expect(shown(pageWords(excerpt(indexedWords(PAGE), /^weekly/)))).toBe(
			"The local community mental health team (with carers) met older people, [weekly,] at the Carers' Centre.",
		);
	});

	it('shows only the page’s words, in order, from an excerpt that starts or ends anywhere, inside an aside or a phrase', () => {
		const words = indexedWords(PAGE);
		for (let start = 0; start < words.length; start++) {
			for (let end = start + 1; end <= words.length; end++) {
				const text = pageWords(excerpt(words.slice(start, end), /CMHT|elderly|caregivers/))
					.map(({ text }) => text)
					.join(' ');
				expect(READ, `words ${start} to ${end} show "${text}"`).toContain(text);
			}
		}
	});
});
