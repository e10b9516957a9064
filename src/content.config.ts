import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import type { CollectionName } from './lib/content/collections';
import { filesOf } from './lib/content/collection-files';
import { SYNONYMS_FILE } from './lib/search/synonyms';
import { checkedGlob as glob } from './loaders/checked-glob';
import { commentarySchema } from './schemas/commentary';
import { correctionSchema } from './schemas/correction';
import { messageSchema } from './schemas/message';
import { paperSchema } from './schemas/paper';
import { personSchema } from './schemas/person';
import { sessionSchema } from './schemas/session';
import { symposiumSchema } from './schemas/symposium';
import { synonymGroupSchema } from './schemas/synonyms';

/**
 * Where the content lives. Tests point CONTENT_DIR at a fixture folder to build
 * the same site from synthetic content; editors never need to set it.
 */
const base = process.env.CONTENT_DIR ?? './content';

/**
 * Each collection of the registry (src/lib/content/collections.ts) with its schema: a
 * collection the registry names and this leaves out, or the reverse, fails to compile.
 * checkedGlob keeps no entry's body in the content store: the site renders the text when
 * it reads the file.
 */
export const collections = {
	symposium: defineCollection({ loader: glob(filesOf('symposium', base)), schema: symposiumSchema }),
	people: defineCollection({ loader: glob(filesOf('people', base)), schema: personSchema }),
	sessions: defineCollection({ loader: glob(filesOf('sessions', base)), schema: sessionSchema }),
	papers: defineCollection({ loader: glob(filesOf('papers', base)), schema: paperSchema }),
	messages: defineCollection({ loader: glob(filesOf('messages', base)), schema: messageSchema }),
	commentary: defineCollection({ loader: glob(filesOf('commentary', base)), schema: commentarySchema }),
	corrections: defineCollection({ loader: glob(filesOf('corrections', base)), schema: correctionSchema }),
	synonyms: defineCollection({ loader: file(SYNONYMS_FILE), schema: synonymGroupSchema }),
} satisfies Record<CollectionName, unknown>;
