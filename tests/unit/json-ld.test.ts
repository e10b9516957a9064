import { describe, expect, it } from 'vitest';
import {
	articleLd,
	breadcrumbLd,
	collectionPageLd,
	commentaryLd,
	correctionLd,
	eventLd,
	profilePageLd,
	serialiseJsonLd,
} from '../../src/lib/scholarly/json-ld';
import { scholarlyCommentary, scholarlyCorrection, scholarlyRecord } from '../../src/lib/scholarly/record';
import type { Person } from '../../src/lib/content/site-content';
import { readCollection } from '../content';
import { SITES } from '../sites';
import { siteContentOf } from '../site-content';
import { z } from 'astro/zod';
import { personSchema } from '../../src/schemas/person';

/** Each site's content as the site's own query layer makes it. */
const SITE_CONTENT = new Map(await Promise.all(Object.values(SITES).map(async ({ contentDir }) => [contentDir, await siteContentOf(contentDir)] as const)));

const base = new URL('https://symposium.example/');

/** Fails on anything a consumer would read as a fact that is not one: empty strings, nulls, empty lists. */
function expectNoEmptyValues(value: unknown, path = '$'): void {
	expect(value, path).not.toBeNull();
	expect(value, path).not.toBe('');
	if (Array.isArray(value)) {
		expect(value.length, `${path} is an empty list`).toBeGreaterThan(0);
		value.forEach((item, index) => expectNoEmptyValues(item, `${path}[${index}]`));
	} else if (typeof value === 'object') {
		for (const [key, item] of Object.entries(value as object)) expectNoEmptyValues(item, `${path}.${key}`);
	}
}

