import { z } from 'astro/zod';
import { webAddressSchema } from './identifiers';

/**
 * The components an editor may write in the text of an .mdx entry, without importing
 * them: what each is for, the attributes it takes (a schema, as for an entry's fields)
 * and what goes between its tags. The content check validates every use against this,
 * the editors' guide documents it, and src/prose/components.ts renders it.
 */

/** What goes between a component's tags: one Markdown image, any text, or nothing. */
export type ProseChildren = 'one image' | 'text' | 'none';

export interface ProseComponent {
	summary: string;
	props: z.ZodType;
	children: ProseChildren;
	/** Written as an editor would, and built by the tests, so the guide's examples work. */
	example: string;
}

export const figureProps = z.strictObject({
	caption: z
		.string()
		.min(1)
		.describe('What the image shows, in a sentence; printed under it.')
		.meta({ examples: ['The two localities of the pilot.'] }),
	credit: z.string().min(1).optional().describe('Who made the image or holds its rights, e.g. "Fixture Institute, 2031".'),
});

export const keyPointProps = z.strictObject({
	label: z.string().min(1).default('Key point').describe('The words above the text: Key point unless you write another, e.g. "In practice".'),
});

export const quoteProps = z.strictObject({
	by: z.string().min(1).describe('Who said or wrote it, e.g. "A carer in the pilot".'),
	source: z.string().min(1).optional().describe('Where it was said or printed, e.g. "Fixture Weekly, 2 April 2031".'),
	url: webAddressSchema.optional().describe("The source's web address, when it is online."),
});

export const crossRefProps = z.strictObject({
	to: z
		.string()
		.regex(/^(papers|messages|commentary)\/[^/#\s]+(#[^\s#]+)?$/, {
			error: 'Write the entry as its folder and file name without the extension, e.g. papers/shared-care-records, and add #heading-id for one of its headings.',
		})
		.describe(
			'The paper, key message or commentary: its folder and file name without the extension, e.g. papers/shared-care-records; add #why-a-shared-record to point at one of its headings.',
		),
});

export const PROSE_COMPONENTS = {
	Figure: {
		summary:
			'An image with a caption and, where one is due, a credit. The image is a Markdown image between the tags, with what it shows written between its square brackets (its alt text, for readers who cannot see it); the site makes the sizes and formats each screen needs.',
		props: figureProps,
		children: 'one image',
		example:
			'<Figure caption="The two localities of the pilot." credit="Fixture Institute, 2031">\n  ![Map of the two pilot localities either side of the river](./pilot-map.png)\n</Figure>',
	},
	KeyPoint: {
		summary: 'A point the reader should not miss, set apart from the text around it.',
		props: keyPointProps,
		children: 'text',
		example: '<KeyPoint>\n  Agree what the record is for before choosing the system.\n</KeyPoint>',
	},
	Quote: {
		summary: 'Words quoted from someone, with who said them and, where known, where.',
		props: quoteProps,
		children: 'text',
		example: '<Quote by="A carer in the pilot" source="Fixture Weekly, 2 April 2031">\n  I told my story once, and everyone who came had read it.\n</Quote>',
	},
	CrossRef: {
		summary:
			'A link to another paper, key message or commentary piece, or to a heading in one, that shows its title as it is now. npm run check fails when the entry or heading does not exist.',
		props: crossRefProps,
		children: 'none',
		example: 'As <CrossRef to="papers/shared-care-records#why-a-shared-record" /> shows, people told their story again at every visit.',
	},
} as const satisfies Record<string, ProseComponent>;

export type ProseComponentName = keyof typeof PROSE_COMPONENTS;

/**
 * The heading of the section that holds a paper's references (\`## References\`): its list
 * becomes the paper's reference list where a format has one (JATS, Crossref deposits), one
 * reference an item (src/prose/references.ts).
 */
export const REFERENCES_HEADING = 'References';
