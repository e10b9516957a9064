import { describe, expect, it } from 'vitest';
import { describeDanglingReference, findDanglingReferences, type CheckableEntry, type DanglingReference } from '../../src/lib/content/references';

const ref = (collection: string, id: string) => ({ id, collection });

const person = (id: string): CheckableEntry => ({
	id,
	filePath: `content/people/${id}.yaml`,
	data: {
		name: id,
		affiliations: [{ name: 'Fixture Institute', when: { from: 2031 } }],
		photo: { src: '/_astro/photo.png', width: 400, height: 500, format: 'png' },
	},
});

function site(overrides: { paperAuthors?: unknown[]; guestEditors?: unknown[]; session?: unknown; symposium?: unknown; checkedPaper?: unknown } = {}) {
	return {
		people: [person('helen-dickinson'), person('jon-glasby'), person('zoe-o-suilleabhain')],
		sessions: [
			{
				id: 'opening-plenary',
				filePath: 'content/sessions/opening-plenary.yaml',
				data: {
					symposium: ref('symposia', 'hsmc-2006'),
					title: 'Opening',
					order: 1,
					start: new Date('2031-03-14T09:30:00Z'),
					chair: ref('people', 'jon-glasby'),
				},
			},
		],
		papers: [
			{
				id: 'evaluation-of-partnerships',
				filePath: 'content/papers/evaluation-of-partnerships.mdx',
				data: {
					title: 'The evaluation of partnerships',
					symposium: overrides.symposium ?? ref('symposia', 'hsmc-2006'),
					edition: ref('editions', 'hscc-special-edition'),
					authors: overrides.paperAuthors ?? [ref('people', 'helen-dickinson'), ref('people', 'jon-glasby')],
					session: overrides.session ?? ref('sessions', 'opening-plenary'),
					dates: { published: { year: 2006, month: 9 } },
					journal: { title: 'Health and Social Care in the Community', volume: '14' },
				},
			},
		],
		symposia: [
			{
				id: 'hsmc-2006',
				filePath: 'content/symposia/hsmc-2006.yaml',
				data: {
					title: 'Symposium',
					held: { year: 2006, month: 5 },
					checkedAgainst: [{ name: 'PubMed', showed: [{ paper: overrides.checkedPaper ?? ref('papers', 'evaluation-of-partnerships'), facts: ['title'] }] }],
				},
			},
		],
		editions: [
			{
				id: 'hscc-special-edition',
				filePath: 'content/editions/hscc-special-edition.yaml',
				data: {
					kind: 'special-issue',
					journal: { title: 'HSCC' },
					status: 'published',
					guestEditors: overrides.guestEditors ?? [ref('people', 'zoe-o-suilleabhain')],
					symposia: [ref('symposia', 'hsmc-2006')],
				},
			},
		],
	} satisfies Record<string, CheckableEntry[]>;
}

