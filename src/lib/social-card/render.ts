import { cachePath, cached } from '../build-cache';
import type { CardText } from './card';
import { DESIGN, drawCard } from './draw';
import { fontsHash } from './fonts';

/**
 * Where the build cache keeps the card, by a hash of everything that shapes it (the design,
 * the words and the fonts): a rebuild draws only the cards whose entry changed.
 */
export function cardFile(card: CardText): string {
	return cachePath('social-cards', 'png', [JSON.stringify({ DESIGN, card }), fontsHash()]);
}

/** The card as PNG bytes; a cold build has most of them drawn ahead on the other core (make-ahead.ts). */
export function renderCard(card: CardText): Buffer {
	return cached(cardFile(card), () => drawCard(card));
}
