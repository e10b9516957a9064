import { describe, expect, it } from 'vitest';
import { countOf, formatList, listParts, upperFirst } from '../../src/lib/format';
import { entryHref, PAGES, sessionHref } from '../../src/lib/urls';

describe('bylines and lists', () => {
	it('read as British English lists, with no serial comma', () => {
		expect(formatList(['Timothy Freeman'])).toBe('Timothy Freeman');
		expect(formatList(['Timothy Freeman', 'Edward Peck'])).toBe('Timothy Freeman and Edward Peck');
		expect(formatList(['A', 'B', 'C'])).toBe('A, B and C');
	});

	it('come apart into the items and the words between them, in order', () => {
		const people = [{ name: 'A' }, { name: 'B' }, { name: 'C' }];
		const parts = listParts(people);
		expect(parts.map((part) => ('item' in part ? part.item.name : part.literal)).join('')).toBe('A, B and C');
		expect(parts.filter((part) => 'item' in part).map((part) => ('item' in part ? part.item : undefined))).toEqual(people);
	});
});

describe('counts', () => {
	it('take the noun form their number needs', () => {
		const forms = { one: 'commentary piece', other: 'commentary pieces' };
		expect(countOf(1, forms)).toBe('1 commentary piece');
		expect(countOf(2, forms)).toBe('2 commentary pieces');
		expect(countOf(0, forms)).toBe('0 commentary pieces');
	});
});

describe('phrases that open a sentence', () => {
	it('start with a capital', () => {
		expect(upperFirst("papers on the symposium's question")).toBe("Papers on the symposium's question");
	});
});

describe('addresses', () => {
	it("follow an entry's collection and file name", () => {
		expect(entryHref({ collection: 'papers', id: 'shared-care-records' })).toBe('/papers/shared-care-records/');
		expect(entryHref({ collection: 'people', id: 'li-ming' })).toBe('/people/li-ming/');
		expect(sessionHref({ id: 'opening-plenary' })).toBe(`${PAGES.programme}#opening-plenary`);
	});
});
