import { describe, expect, it } from 'vitest';
import { compareByFamilyName, familyNameOf, type Named } from '../../src/lib/content/names';

describe('familyNameOf', () => {
	it('defaults to the last word of the name', () => {
		expect(familyNameOf({ name: 'Helen Dickinson' })).toBe('Dickinson');
		expect(familyNameOf({ name: 'Łukasz Wiśniewski' })).toBe('Wiśniewski');
	});

	it('ignores stray whitespace', () => {
		expect(familyNameOf({ name: '  Jon   Glasby \n' })).toBe('Glasby');
	});

	it('uses the whole name when it is one word', () => {
		expect(familyNameOf({ name: '李明' })).toBe('李明');
	});

	it('prefers familyName when it is set', () => {
		expect(familyNameOf({ name: 'Zoë Ó Súilleabháin', familyName: 'Ó Súilleabháin' })).toBe('Ó Súilleabháin');
		expect(familyNameOf({ name: '李明', familyName: '李' })).toBe('李');
	});
});

describe('compareByFamilyName', () => {
	const sorted = (people: Named[]) => people.toSorted(compareByFamilyName).map((p) => p.name);

	it('sorts accented and non-Latin family names where a reader expects them', () => {
		const people: Named[] = [
			{ name: '李明', familyName: '李' },
			{ name: 'Tom Walsh' },
			{ name: 'Zoë Ó Súilleabháin', familyName: 'Ó Súilleabháin' },
			{ name: 'Mary Murphy' },
			{ name: 'Anna Łapińska' },
			{ name: 'Helen Dickinson' },
			{ name: 'Łukasz Wiśniewski' },
			{ name: 'Sarah Pearce' },
			{ name: 'Ruth Kelly' },
			{ name: 'Tom Nolan' },
		];
		expect(sorted(people)).toEqual([
			'Helen Dickinson',
			'Ruth Kelly',
			'Anna Łapińska',
			'Mary Murphy',
			'Tom Nolan',
			'Zoë Ó Súilleabháin',
			'Sarah Pearce',
			'Tom Walsh',
			'Łukasz Wiśniewski',
			'李明',
		]);
	});

	it('sorts by family name, not by first name', () => {
		expect(sorted([{ name: 'Anna Zeller' }, { name: 'Zoe Adams' }])).toEqual(['Zoe Adams', 'Anna Zeller']);
	});

	it('breaks a tie on family name by full name', () => {
		expect(sorted([{ name: 'Jane Smith' }, { name: 'Anna Smith' }])).toEqual(['Anna Smith', 'Jane Smith']);
	});
});
