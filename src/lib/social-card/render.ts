import { cachedFile } from '../build-cache';
import type { CardText } from './card';
import { DESIGN, drawCard } from './draw';
import { fontsHash } from './fonts';

/**
 * The card as PNG bytes, kept under node_modules/.cache by a hash of everything that
 * shapes it (the design, the words and the fonts): a rebuild draws only the cards whose
 * entry changed.
 */
export function renderCard(card: CardText): Buffer {
	return cachedFile('social-cards', 'png', [JSON.stringify({ DESIGN, card }), fontsHash()], () => drawCard(card));
}
