import { z } from 'astro/zod';
import { correctionsFor } from '../../src/lib/content/paper-corrections';
import type { Commentary, Correction, Paper, Person, SiteContent } from '../../src/lib/content/site-content';
import { commentarySchema } from '../../src/schemas/commentary';
import { correctionSchema } from '../../src/schemas/correction';
import { paperSchema } from '../../src/schemas/paper';
import { personSchema } from '../../src/schemas/person';
import { symposiumSchema } from '../../src/schemas/symposium';
import type { CollectionName } from '../../src/lib/content/collections';
import { readCollection, readYaml } from '../content';

/** The slice of the site's content the scholarly derivations read. */
export type ScholarlySite = Pick<
	SiteContent,
	'symposium' | 'papers' | 'commentary' | 'corrections' | 'authorsOf' | 'writersOf' | 'correctionsOf' | 'correctedPaper' | 'hasText'
>;

const entries = (contentDir: string, collection: CollectionName) => readCollection(contentDir, collection);

/**
 * A content folder read through the site's own schemas, as the build reads it, so the
 * derivations can be checked for every entry of the real and the fixture site without
 * building either. Portraits are not loaded: nothing here draws them.
 */
export function loadScholarlySite(contentDir: string): ScholarlySite {
	const person = personSchema({ image: () => z.string() } as never);
	const people = new Map(
		entries(contentDir, 'people').map(({ id, data }) => [id, { id, collection: 'people', data: person.parse(data) } as unknown as Person]),
	);
	const papers = entries(contentDir, 'papers').map(({ id, data }) => ({ id, collection: 'papers', data: paperSchema.parse(data) }) as unknown as Paper);
	const commentary = entries(contentDir, 'commentary').map(
		({ id, data }) => ({ id, collection: 'commentary', data: commentarySchema.parse(data) }) as unknown as Commentary,
	);
	// Published ones only, as readCollection reads them; the site orders them, and nothing here depends on it.
	const corrections = entries(contentDir, 'corrections').map(
		({ id, data }) => ({ id, collection: 'corrections', data: correctionSchema.parse(data) }) as unknown as Correction,
	);
	const symposium = symposiumSchema.parse(readYaml(contentDir, 'symposium.yaml'));
	const lookup = (id: string) => people.get(id)!;
	// The site reads this from each entry's file too: the text after its front matter.
	const withText = new Set(
		(['papers', 'commentary'] as const).flatMap((collection) => entries(contentDir, collection).filter(({ body }) => body.trim() !== '').map(({ id }) => `${collection}/${id}`)),
	);
	return {
		symposium,
		papers,
		commentary,
		corrections,
		authorsOf: (paper) => (paper.data.authors === 'not-known' ? 'not-known' : paper.data.authors.map((ref) => lookup(ref.id))),
		writersOf: (piece) => piece.data.authors.map((ref) => lookup(ref.id)),
		correctionsOf: (paper) => correctionsFor(paper, corrections),
		correctedPaper: (correction) => papers.find((paper) => paper.id === correction.data.paper.id)!,
		hasText: (entry) => withText.has(`${entry.collection}/${entry.id}`),
	};
}