/** What a search engine reads: the serialised script text, parsed. Untyped, as JSON a crawler reads is: the tests walk it freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const roundTrip = (data: Parameters<typeof serialiseJsonLd>[0]) => JSON.parse(serialiseJsonLd(data)) as Record<string, any>;
type Ld = ReturnType<typeof roundTrip>;

for (const [siteName, { contentDir }] of Object.entries(SITES)) {
	describe(`schema.org data of the ${siteName} site`, () => {
		const site = SITE_CONTENT.get(contentDir)!;
		const fronts = new Map(readCollection(contentDir, 'papers').map((entry) => [entry.id, entry.data]));
		// The published ones, as the site's query layer decides.
		const corrections = readCollection(contentDir, 'corrections').filter(({ id }) => site.corrections.some((correction) => correction.id === id));
		const pageOf = (collection: string, id: string) => new URL(`/${collection}/${id}/`, base).href;
		// The editions the site shows, as written, and every session as written: each names its symposium.
		const editionFronts = new Map(
			readCollection(contentDir, 'editions')
				.filter(({ id }) => site.editions.some((edition) => edition.id === id))
				.map((entry) => [entry.id, entry.data]),
		);
		const sessionFronts = readCollection(contentDir, 'sessions');

		for (const piece of site.commentary) {
			it(`commentary ${piece.id} is its authors' piece only where the page holds the piece, else an article based on it`, () => {
				const ld = roundTrip(commentaryLd(scholarlyCommentary(piece, site, base)));
				expectNoEmptyValues(ld);
				expect(ld.url).toBe(pageOf('commentary', piece.id));
				const authorUrls = (work: Ld) => (work.author ?? []).map((author: { url: string }) => author.url);
				const written = piece.data.authors.map((id) => {
					return new URL(`/people/${id.id}/`, base).href;
				});
				if (piece.data.text === 'full-text') {
					expect(authorUrls(ld)).toEqual(written);
					expect(ld.isBasedOn).toBeUndefined();
				} else {
					// The page is the editors' summary: the authors wrote the piece it is based on, where it appeared.
					expect(ld.author).toBeUndefined();
					expect(ld.datePublished).toBeUndefined();
					expect(authorUrls(ld.isBasedOn)).toEqual(written);
					expect(ld.isBasedOn.url).toBe(piece.data.source?.url);
					expect(ld.isBasedOn.isPartOf?.name).toBe(piece.data.source?.publication);
				}
			});
		}

		for (const paper of site.papers) {
			it(`${paper.id} is a ScholarlyArticle with its authors, journal and identifiers as known`, () => {
				const front = fronts.get(paper.id)!;
				const journal = front.journal as Record<string, string> | undefined;
				const ld = roundTrip(articleLd(scholarlyRecord(paper, site, base)));
				expectNoEmptyValues(ld);
				expect(ld['@context']).toBe('https://schema.org');
				expect(ld['@type']).toBe('ScholarlyArticle');
				expect(ld.headline).toBe(front.title);
				expect(ld.url).toBe(new URL(`/papers/${paper.id}/`, base).href);
				const authors = front.authors === 'not-known' ? [] : (front.authors as string[]);
				expect((ld.author ?? []).map((author: { url: string }) => author.url)).toEqual(authors.map((id) => new URL(`/people/${id}/`, base).href));
				for (const author of ld.author ?? []) expect(author['@type']).toBe('Person');
				// The journal and, once the record confirms the paper is part of it, its edition: the edition by its page here.
				const wholes: Ld[] = ld.isPartOf === undefined ? [] : [ld.isPartOf].flat();
				const edition = front.inEdition === 'confirmed' && front.edition !== undefined ? editionFronts.get(String(front.edition)) : undefined;
				expect(wholes.filter((whole) => whole['@id'] !== undefined)).toEqual(
					edition
						? [{ '@type': edition.kind === 'proceedings' ? 'Book' : 'PublicationIssue', '@id': pageOf('editions', String(front.edition)), name: edition.title }]
						: [],
				);
				// Each part of the journal the record gives, and no other, each inside the next wider one.
				const placement = wholes.find((whole) => whole['@id'] === undefined);
				expect(wholes.length).toBe((placement ? 1 : 0) + (edition ? 1 : 0));
				const chain: Ld[] = [];
				for (let part: Ld | undefined = placement; part; part = part.isPartOf) chain.push(part);
				const part = (type: string) => chain.find((step) => step['@type'] === type);
				expect(part('PublicationIssue')?.issueNumber).toBe(journal?.issue);
				expect(part('PublicationVolume')?.volumeNumber).toBe(journal?.volume);
				expect(part('Periodical')?.name).toBe(journal?.title);
				expect(chain.map((step) => step['@type'])).toEqual(['PublicationIssue', 'PublicationVolume', 'Periodical'].filter(part));
				// Themes are the site's subject terms (about), not the authors' keywords.
				expect(ld).not.toHaveProperty('keywords');
				expect((ld.about ?? []).map((subject: { name: string }) => subject.name)).toEqual(front.themes ?? []);
				const ids = Object.fromEntries((ld.identifier ?? []).map((id: { propertyID: string; value: string }) => [id.propertyID, id.value]));
				expect(ids).toEqual({ ...(front.doi ? { DOI: front.doi } : {}), ...(front.pmid ? { PMID: String(front.pmid) } : {}) });
			});

			it(`${paper.id} names each of its published corrections as a CorrectionComment, and no other`, () => {
				const ld = roundTrip(articleLd(scholarlyRecord(paper, site, base)));
				const own = corrections.filter(({ data }) => data.paper === paper.id);
				expect((ld.correction ?? []).map((comment: { url: string }) => comment.url).sort()).toEqual(own.map(({ id }) => pageOf('corrections', id)).sort());
				for (const comment of ld.correction ?? []) {
					const { data } = own.find(({ id }) => pageOf('corrections', id) === comment.url)!;
					expect(comment['@type']).toBe('CorrectionComment');
					expect(comment.name).toBe(data.title);
					expect(comment.datePublished).toBe(String(data.date));
					expect(comment.sameAs).toBe(data.doi ? `https://doi.org/${data.doi}` : undefined);
				}
				// The page changed when its latest correction was published, if that came after its history.
				const dates = [...((fronts.get(paper.id)!.history as { date: unknown }[] | undefined) ?? []), ...own.map(({ data }) => data)].map(({ date }) =>
					String(date),
				);
				expect(ld.dateModified).toBe(dates.sort().at(-1));
			});
		}

		for (const correction of site.corrections) {
			it(`the correction ${correction.id} describes itself as a CorrectionComment about the paper it corrects`, () => {
				const { data } = corrections.find(({ id }) => id === correction.id)!;
				const ld = roundTrip(correctionLd(scholarlyCorrection(correction, site.correctedPaper(correction), base)));
				expectNoEmptyValues(ld);
				expect(ld['@context']).toBe('https://schema.org');
				expect(ld['@type']).toBe('CorrectionComment');
				expect(ld.url).toBe(pageOf('corrections', correction.id));
				expect(ld.text).toBe(data.summary);
				expect(ld.about).toMatchObject({
					'@type': 'ScholarlyArticle',
					'@id': pageOf('papers', String(data.paper)),
					name: fronts.get(String(data.paper))!.title,
				});
			});
		}

		const symposiumFronts = new Map(readCollection(contentDir, 'symposia').map((entry) => [entry.id, entry.data]));
		for (const symposium of site.symposia) {
			it(`describes the symposium ${symposium.id} as an Event no more precisely than the record`, () => {
				const front = symposiumFronts.get(symposium.id)!;
				const ld = roundTrip(eventLd(symposium, site.partsOf(symposium).sessions, base));
				expectNoEmptyValues(ld);
				expect(ld['@type']).toBe('Event');
				// A title the editors wrote to describe the event is no name the record gives it.
				expect(ld.name).toBe(front.titleSource === 'official' ? front.title : undefined);
				expect(ld.description).toContain(front.summary);
				if (front.titleSource !== 'official') expect(ld.description).toContain(front.title);
				expect(ld.startDate).toBe(String(front.held));
				expect(ld.endDate).toBe(front.ends === undefined ? undefined : String(front.ends));
				expect(ld.organizer.name).toBe((front.host as Record<string, string>).name);
				expect(ld.location?.name).toBe(front.venue);
				expect(ld.url).toBe(pageOf('symposia', symposium.id));
				expect(ld).not.toHaveProperty('eventAttendanceMode');
				// Scheduled only while it is still to come; a held event's status says nothing the record does not.
				expect(ld.eventStatus).toBe(front.status === 'planned' ? 'https://schema.org/EventScheduled' : undefined);
			});

			it(`gives the symposium ${symposium.id}'s sessions whose time is known as its sub-events, in programme order, and no other`, () => {
				const ld = roundTrip(eventLd(symposium, site.partsOf(symposium).sessions, base));
				const timed = sessionFronts
					.filter(({ data }) => data.symposium === symposium.id && data.start !== undefined)
					.sort((a, b) => Number(a.data.order) - Number(b.data.order));
				expect((ld.subEvent ?? []).map((event: Ld) => ({ ...event, location: event.location?.name }))).toEqual(
					timed.map(({ id, data }) => ({
						'@type': 'Event',
						name: data.title,
						url: new URL(`/symposia/${symposium.id}/programme/#${id}`, base).href,
						startDate: new Date(String(data.start)).toISOString(),
						...(data.end === undefined ? {} : { endDate: new Date(String(data.end)).toISOString() }),
						location: data.room,
					})),
				);
			});
		}

		it('describes each person on a ProfilePage, with the ORCID iD where known and no undated affiliation', () => {
			const schema = personSchema({ image: () => z.string() } as never);
			for (const { id, data } of readCollection(contentDir, 'people')) {
				const person = { id, collection: 'people', data: schema.parse(data) } as unknown as Person;
				const ld = roundTrip(profilePageLd(person, base));
				expectNoEmptyValues(ld);
				expect(ld.mainEntity['@type']).toBe('Person');
				expect(ld.mainEntity.name).toBe(data.name);
				expect(ld.mainEntity.sameAs).toBe(data.orcid ? `https://orcid.org/${data.orcid}` : undefined);
				expect(ld.mainEntity).not.toHaveProperty('affiliation');
			}
		});
	});
}

describe('listings and breadcrumbs', () => {
	const links = [
		{ name: 'First', url: 'https://symposium.example/papers/a/' },
		{ name: 'Second', url: 'https://symposium.example/papers/b/' },
	];

	it("numbers a CollectionPage's items from 1", () => {
		const ld = roundTrip(collectionPageLd({ name: 'Papers', url: 'https://symposium.example/papers/' }, links));
		expect(ld['@type']).toBe('CollectionPage');
		expect(ld.mainEntity.numberOfItems).toBe(2);
		expect(ld.mainEntity.itemListElement.map((item: { position: number; url: string }) => [item.position, item.url])).toEqual([
			[1, links[0]!.url],
			[2, links[1]!.url],
		]);
	});

	it("numbers a later page's items from their place in the whole listing, and counts this page's", () => {
		const ld = roundTrip(collectionPageLd({ name: 'Papers, page 2 of 3', url: 'https://symposium.example/papers/2/' }, links, 21));
		expect(ld.mainEntity.numberOfItems).toBe(2);
		expect(ld.mainEntity.itemListElement.map((item: { position: number }) => item.position)).toEqual([21, 22]);
	});

	it('claims no list at all, not an empty one, when what a listing holds is not known', () => {
		const ld = roundTrip(collectionPageLd({ name: 'A special edition', url: 'https://symposium.example/editions/a-special-edition/' }, undefined));
		expect(ld['@type']).toBe('CollectionPage');
		expect(ld).not.toHaveProperty('mainEntity');
		expect(roundTrip(collectionPageLd({ name: 'Papers', url: 'https://symposium.example/papers/' }, [])).mainEntity.numberOfItems).toBe(0);
	});

	it('lists breadcrumb steps in order with their addresses', () => {
		const ld = roundTrip(breadcrumbLd(links));
		expect(ld['@type']).toBe('BreadcrumbList');
		expect(ld.itemListElement.map((step: { name: string; item: string }) => step.item)).toEqual(links.map((link) => link.url));
	});
});

describe('serialising for a script element', () => {
	it('cannot close the script early, and parses back to the same data', () => {
		const hostile = 'A title with </script><script>alert(1)</script> and <!-- in it\u2028';
		const data = collectionPageLd({ name: hostile, url: 'https://symposium.example/' }, []);
		const text = serialiseJsonLd(data);
		expect(text).not.toContain('<');
		expect(text).not.toContain('\u2028');
		expect(JSON.parse(text)).toEqual(data);
	});
});
