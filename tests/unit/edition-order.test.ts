import { describe, expect, it } from 'vitest';
import { compareEditionOrder, type EditionPlacement } from '../../src/lib/content/edition-order';

const paper = (title: string, volume?: string, issue?: string, pages?: string): EditionPlacement => ({
	title,
	journal: { volume, issue, pages },
});

const titles = (papers: EditionPlacement[]) => papers.toSorted(compareEditionOrder).map((p) => p.title);

describe('compareEditionOrder', () => {
	it('orders by first page within an issue, whatever the titles', () => {
		const papers = [paper('A', '31', '2', '141-152'), paper('B', '31', '2', '113-126'), paper('C', '31', '2', '101-112')];
		expect(titles(papers)).toEqual(['C', 'B', 'A']);
	});

	it('compares volumes, issues and pages as numbers, not text', () => {
		expect(titles([paper('Volume 10', '10', '1', '1'), paper('Volume 9', '9', '1', '1')])).toEqual(['Volume 9', 'Volume 10']);
		expect(titles([paper('Issue 12', '14', '12', '1'), paper('Issue 5', '14', '5', '1')])).toEqual(['Issue 5', 'Issue 12']);
		expect(titles([paper('Page 101', '14', '5', '101-110'), paper('Page 99', '14', '5', '99-100')])).toEqual(['Page 99', 'Page 101']);
	});

	it('puts volume before issue before page', () => {
		const papers = [paper('Later volume', '15', '1', '1-10'), paper('Later issue', '14', '6', '1-10'), paper('Earlier', '14', '5', '500-510')];
		expect(titles(papers)).toEqual(['Earlier', 'Later issue', 'Later volume']);
	});

	it('reads the first page of an en-dash range and of a single page', () => {
		const papers = [paper('Dash', '14', '5', '384–390'), paper('Single', '14', '5', '383'), paper('Hyphen', '14', '5', '375-382')];
		expect(titles(papers)).toEqual(['Hyphen', 'Single', 'Dash']);
	});

	it('puts papers whose place is not known after those whose place is', () => {
		const papers = [
			{ title: 'A no journal' },
			paper('B no volume'),
			paper('C no pages', '31', '2'),
			paper('D paged', '31', '2', '200-210'),
			paper('E no issue', '31'),
		];
		expect(titles(papers)).toEqual(['D paged', 'C no pages', 'E no issue', 'A no journal', 'B no volume']);
	});

	it('breaks ties by title, so file order never matters', () => {
		const papers = [paper('Zeta', '31', '2'), paper('alpha', '31', '2'), paper('Mu', '31', '2')];
		expect(titles(papers)).toEqual(['alpha', 'Mu', 'Zeta']);
		expect(titles(papers.toReversed())).toEqual(['alpha', 'Mu', 'Zeta']);
	});

	it('gives the same order from any starting order', () => {
		const papers = [
			paper('Record only', '31', '2', '101-112'),
			{ title: 'Poster' },
			paper('Ten sites', '31', '2', '141-152'),
			paper('Accepted', '31', '2'),
			paper('Discharge', '31', '2', '113-126'),
		];
		const expected = ['Record only', 'Discharge', 'Ten sites', 'Accepted', 'Poster'];
		expect(titles(papers)).toEqual(expected);
		expect(titles(papers.toReversed())).toEqual(expected);
	});
});

describe('non-numeric volumes', () => {
	it('sorts a supplement with the unknown placements, whatever the starting order', () => {
		const a = { title: 'A', journal: { volume: '15' } };
		const b = { title: 'B', journal: { volume: 'Suppl' } };
		const c = { title: 'C', journal: { volume: '14' } };
		const titles = (list: (typeof a)[]) => list.sort(compareEditionOrder).map((p) => p.title);
		expect(titles([a, b, c])).toEqual(['C', 'A', 'B']);
		expect(titles([c, a, b])).toEqual(['C', 'A', 'B']);
		expect(titles([b, c, a])).toEqual(['C', 'A', 'B']);
	});
});
