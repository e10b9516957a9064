import { describe, expect, it } from 'vitest';
import { assembleSiteContent, type Collections, type SiteContent } from '../../src/lib/content/site-content';
import { correctionSchema } from '../../src/schemas/correction';
import { siteSchema } from '../../src/schemas/site';
import { edition, entry, message, paper, person, symposium } from './series-entries';

/**
 * A series as the site's query layer (src/lib/content/site-content.ts) assembles it, from
 * entries made through the collections' own schemas: which symposium each entry belongs
 * to, which editions gather which symposia, and what each edition confirms it holds.
 */

const now = new Date('2031-05-01T12:00:00Z');
const inJournal = (pages: string) => ({ journal: { title: 'Fixture Journal', volume: '31', issue: '2', pages } });
const inProceedings = (pages: string) => ({ journal: { title: 'Fixture Proceedings', volume: '4', pages } });

function series(symposia: ReturnType<typeof symposium>[]) {
	const collections = {
		site: [{ id: 'site', collection: 'site', data: siteSchema.parse({ title: 'Fixture symposia' }) }],
		symposia,
		editions: [
			edition('journal', { date: '2031-09', symposia: ['s2031'], guestEditors: ['priya-raman'] }),
			edition('proceedings', { kind: 'proceedings', journal: { title: 'Fixture Proceedings' }, date: '2031-12', symposia: ['s2029', 's2031'] }),
			edition('held-back', { draft: true, symposia: ['s2031'] }),
		],
		people: [person('priya-raman', 'Priya Raman'), person('amara-okonjo', 'Amara Okonjo')],
		sessions: [],
		papers: [
			// Confirmed in the special issue; one that names it without confirmation; one in its journal that names none.
			paper('confirmed', { symposium: 's2031', edition: 'journal', inEdition: 'confirmed', ...inJournal('1-10') }),
			paper('named-only', { symposium: 's2031', edition: 'journal', ...inJournal('11-20') }),
			paper('same-journal', { symposium: 's2031', journal: { title: 'Fixture Journal' } }),
			paper('elsewhere', { symposium: 's2031', journal: { title: 'Another Journal' } }),
			// The proceedings gather two symposia's papers.
			paper('proceedings-2029', { symposium: 's2029', edition: 'proceedings', inEdition: 'confirmed', ...inProceedings('1-12') }),
			paper('proceedings-2031', { symposium: 's2031', edition: 'proceedings', inEdition: 'confirmed', ...inProceedings('13-20') }),
			paper('given-2029', { symposium: 's2029', status: 'presented', presentedAtSymposium: 'confirmed' }),
			// Confirmed in an edition that is held back: no edition to name yet.
			paper('in-held-back', { symposium: 's2031', edition: 'held-back', inEdition: 'confirmed', journal: { title: 'Fixture Journal' } }),
			// A paper of a symposium that is held back waits for it.
			paper('of-held-back', { symposium: 'held-back', ...inJournal('21-30') }),
		],
		messages: [
			message('first-2029', { symposium: 's2029', order: 1 }),
			message('second-2029', { symposium: 's2029', order: 2 }),
			message('first-2031', { symposium: 's2031', order: 1 }),
			message('held-back-2031', { symposium: 's2031', order: 2, draft: true }),
			message('third-2031', { symposium: 's2031', order: 3 }),
		],
		commentary: [],
		corrections: [
			entry('corrections', correctionSchema)('of-confirmed', {
				paper: 'confirmed',
				kind: 'erratum',
				date: '2031-10-01',
				title: 'Erratum',
				summary: 'A page number.',
			}),
		],
		synonyms: [],
	};
	return assembleSiteContent(collections as unknown as Collections, { preview: false, now });
}

const held = [
	symposium('s2029', { status: 'held', held: '2029-10-09' }),
	symposium('s2031', { status: 'held', held: '2031-03-14' }),
	symposium('held-back', { status: 'held', held: '2032-01', draft: true }),
];
const site: SiteContent = series([
	...held,
	symposium('s2033', { status: 'planned', held: '2033-06' }),
	symposium('s2035', { status: 'planned', held: '2035-06' }),
]);

const ids = (entries: readonly { id: string }[] | 'not-known') => (entries === 'not-known' ? entries : entries.map(({ id }) => id));
const byId = <T extends { id: string }>(entries: readonly T[], id: string) => entries.find((candidate) => candidate.id === id)!;
const symposiumNamed = (id: string) => byId(site.symposia, id);
const editionNamed = (id: string) => byId(site.editions, id);
const paperNamed = (id: string) => byId(site.papers, id);

