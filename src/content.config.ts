import { defineCollection } from 'astro:content';
import { file, type Loader } from 'astro/loaders';
import type { CollectionName } from './lib/content/collections';
import { resolve } from 'node:path';
import { filesOf } from './lib/content/collection-files';
import { SYNONYMS_FILE } from './lib/search/synonyms';
import { checkedGlob, type ContentCheck } from './loaders/checked-glob';
import { commentarySchema } from './schemas/commentary';
import { correctionSchema } from './schemas/correction';
import { editionSchema } from './schemas/edition';
import { messageSchema } from './schemas/message';
import { paperSchema } from './schemas/paper';
import { personSchema } from './schemas/person';
import { sessionSchema } from './schemas/session';
import { siteSchema } from './schemas/site';
import { symposiumSchema } from './schemas/symposium';
import { synonymGroupSchema } from './schemas/synonyms';

/**
 * Where the content lives. Tests point CONTENT_DIR at a fixture folder to build
 * the same site from synthetic content; editors never need to set it.
 */
const base = process.env.CONTENT_DIR ?? './content';

/**
 * The content check, run in this process when Astro rejects an entry, so the editor reads
 * its report (src/loaders/checked-glob.ts); loaded only then.
 */
const check: ContentCheck = async () => {
	const { checkContent } = await import('./tooling/content-check/check');
	return checkContent({ root: process.cwd(), contentDir: resolve(base), collections });
};
const glob = (name: CollectionName): Loader => checkedGlob(filesOf(name, base), check);

/**
 * Each collection of the registry (src/lib/content/collections.ts) with its schema: a
 * collection the registry names and this leaves out, or the reverse, fails to compile.
 * checkedGlob keeps no entry's body in the content store: the site renders the text when
 * it reads the file.
 */
export const collections = {
	site: defineCollection({ loader: glob('site'), schema: siteSchema }),
	symposia: defineCollection({ loader: glob('symposia'), schema: symposiumSchema }),
	editions: defineCollection({ loader: glob('editions'), schema: editionSchema }),
	people: defineCollection({ loader: glob('people'), schema: personSchema }),
	sessions: defineCollection({ loader: glob('sessions'), schema: sessionSchema }),
	papers: defineCollection({ loader: glob('papers'), schema: paperSchema }),
	messages: defineCollection({ loader: glob('messages'), schema: messageSchema }),
	commentary: defineCollection({ loader: glob('commentary'), schema: commentarySchema }),
	corrections: defineCollection({ loader: glob('corrections'), schema: correctionSchema }),
	synonyms: defineCollection({ loader: file(SYNONYMS_FILE), schema: synonymGroupSchema }),
} satisfies Record<CollectionName, unknown>;
