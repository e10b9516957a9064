import { describe, expect, it } from 'vitest';
import { groupEvidence, linkedBy } from '../../src/lib/content/evidence';
import { describePapers, editionName, paperPlace, paperStatusLabel, publisherLink } from '../../src/lib/content/paper-relations';
import type { Edition, Symposium } from '../../src/lib/content/site-content';
import { formatPeriod, periodToIso, withPeriod } from '../../src/lib/content/periods';
import { recordClaimProblems, recordShowings, showedPhrase, type RecordCheck, type RecordedEntry } from '../../src/lib/content/record-checks';
import { recordCheckSchema } from '../../src/schemas/record-check';
import { editionSchema } from '../../src/schemas/edition';
import { messageSchema } from '../../src/schemas/message';
import { paperSchema } from '../../src/schemas/paper';
import { periodSchema } from '../../src/schemas/period';
import { readCollection } from '../content';
import { siteContentOf } from '../site-content';
import { SITES } from '../sites';

type PaperData = ReturnType<typeof paperSchema.parse>;
type Paper = Parameters<typeof describePapers>[0][number];

const basePaper = {
	title: 'A fixture paper',
	symposium: 'fixture-2031',
	authors: 'not-known',
	status: 'published',
	publisherLink: 'not-known',
	plainSummary: 'A paper made up for tests.',
} as const;

function paper(id: string, data: Partial<Record<keyof PaperData, unknown>> = {}): Paper {
	return { id, collection: 'papers', data: paperSchema.parse({ ...basePaper, ...data }) } as unknown as Paper;
}

/** An edition of each kind, as the schema makes them. */
function edition(id: string, data: Record<string, unknown>): Edition {
	return { id, collection: 'editions', data: editionSchema.parse({ status: 'published', symposia: ['fixture-2031'], ...data }) } as unknown as Edition;
}
const specialIssue = edition('fixture-journal-31-2', { kind: 'special-issue', title: 'Integrated care after hospital', journal: { title: 'Fixture Journal' } });
const proceedings = edition('fixture-proceedings-4', {
	kind: 'proceedings',
	title: 'Proceedings of the fixture symposia',
	journal: { title: 'Fixture Proceedings' },
});
/** A paper confirmed as part of an edition: the entry names it and says so. */
const confirmedIn = (of: Edition) => ({ edition: of.id, inEdition: 'confirmed' });

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
	(result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe("a paper's relation to the symposium and its edition", () => {
	it('is not confirmed unless the entry says so', () => {
		const { data } = paper('plain');
		expect(data.inEdition).toBe('not-confirmed');
		expect(data.presentedAtSymposium).toBe('not-confirmed');
		// Naming an edition says which one the paper is expected in, not that it is part of it.
		expect(paper('named', { edition: specialIssue.id }).data.inEdition).toBe('not-confirmed');
	});

	it('refuses a paper said to be given at the symposium that the record does not confirm', () => {
		for (const claim of [{ status: 'presented' }, { session: 'opening-plenary', status: 'accepted' }]) {
			const problems = issuesOf(paperSchema.safeParse({ ...basePaper, ...claim }));
			expect(problems).toHaveLength(1);
			expect(problems[0]).toMatch(/^presentedAtSymposium: .*Add presentedAtSymposium: confirmed/);
		}
		expect(paperSchema.safeParse({ ...basePaper, status: 'presented', presentedAtSymposium: 'confirmed' }).success).toBe(true);
	});

	it('refuses values other than confirmed and not-confirmed', () => {
		expect(paperSchema.safeParse({ ...basePaper, inEdition: 'yes' }).success).toBe(false);
	});

	it('refuses a paper confirmed as part of an edition that names no edition', () => {
		const problems = issuesOf(paperSchema.safeParse({ ...basePaper, inEdition: 'confirmed' }));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^inEdition: .*Add edition: <editions file name>/);
		expect(paperSchema.safeParse({ ...basePaper, ...confirmedIn(specialIssue) }).success).toBe(true);
	});

	it('belongs to a symposium, which it must name', () => {
		const { symposium, ...withoutSymposium } = basePaper;
		expect(paper('a').data.symposium).toEqual({ id: symposium, collection: 'symposia' });
		expect(issuesOf(paperSchema.safeParse(withoutSymposium))).toEqual([expect.stringMatching(/^symposium: /)]);
	});

	it('describes a list of papers by the strongest claim true of every one', () => {
		const inEdition = paper('a', { ...confirmedIn(specialIssue), presentedAtSymposium: 'confirmed' });
		const inProceedings = paper('a2', { ...confirmedIn(proceedings), presentedAtSymposium: 'confirmed' });
		const given = paper('b', { status: 'presented', presentedAtSymposium: 'confirmed' });
		const onTheQuestion = paper('c');
		expect(describePapers([inEdition])).toBe("papers confirmed as part of the symposium's edition");
		expect(describePapers([inEdition, inProceedings])).toBe("papers confirmed as part of the symposium's edition");
		expect(describePapers([inEdition, given])).toBe('papers given at the symposium');
		expect(describePapers([inEdition, given, onTheQuestion])).toBe("papers on the symposium's question");
		expect(describePapers([])).toBe("papers on the symposium's question");
	});

	it('says "for the special edition" on an accepted paper only once that is confirmed', () => {
		expect(paperStatusLabel(paper('a', { status: 'accepted' }), undefined)).toBe('Accepted by the journal');
		expect(paperStatusLabel(paper('a2', { status: 'accepted', edition: specialIssue.id }), specialIssue)).toBe('Accepted by the journal');
		expect(paperStatusLabel(paper('b', { status: 'accepted', ...confirmedIn(specialIssue) }), specialIssue)).toBe('Accepted for the special edition');
		expect(paperStatusLabel(paper('c', { status: 'published', ...confirmedIn(specialIssue) }), specialIssue)).toBe('Published');
	});

	it('says "for the proceedings" on an accepted paper confirmed in a proceedings volume', () => {
		expect(paperStatusLabel(paper('a', { status: 'accepted', ...confirmedIn(proceedings) }), proceedings)).toBe('Accepted for the proceedings');
		expect(paperStatusLabel(paper('b', { status: 'accepted', edition: proceedings.id }), proceedings)).toBe('Accepted by the journal');
		expect(paperStatusLabel(paper('c', { status: 'published', ...confirmedIn(proceedings) }), proceedings)).toBe('Published');
	});

	it('claims no edition that is not on the site', () => {
		// An edition held back (a draft) is no edition to name yet, though the paper is confirmed in it.
		expect(paperStatusLabel(paper('a', { status: 'accepted', ...confirmedIn(specialIssue) }), undefined)).toBe('Accepted by the journal');
	});

	it("names a special issue as the symposium's special edition of its journal, and a proceedings volume by its title", () => {
		expect(editionName(specialIssue)).toBe("the symposium's special edition of Fixture Journal");
		expect(editionName(proceedings)).toBe('Proceedings of the fixture symposia');
	});
});

