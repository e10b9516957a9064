import { z } from 'astro/zod';
import { editionSchema } from '../../src/schemas/edition';
import { messageSchema } from '../../src/schemas/message';
import { paperSchema } from '../../src/schemas/paper';
import { personSchema } from '../../src/schemas/person';
import { symposiumSchema } from '../../src/schemas/symposium';

/** Entries made through the collections' own schemas, with what each needs filled in: for tests that assemble a series (site-content.ts). */
export const entry =
	<T>(collection: string, schema: { parse: (data: unknown) => T }) =>
	(id: string, data: Record<string, unknown>) => ({
		id,
		collection,
		data: schema.parse(data),
	});

export const symposium = (id: string, data: Record<string, unknown>) =>
	entry('symposia', symposiumSchema)(id, {
		title: `The ${id} symposium`,
		shortTitle: id,
		question: 'What works?',
		summary: 'A meeting.',
		host: { name: 'Fixture Institute' },
		participants: ['researchers'],
		...data,
	});
export const edition = (id: string, data: Record<string, unknown>) =>
	entry('editions', editionSchema)(id, {
		kind: 'special-issue',
		title: `The ${id} edition`,
		journal: { title: 'Fixture Journal', issn: '1234-5679' },
		status: 'published',
		...data,
	});
export const paper = (id: string, data: Record<string, unknown>) =>
	entry('papers', paperSchema)(id, { title: `Paper ${id}`, authors: 'not-known', status: 'accepted', plainSummary: 'A paper for tests.', ...data });
export const message = (id: string, data: Record<string, unknown>) =>
	entry('messages', messageSchema)(id, { title: `Message ${id}`, summary: 'S.', plainSummary: 'P.', lastReviewed: '2031-04-01', ...data });
export const person = (id: string, name: string) => entry('people', personSchema({ image: () => z.string() } as never))(id, { name });
