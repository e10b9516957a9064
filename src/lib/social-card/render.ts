import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { cachePath } from '../build-cache';
import { SOCIAL_CARD_SIZE, type CardText } from './card';

/**
 * Draws a card as PNG at build time: satori lays the text out as SVG with the fonts
 * below, resvg rasterises it. Drawing takes tens of milliseconds a card, so each PNG is
 * kept under node_modules/.cache by a hash of everything that shapes it (the layout,
 * the words and the fonts): a rebuild draws only the cards whose entry changed.
 */

/** Source Serif 4 and Source Sans 3 (SIL Open Font License), from their @fontsource packages. */
const FONT_FILES = [
	{ name: 'Serif', weight: 600, file: '@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff' },
	{ name: 'Serif Ext', weight: 600, file: '@fontsource/source-serif-4/files/source-serif-4-latin-ext-600-normal.woff' },
	{ name: 'Sans', weight: 400, file: '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff' },
	{ name: 'Sans Ext', weight: 400, file: '@fontsource/source-sans-3/files/source-sans-3-latin-ext-400-normal.woff' },
	{ name: 'Sans', weight: 600, file: '@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff' },
	{ name: 'Sans Ext', weight: 600, file: '@fontsource/source-sans-3/files/source-sans-3-latin-ext-600-normal.woff' },
] as const;

/**
 * Each subset is its own family in the fallback list: satori does not look for a glyph
 * in a second file of the same family name, so Ł (Latin Extended) would be drawn as a box.
 * Scripts beyond Latin (李明) have no font here and still are.
 */
const SERIF = 'Serif, "Serif Ext"';
const SANS = 'Sans, "Sans Ext"';

const COLOURS = { background: '#12325c', text: '#ffffff', muted: '#c9d8f0', rule: '#f2c96b' };
const PADDING = { x: 72, y: 60 };
const TEXT_WIDTH = SOCIAL_CARD_SIZE.width - 2 * PADDING.x;

interface Fonts {
	fonts: { name: string; weight: 600 | 400; data: Buffer; style: 'normal' }[];
	hash: string;
}

let loaded: Promise<Fonts> | undefined;

function loadFonts(): Promise<Fonts> {
	return (loaded ??= (async () => {
		const fonts = await Promise.all(
			FONT_FILES.map(async ({ name, weight, file }) => ({ name, weight, style: 'normal' as const, data: await readFile(join(process.cwd(), 'node_modules', file)) })),
		);
		const hash = createHash('sha256');
		for (const font of fonts) hash.update(font.data);
		return { fonts, hash: hash.digest('hex') };
	})());
}

type Node = { type: string; props: { style: Record<string, string | number>; children?: string | Node[] } };

const box = (style: Node['props']['style'], children?: Node['props']['children']): Node => ({
	type: 'div',
	props: { style: { display: 'flex', ...style }, ...(children === undefined ? {} : { children }) },
});

/** Longer titles get smaller type, so even a 200-character title fits in five lines. */
function titleSize(title: string): number {
	if (title.length <= 60) return 68;
	if (title.length <= 120) return 54;
	return 42;
}

function layout({ kind, title, byline, footer }: CardText): Node {
	return box(
		{
			// satori sizes the content box: the padding comes on top of width and height.
			width: TEXT_WIDTH,
			height: SOCIAL_CARD_SIZE.height - 2 * PADDING.y,
			flexDirection: 'column',
			paddingLeft: PADDING.x,
			paddingRight: PADDING.x,
			paddingTop: PADDING.y,
			paddingBottom: PADDING.y,
			background: COLOURS.background,
			color: COLOURS.text,
			fontFamily: SANS,
		},
		[
			box({ flexShrink: 0, height: 40, fontSize: 28, fontWeight: 600, letterSpacing: 2, textTransform: 'uppercase', color: COLOURS.muted }, kind ?? ''),
			box({ flexGrow: 1, flexDirection: 'column', justifyContent: 'center', width: TEXT_WIDTH }, [
				box({ width: TEXT_WIDTH, fontFamily: SERIF, fontWeight: 600, fontSize: titleSize(title), lineHeight: 1.15 }, title),
				...(byline ? [box({ width: TEXT_WIDTH, marginTop: 28, fontSize: 34 }, byline)] : []),
			]),
			box(
				{ flexShrink: 0, width: TEXT_WIDTH, borderTopWidth: 4, borderTopStyle: 'solid', borderTopColor: COLOURS.rule, paddingTop: 18, fontSize: 28, color: COLOURS.muted },
				footer,
			),
		],
	);
}

/** The card as PNG bytes: from the cache when the same card was drawn before. */
export async function renderCard(card: CardText): Promise<Buffer> {
	const tree = layout(card);
	const { fonts, hash: fontHash } = await loadFonts();
	const file = cachePath('social-cards', 'png', JSON.stringify(tree), fontHash);
	const cached = await readFile(file).catch(() => undefined);
	if (cached) return cached;
	const svg = await satori(tree as never, { ...SOCIAL_CARD_SIZE, fonts });
	const png = new Resvg(svg).render().asPng();
	await writeFile(file, png);
	return png;
}