describe('evidence links on key messages', () => {
	const message = (evidence: unknown[]) =>
		messageSchema.safeParse({ symposium: 'fixture-2031', order: 1, title: 'M', summary: 'S', plainSummary: 'P', evidence, lastReviewed: '2031-04-01' });

	it("are the editors' links unless a source is named", () => {
		const result = message([{ paper: 'a' }]);
		expect(result.success && result.data.evidence[0]).toMatchObject({ paper: { id: 'a', collection: 'papers' }, by: 'editors' });
		expect(issuesOf(message([{ paper: 'a', by: 'source' }]))).toEqual([
			expect.stringMatching(/^evidence\.0\.source: This link says by: source but names no source\./),
		]);
	});

	it('are grouped by who made them, sources first, and labelled so', () => {
		const result = message([{ paper: 'a' }, { paper: 'b', by: 'source', source: 'Fixture Weekly' }, { paper: 'c', by: 'source', source: 'Fixture Weekly' }]);
		if (!result.success) throw result.error;
		const byId = (id: string) => paper(id);
		const groups = groupEvidence(result.data.evidence, byId);
		expect(groups.map(({ label, papers }) => [label, papers.map((p) => p.id)])).toEqual([
			['Linked to this message by Fixture Weekly', ['b', 'c']],
			['Further reading chosen by our editors', ['a']],
		]);
		expect(result.data.evidence.map(linkedBy)).toEqual(['chosen by our editors', 'linked by Fixture Weekly', 'linked by Fixture Weekly']);
	});
});

