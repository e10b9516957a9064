import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import type { Commentary, Paper, Person, SiteContent } from '../../src/lib/site-content';
import { commentarySchema } from '../../src/schemas/commentary';
import { paperSchema } from '../../src/schemas/paper';
import { personSchema } from '../../src/schemas/person';
import { symposiumSchema } from '../../src/schemas/symposium';
import { root } from '../sites';

/** The slice of the site's content the scholarly derivations read. */
export type ScholarlySite = Pick<SiteContent, 'symposium' | 'papers' | 'commentary' | 'authorsOf' | 'writersOf'>;

function entries(contentDir: string, collection: string): { id: string; data: unknown; body: string }[] {
	const folder = join(root, contentDir, collection);
	return readdirSync(folder)
		.filter((file) => ['.mdx', '.yaml'].includes(extname(file)))
		.map((file) => {
			const text = readFileSync(join(folder, file), 'utf8');
			const [, front = text, body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text) ?? [];
			return { id: basename(file, extname(file)), data: parse(front), body };
		});
}

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
	const papers = entries(contentDir, 'papers').map(({ id, data, body }) => ({ id, collection: 'papers', body, data: paperSchema.parse(data) }) as unknown as Paper);
	const commentary = entries(contentDir, 'commentary').map(
		({ id, data, body }) => ({ id, collection: 'commentary', body, data: commentarySchema.parse(data) }) as unknown as Commentary,
	);
	const symposium = symposiumSchema.parse(parse(readFileSync(join(root, contentDir, 'symposium.yaml'), 'utf8')));
	const lookup = (id: string) => people.get(id)!;
	return {
		symposium,
		papers,
		commentary,
		authorsOf: (paper) => (paper.data.authors === 'not-known' ? 'not-known' : paper.data.authors.map((ref) => lookup(ref.id))),
		writersOf: (piece) => piece.data.authors.map((ref) => lookup(ref.id)),
	};
}
