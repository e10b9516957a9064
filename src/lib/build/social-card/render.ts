import { cacheKey, cached } from '../cache';
import type { CardText } from './card';
import { DESIGN, drawCard } from './draw';
import { fontsHash } from './fonts';

/**
 * The key the build cache keeps the card under, a hash of everything that shapes it (the
 * design, the words and the fonts): a rebuild draws only the cards whose entry changed.
 */
export function cardKey(card: CardText): string {
	return cacheKey('social-cards', [JSON.stringify({ DESIGN, card }), fontsHash()]);
}

/** The card as PNG bytes; a cold build has most of them drawn ahead on the other core (make-ahead.ts). */
export function renderCard(card: CardText): Buffer {
	return cached(cardKey(card), () => drawCard(card));
}
