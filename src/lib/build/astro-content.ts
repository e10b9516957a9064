/**
 * astro:content outside Vite, for the content check and the tools that read content
 * (src/tooling/site-reader.ts): the two things content.config.ts and the schemas take from
 * it, made by the same functions Astro's own module uses, and the query layer's loader.
 */
import { createReference } from 'astro/content/runtime';

export { defineCollection } from 'astro/content/runtime';
export const reference = createReference();

/** The query layer loads collections with this only inside Astro; a tool hands them to assembleSiteContent itself. */
export function getCollection(): never {
	throw new Error('getCollection needs Astro: outside it, read a content folder with readSite (src/tooling/site-reader.ts).');
}
