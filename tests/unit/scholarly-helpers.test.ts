import { describe, expect, it } from 'vitest';
import { affiliationsIn } from '../../src/lib/content/affiliations';
import { feedItem } from '../../src/lib/scholarly/feeds';
import { givenNameOf } from '../../src/lib/content/names';

describe('affiliationsIn', () => {
	const affiliations = [
		{ name: 'Centre A', when: { from: 2006 } },
		{ name: 'Centre B', when: { from: 2029, to: 2031 } },
	];

	it('gives the organisations the record shows for that year, and none for a year it does not', () => {
		expect(affiliationsIn(affiliations, 2006)).toEqual(['Centre A']);
		expect(affiliationsIn(affiliations, 2030)).toEqual(['Centre B']);
		expect(affiliationsIn(affiliations, 2007)).toEqual([]);
	});

	it('gives none when the year of the work is not known', () => {
		expect(affiliationsIn(affiliations, undefined)).toEqual([]);
	});
});

describe('givenNameOf', () => {
	it('is what is left of the name once the family name is taken off', () => {
		expect(givenNameOf({ name: 'Helen Dickinson' })).toBe('Helen');
		expect(givenNameOf({ name: 'Zoë Ó Súilleabháin', familyName: 'Ó Súilleabháin' })).toBe('Zoë');
		expect(givenNameOf({ name: '李明', familyName: '李' })).toBe('明');
		expect(givenNameOf({ name: 'Plato' })).toBeUndefined();
	});
});

describe('feedItem', () => {
	const entry = { title: 'T', href: '/papers/t/', creators: ['A & B'] };

	it('gives pubDate only when the day is known, and dc:date as precisely as known', () => {
		expect(feedItem({ ...entry, date: { year: 2006, month: 9 } })).toMatchObject({
			customData: '<dc:date>2006-09</dc:date><dc:creator>A &amp; B</dc:creator>',
		});
		expect(feedItem({ ...entry, date: { year: 2006, month: 9 } })).not.toHaveProperty('pubDate');
		expect(feedItem({ ...entry, date: { year: 2006, month: 6, day: 15 } }).pubDate).toEqual(new Date(Date.UTC(2006, 5, 15)));
	});

	it('leaves out what is not known', () => {
		expect(feedItem({ ...entry, creators: [] })).toEqual({ title: 'T', link: '/papers/t/' });
	});
});