describe('dated affiliations and roles', () => {
	it('read a year or a range of years', () => {
		expect(periodSchema.parse(2031)).toEqual({ from: 2031 });
		expect(periodSchema.parse('2029-2031')).toEqual({ from: 2029, to: 2031 });
		expect(periodSchema.parse('2029–2031')).toEqual({ from: 2029, to: 2031 });
		expect(periodSchema.parse('2031-2031')).toEqual({ from: 2031 });
	});

	it('refuse what is not a year, or a range that ends before it starts', () => {
		expect(issuesOf(periodSchema.safeParse('today'))[0]).toContain('"today" is not a year or a range of years.');
		expect(issuesOf(periodSchema.safeParse('2031-2029'))[0]).toContain('"2031-2029" ends before it starts.');
		expect(periodSchema.safeParse('2031-09').success).toBe(false);
	});

	it('keep their shape as data: a single year is never an open period', () => {
		expect(periodToIso({ from: 2006 })).toBe('2006');
		expect(periodToIso({ from: 2002, to: 2004 })).toBe('2002/2004');
	});

	it('show the years they are known for', () => {
		expect(formatPeriod({ from: 2006 })).toBe('in 2006');
		expect(formatPeriod({ from: 2002, to: 2004 })).toBe('2002 to 2004');
		expect(withPeriod('Fixture Institute', { from: 2031 })).toBe('Fixture Institute (in 2031)');
	});
});

describe("what a paper's link preview card says of its place", () => {
	const symposium = {
		id: 'fixture-2031',
		collection: 'symposia',
		data: { title: 'Fixture symposium on integrated care', shortTitle: 'Fixture symposium' },
	} as unknown as Symposium;
	const journal = { title: 'Fixture Journal', volume: '31' };

	it("names the symposium or its edition only as far as the paper's entry confirms them", () => {
		expect(paperPlace(paper('a', { presentedAtSymposium: 'confirmed', ...confirmedIn(specialIssue) }), symposium, specialIssue)).toBe(
			'Given at Fixture symposium on integrated care, and in its special edition',
		);
		expect(paperPlace(paper('b', { status: 'presented', presentedAtSymposium: 'confirmed' }), symposium, undefined)).toBe(
			'Given at Fixture symposium on integrated care',
		);
		expect(paperPlace(paper('c', { ...confirmedIn(specialIssue), journal }), symposium, specialIssue)).toBe(
			"In the symposium's special edition of Fixture Journal",
		);
	});

	it('names a proceedings volume by its title', () => {
		expect(paperPlace(paper('a', { presentedAtSymposium: 'confirmed', ...confirmedIn(proceedings) }), symposium, proceedings)).toBe(
			'Given at Fixture symposium on integrated care, and in Proceedings of the fixture symposia',
		);
		expect(paperPlace(paper('b', { ...confirmedIn(proceedings), journal }), symposium, proceedings)).toBe('In Proceedings of the fixture symposia');
	});

	it('names no edition the paper only names, or that is not on the site', () => {
		expect(paperPlace(paper('a', { edition: specialIssue.id, journal }), symposium, specialIssue)).toBe('Fixture Journal');
		expect(paperPlace(paper('b', { presentedAtSymposium: 'confirmed', edition: specialIssue.id }), symposium, specialIssue)).toBe(
			'Given at Fixture symposium on integrated care',
		);
		expect(paperPlace(paper('c', { ...confirmedIn(specialIssue), journal }), symposium, undefined)).toBe('Fixture Journal');
	});

	it("otherwise says where it was published, as far as the record shows, or only the symposium's short title", () => {
		expect(paperPlace(paper('d', { journal, dates: { published: '2031-09' } }), symposium, undefined)).toBe('Fixture Journal, 2031');
		expect(paperPlace(paper('e', { journal }), symposium, undefined)).toBe('Fixture Journal');
		expect(paperPlace(paper('f'), symposium, undefined)).toBe('Fixture symposium');
	});
});

describe('where a paper held only as a record points', () => {
	it("is its DOI, else the publisher's page, else nowhere", () => {
		expect(publisherLink(paper('a', { doi: '10.5555/fixture.0003', url: 'https://example.org/a' }))).toEqual({
			href: 'https://doi.org/10.5555/fixture.0003',
			via: 'doi',
		});
		expect(publisherLink(paper('b', { url: 'https://example.org/b' }))).toEqual({ href: 'https://example.org/b', via: 'page' });
		expect(publisherLink(paper('c'))).toBeUndefined();
	});
});

