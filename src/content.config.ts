import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { SYNONYMS_FILE } from './lib/synonyms';
import { checkedGlob as glob } from './loaders/checked-glob';
import { commentarySchema } from './schemas/commentary';
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

export const collections = {
	symposium: defineCollection({ loader: glob({ pattern: 'symposium.yaml', base }), schema: symposiumSchema }),
	people: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${base}/people` }), schema: personSchema }),
	sessions: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${base}/sessions` }), schema: sessionSchema }),
	papers: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${base}/papers` }), schema: paperSchema }),
	messages: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${base}/messages` }), schema: messageSchema }),
	commentary: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${base}/commentary` }), schema: commentarySchema }),
	synonyms: defineCollection({ loader: file(SYNONYMS_FILE), schema: synonymGroupSchema }),
};