describe('a series of symposia', () => {
	it('is listed newest first, without a symposium held back or anything of it', () => {
		expect(ids(site.symposia)).toEqual(['s2035', 's2033', 's2031', 's2029']);
		expect(ids(site.papers)).not.toContain('of-held-back');
	});

	it('leads with the next symposium planned, else the latest held', () => {
		expect(site.featured.id).toBe('s2033');
		expect(series(held).featured.id).toBe('s2031');
	});

	it('numbers each symposium’s key messages from 1, with no gap for one held back', () => {
		const numbered = (id: string) => site.partsOf(symposiumNamed(id)).messages.map(({ id: message, data }) => [message, data.order]);
		expect(numbered('s2029')).toEqual([
			['first-2029', 1],
			['second-2029', 2],
		]);
		expect(numbered('s2031')).toEqual([
			['first-2031', 1],
			['third-2031', 2],
		]);
		expect(site.partsOf(symposiumNamed('s2033')).messages).toEqual([]);
	});

	it('gives each entry its own symposium, and a correction its paper’s', () => {
		expect(site.symposiumOf(paperNamed('given-2029')).id).toBe('s2029');
		expect(site.symposiumOf(byId(site.messages, 'third-2031')).id).toBe('s2031');
		expect(site.symposiumOf(byId(site.corrections, 'of-confirmed')).id).toBe('s2031');
		for (const symposium of site.symposia) {
			for (const part of Object.values(site.partsOf(symposium)).flat()) expect(site.symposiumOf(part).id).toBe(symposium.id);
		}
	});

	it('steps from paper to paper and message to message within a symposium, never into another', () => {
		for (const symposium of site.symposia) {
			const { papers, messages } = site.partsOf(symposium);
			for (const sequence of [papers, messages]) {
				sequence.forEach((item, index) => {
					expect(site.neighbours(item)).toEqual({ previous: sequence[index - 1], next: sequence[index + 1] });
				});
			}
		}
	});
});

describe('the editions of a series', () => {
	it('are those on the site, newest first, each with the symposia it gathers', () => {
		expect(ids(site.editions)).toEqual(['proceedings', 'journal']);
		expect(ids(site.editionsOf(symposiumNamed('s2031')))).toEqual(['proceedings', 'journal']);
		expect(ids(site.editionsOf(symposiumNamed('s2029')))).toEqual(['proceedings']);
		expect(ids(site.editionsOf(symposiumNamed('s2033')))).toEqual([]);
		expect(ids(site.symposiaOf(editionNamed('proceedings')))).toEqual(['s2031', 's2029']);
	});

	it('hold only the papers the record confirms as theirs, in journal order', () => {
		expect(ids(site.contentsOf(editionNamed('journal')).contents)).toEqual(['confirmed']);
		// Both symposia's confirmed papers, in the volume's order.
		expect(ids(site.contentsOf(editionNamed('proceedings')).contents)).toEqual(['proceedings-2029', 'proceedings-2031']);
	});

	it('list apart the papers of their symposia that appeared in their journal without being confirmed', () => {
		// One names the edition but is not confirmed in it; one names none; neither is counted as its contents.
		expect(ids(site.contentsOf(editionNamed('journal')).alsoInJournal)).toEqual(['named-only', 'in-held-back', 'same-journal']);
		expect(site.contentsOf(editionNamed('journal')).alsoInJournal.map(({ data }) => data.journal?.title)).toEqual(Array(3).fill('Fixture Journal'));
		expect(ids(site.contentsOf(editionNamed('proceedings')).alsoInJournal)).toEqual([]);
	});

	it('are named by a paper only when the edition is on the site', () => {
		expect(site.editionOf(paperNamed('confirmed'))?.id).toBe('journal');
		expect(site.editionOf(paperNamed('named-only'))?.id).toBe('journal');
		expect(site.editionOf(paperNamed('in-held-back'))).toBeUndefined();
		expect(site.editionOf(paperNamed('elsewhere'))).toBeUndefined();
	});

	it('have their editors as the record gives them, and each editor the editions they edited', () => {
		expect(ids(site.editorsOf(editionNamed('journal')))).toEqual(['priya-raman']);
		expect(site.editorsOf(editionNamed('proceedings'))).toBe('not-known');
		expect(ids(site.editionsEditedBy(byId(site.people, 'priya-raman')))).toEqual(['journal']);
		expect(ids(site.editionsEditedBy(byId(site.people, 'amara-okonjo')))).toEqual([]);
	});
});