describe('findDanglingReferences', () => {
	it('finds nothing wrong in consistent content, including dates and image metadata', () => {
		expect(findDanglingReferences(site())).toEqual([]);
	});

	it('finds a bad author by its position in the list', () => {
		const problems = findDanglingReferences(site({ paperAuthors: [ref('people', 'helen-dickinson'), ref('people', 'jon-glasbey')] }));
		expect(problems).toEqual([
			{
				file: 'content/papers/evaluation-of-partnerships.mdx',
				field: 'authors[1]',
				collection: 'people',
				id: 'jon-glasbey',
				expectedFile: 'content/people/jon-glasbey.yaml',
				suggestion: 'jon-glasby',
			},
		]);
	});

	it('gives the dotted path of a reference nested in an object and an array', () => {
		const [problem] = findDanglingReferences(site({ checkedPaper: ref('papers', 'evaluation-of-partnership') }));
		expect(problem).toMatchObject({
			file: 'content/symposia/hsmc-2006.yaml',
			field: 'checkedAgainst[0].showed[0].paper',
			id: 'evaluation-of-partnership',
			suggestion: 'evaluation-of-partnerships',
		});
	});

	it("finds a bad editor in an edition's list", () => {
		const [problem] = findDanglingReferences(site({ guestEditors: [ref('people', 'zoe-o-suilleabain')] }));
		expect(problem).toMatchObject({
			file: 'content/editions/hscc-special-edition.yaml',
			field: 'guestEditors[0]',
			id: 'zoe-o-suilleabain',
			suggestion: 'zoe-o-suilleabhain',
		});
	});

	it('finds an entry that names a symposium the series does not hold, and says where its file would be', () => {
		const problems = findDanglingReferences(site({ symposium: ref('symposia', 'hsmc-2060') }));
		expect(problems).toEqual([
			{
				file: 'content/papers/evaluation-of-partnerships.mdx',
				field: 'symposium',
				collection: 'symposia',
				id: 'hsmc-2060',
				expectedFile: 'content/symposia/hsmc-2060.yaml',
				suggestion: 'hsmc-2006',
			},
		]);
		expect(describeDanglingReference(problems[0]!)).toBe('no symposium "hsmc-2060" (did you mean "hsmc-2006"?)');
	});

	it('finds a single reference held directly in a field', () => {
		const [problem] = findDanglingReferences(site({ session: ref('sessions', 'opening-plenery') }));
		expect(problem).toMatchObject({ field: 'session', collection: 'sessions', suggestion: 'opening-plenary' });
	});

	it('reports every bad reference, not only the first', () => {
		const problems = findDanglingReferences(
			site({ paperAuthors: [ref('people', 'nobody-one')], guestEditors: [ref('people', 'jon-glasby'), ref('people', 'nobody-two')] }),
		);
		expect(problems.map((p) => `${p.file} ${p.field} ${p.id}`).toSorted()).toEqual([
			'content/editions/hscc-special-edition.yaml guestEditors[1] nobody-two',
			'content/papers/evaluation-of-partnerships.mdx authors[0] nobody-one',
		]);
	});

	it('makes no suggestion when the collection is empty or missing', () => {
		const content = { papers: site().papers, people: [] };
		const problems = findDanglingReferences(content);
		expect(problems.map((p) => p.field).toSorted()).toEqual(['authors[0]', 'authors[1]', 'edition', 'session', 'symposium']);
		for (const problem of problems) expect(problem).not.toHaveProperty('suggestion');
	});

	it('falls back to the entry id when there is no file path', () => {
		const [problem] = findDanglingReferences({
			people: [],
			messages: [{ id: 'be-clear', data: { evidence: [], reportedIn: ref('commentary', 'gone') } }],
		});
		expect(problem).toMatchObject({ file: 'be-clear', field: 'reportedIn', collection: 'commentary', id: 'gone' });
	});

	it('does not mistake other objects with an id for references', () => {
		const problems = findDanglingReferences({
			people: [{ id: 'p', data: { extra: { id: 'x', collection: 'people', note: 'three keys' }, other: { id: 'y' } } }],
		});
		expect(problems).toEqual([]);
	});
});

describe('describeDanglingReference', () => {
	const problem: DanglingReference = {
		file: 'content/papers/evaluation-of-partnerships.mdx',
		field: 'authors[1]',
		collection: 'people',
		id: 'jon-glasbey',
	};

	it('says which kind of entry is missing, and suggests the closest name when there is one', () => {
		expect(describeDanglingReference({ ...problem, suggestion: 'jon-glasby' })).toBe('no person "jon-glasbey" (did you mean "jon-glasby"?)');
	});

	it('says how to fix it when there is nothing to suggest', () => {
		expect(describeDanglingReference(problem)).toBe('no person "jon-glasbey": correct the name, or create an entry named jon-glasbey in people');
	});

	it('names the file to create when the collection shows where its files live', () => {
		const [found] = findDanglingReferences({
			people: [{ id: 'jon-glasby', filePath: 'content/people/jon-glasby.yaml', data: {} }],
			papers: [{ id: 'p', filePath: 'content/papers/p.mdx', data: { authors: [ref('people', 'helen-dickinson')] } }],
		});
		expect(found?.expectedFile).toBe('content/people/helen-dickinson.yaml');
		expect(describeDanglingReference(found!)).toBe('no person "helen-dickinson": correct the name, or create content/people/helen-dickinson.yaml');
	});

	it('suggests nothing when no name is close: a guess would mislead', () => {
		const [found] = findDanglingReferences({
			people: [{ id: 'jon-glasby', data: {} }],
			papers: [{ id: 'p', data: { authors: [ref('people', 'timothy-freeman')] } }],
		});
		expect(found).not.toHaveProperty('suggestion');
	});
});
