import { DatabaseSync } from 'node:sqlite';
import sharp from 'sharp';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cardAlt, type CardText } from '../../src/lib/build/social-card/card';

// Count the drawings: a card already in the cache must not be drawn again.
const drawn = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/lib/build/social-card/draw', async (importOriginal) => {
	const draw = await importOriginal<typeof import('../../src/lib/build/social-card/draw')>();
	return {
		...draw,
		drawCard: (...args: Parameters<typeof draw.drawCard>) => {
			drawn.count += 1;
			return draw.drawCard(...args);
		},
	};
});
const { cardKey, renderCard } = await import('../../src/lib/build/social-card/render');
const { CACHE_FILE } = await import('../../src/lib/build/cache');
const { drawCard } = await import('../../src/lib/build/social-card/draw');

// Words no real entry has, so these tests' cached cards are their own.
const drawnKeys: string[] = [];
const card = (title: string): CardText => {
	const text: CardText = { kind: 'Paper', title, byline: 'Zoë Ó Súilleabháin and Łukasz Wiśniewski', footer: 'Fixture symposium' };
	drawnKeys.push(cardKey(text));
	return text;
};
const unique = () => `A card drawn by the unit tests, ${Date.now()} ${Math.random()}`;

/** The cache as the next build opens it: its own connection to the file. */
const nextBuildsCache = () => new DatabaseSync(CACHE_FILE, { timeout: 30_000 });

describe('social cards', () => {
	beforeEach(() => {
		drawn.count = 0;
	});

	// The cards drawn here are of no use to a build.
	afterAll(() => {
		const db = nextBuildsCache();
		const forget = db.prepare('DELETE FROM kept WHERE key = ?');
		for (const key of drawnKeys) forget.run(key);
		db.close();
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

	it('keep their cache between builds', async () => {
		const text = card(unique());
		const png = renderCard(text);
		const db = nextBuildsCache();
		const row = db.prepare('SELECT value FROM kept WHERE key = ?').get(cardKey(text)) as { value: Uint8Array } | undefined;
		db.close();
		expect(row && Buffer.from(row.value).equals(png)).toBe(true);
	});

	it('draw Chinese, Japanese and Polish names with their own glyphs, not the same missing-glyph box', () => {
		// Were a character missing from every font, each of these pairs would draw the same box.
		for (const [one, other] of [
			['李明', '王芳'],
			['さくら', 'ひかり'],
			['Łukasz', 'Śukasz'],
		] as const) {
			expect(drawCard(card(one)).equals(drawCard(card(other))), `${one} and ${other}`).toBe(false);
		}
		// Decoding the Chinese fonts takes a few hundred milliseconds, seconds on a busy machine.
	}, 30_000);

	it('keep a long title, even one long unbroken word, inside the card', async () => {
		const word = 'Interprofessionalcollaborationinhealthandsocialcare'.repeat(2);
		const png = drawCard(card(`${word} and ${'a title that goes on '.repeat(8)}`));
		const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
		// The box around every pixel that is not the background (the top-left one).
		const drawn = { left: info.width, right: 0, top: info.height, bottom: 0 };
		for (let i = 0; i < data.length; i += 3) {
			if (data[i] === data[0] && data[i + 1] === data[1] && data[i + 2] === data[2]) continue;
			const x = (i / 3) % info.width;
			const y = Math.floor(i / 3 / info.width);
			Object.assign(drawn, { left: Math.min(drawn.left, x), right: Math.max(drawn.right, x), top: Math.min(drawn.top, y), bottom: Math.max(drawn.bottom, y) });
		}
		// Inside the 72- and 60-pixel padding, give or take a glyph's overhang.
		expect(drawn.left).toBeGreaterThanOrEqual(64);
		expect(drawn.right).toBeLessThan(info.width - 64);
		expect(drawn.top).toBeGreaterThanOrEqual(52);
		expect(drawn.bottom).toBeLessThan(info.height - 52);
	});

	it('say in words what they show', () => {
		expect(cardAlt(card('Shared records'))).toBe('Paper: Shared records, by Zoë Ó Súilleabháin and Łukasz Wiśniewski. Fixture symposium.');
		expect(cardAlt({ title: 'The symposium', footer: 'May 2006' })).toBe('The symposium. May 2006.');
	});
});
