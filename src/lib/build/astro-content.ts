/**
 * astro:content outside Vite, for the content check: the two things content.config.ts
 * and the schemas take from it, made by the same functions Astro's own module uses.
 */
import { createReference } from 'astro/content/runtime';

export { defineCollection } from 'astro/content/runtime';
export const reference = createReference();
