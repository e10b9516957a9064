import type { ProseComponentName } from '../schemas/prose-components';
import BodyImage from './BodyImage.astro';
import CrossRef from './CrossRef.astro';
import Figure from './Figure.astro';
import KeyPoint from './KeyPoint.astro';
import Quote from './Quote.astro';

/**
 * What an entry's MDX renders through, for every page that shows an entry's body:
 * `<Content components={proseComponents} />`. Entries use the components by name,
 * without importing them (src/schemas/prose-components.ts lists what each takes), and
 * every Markdown image becomes a BodyImage.
 */
export const proseComponents = {
	img: BodyImage,
	Figure,
	KeyPoint,
	Quote,
	CrossRef,
} satisfies Record<ProseComponentName | 'img', unknown>;
