import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cardAlt, type CardText } from '../../src/lib/social-card/card';

// Count the drawings: a card already in the cache must not be drawn again.
const drawn = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/lib/social-card/draw', async (importOriginal) => {
	const draw = await importOriginal<typeof import('../../src/lib/social-card/draw')>();
	return {
		...draw,
		drawCard: (...args: Parameters<typeof draw.drawCard>) => {
			drawn.count += 1;
			return draw.drawCard(...args);
		},
	};
});
const { renderCard } = await import('../../src/lib/social-card/render');

const cacheDir = join(process.cwd(), 'node_modules/.cache/social-cards');
// Words no real entry has, so these tests' cache files are their own.
const card = (title: string): CardText => ({ kind: 'Paper', title, byline: 'Zoë Ó Súilleabháin and Łukasz Wiśniewski', footer: 'Fixture symposium' });
const unique = () => `A card drawn by the unit tests, ${Date.now()} ${Math.random()}`;

const cached = () => {
	mkdirSync(cacheDir, { recursive: true });
	return readdirSync(cacheDir);
};
const before = new Set(cached());

describe('social cards', () => {
	beforeEach(() => {
		drawn.count = 0;
	});

	// The cards drawn here are of no use to a build.
	afterAll(() => {
		for (const file of cached()) if (!before.has(file)) rmSync(join(cacheDir, file));
	});

	it('are 1200 × 630 PNGs with something drawn on them', async () => {
		const png = renderCard(card(unique()));
		const { width, height, format } = await sharp(png).metadata();
		expect({ width, height, format }).toEqual({ width: 1200, height: 630, format: 'png' });
		const { channels } = await sharp(png).stats();
		// Text on a plain background: every colour channel varies across the card.
		for (const channel of channels.slice(0, 3)) expect(channel.stdev).toBeGreaterThan(10);
	});

	it('are drawn once: an unchanged card comes from the cache, a changed one is drawn again', async () => {
		const title = unique();
		const first = renderCard(card(title));
		const again = renderCard(card(title));
		expect(drawn.count).toBe(1);
		expect(again.equals(first)).toBe(true);
		renderCard(card(`${title}, revised`));
		expect(drawn.count).toBe(2);
	});

	it('keep their cache between builds, in node_modules/.cache', async () => {
		const earlier = new Set(cached());
		renderCard(card(unique()));
		expect(cached().filter((file) => !earlier.has(file))).toHaveLength(1);
	});

	it('say in words what they show', () => {
		expect(cardAlt(card('Shared records'))).toBe('Paper: Shared records, by Zoë Ó Súilleabháin and Łukasz Wiśniewski. Fixture symposium.');
		expect(cardAlt({ title: 'The symposium', footer: 'May 2006' })).toBe('The symposium. May 2006.');
	});
});