describe('what a public record is said to have shown', () => {
	const check = (showed: unknown[]): RecordCheck => recordCheckSchema.parse({ name: 'Fixture Index', showed });
	const entries = new Map<string, RecordedEntry>([
		[
			'papers/with-issue',
			paper('with-issue', { authors: ['jane-doe'], journal: { title: 'Fixture Journal', issue: '2' }, dates: { published: '2031-09' } }) as RecordedEntry,
		],
		['papers/without-issue', paper('without-issue', { journal: { title: 'Fixture Journal' } }) as RecordedEntry],
		[
			'commentary/weekly',
			{ collection: 'commentary', data: { title: 'W', authors: [{ id: 'jane-doe', collection: 'people' }], date: { year: 2031 } } } as unknown as RecordedEntry,
		],
	]);
	const problems = (checks: RecordCheck[]) => recordClaimProblems(checks, ({ collection, id }) => entries.get(`${collection}/${id}`));

	it('names one entry, a paper or a commentary piece', () => {
		expect(recordCheckSchema.safeParse({ name: 'X', showed: [{ facts: ['title'] }] }).success).toBe(false);
		expect(recordCheckSchema.safeParse({ name: 'X', showed: [{ paper: 'a', commentary: 'b', facts: ['title'] }] }).success).toBe(false);
		expect(recordCheckSchema.safeParse({ name: 'X', showed: [{ paper: 'a', facts: ['colour'] }] }).success).toBe(false);
	});

	it('may name only facts the entry itself gives, and says which field is missing', () => {
		expect(problems([check([{ paper: 'with-issue', facts: ['authors', 'issue', 'date'] }])])).toEqual([]);
		expect(problems([check([{ paper: 'without-issue', facts: ['title', 'issue', 'authors'] }])])).toEqual([
			{
				field: 'checkedAgainst[0].showed[0].facts[1]',
				message: expect.stringMatching(
					/^says Fixture Index showed the issue of papers\/without-issue, but that paper does not give its journal\.issue: remove "issue" from facts/,
				),
			},
			{ field: 'checkedAgainst[0].showed[0].facts[2]', message: expect.stringContaining('does not give its authors') },
		]);
		expect(problems([check([{ commentary: 'weekly', facts: ['date', 'pmid'] }])])).toEqual([
			{
				field: 'checkedAgainst[0].showed[0].facts[1]',
				message: '"pmid": a commentary piece has no pmid, so Fixture Index cannot have shown one; remove it from facts',
			},
		]);
	});

	it('is said in words: the facts it showed, then anything else', () => {
		const [item] = check([{ paper: 'with-issue', facts: ['authors', 'issue', 'date'], also: 'its funder' }]).showed;
		expect(showedPhrase(item!, entries.get('papers/with-issue')!)).toBe('the author, issue and date of publication; also its funder');
	});
});

describe("the records each symposium's facts were checked against", () => {
	for (const [siteName, { contentDir }] of Object.entries(SITES)) {
		it(`on the ${siteName} site, are each symposium's own, naming only the entries the site shows`, async () => {
			const site = await siteContentOf(contentDir);
			const shown = new Set([...site.papers, ...site.commentary].map(({ collection, id }) => `${collection}/${id}`));
			const fronts = new Map(readCollection(contentDir, 'symposia').map((entry) => [entry.id, entry.data]));
			for (const symposium of site.symposia) {
				// As the symposium's file gives them: a paper or a commentary piece by file name.
				type Written = { name: string; url?: string; showed: { paper?: string; commentary?: string; facts: string[]; also?: string }[] };
				const written = (fronts.get(symposium.id)!.checkedAgainst ?? []) as Written[];
				const showings = recordShowings(site, symposium);
				expect(
					showings.map(({ name, url }) => ({ name, url })),
					symposium.id,
				).toEqual(written.map(({ name, url }) => ({ name, url })));
				showings.forEach((showing, index) => {
					const expected = written[index]!.showed.map((item) => ({
						key: item.paper ? `papers/${item.paper}` : `commentary/${item.commentary}`,
						facts: item.facts,
						also: item.also,
					})).filter(({ key }) => shown.has(key));
					expect(showing.showed.map(({ entry, facts, also }) => ({ key: `${entry.collection}/${entry.id}`, facts, also }))).toEqual(expected);
				});
			}
		});
	}
});
