import type { z } from 'astro/zod';
import type { Element, ElementContent, Properties } from 'hast';
import type { figureProps, keyPointProps, ProseComponentName, quoteProps } from '../schemas/prose-components';

/**
 * The HTML of each component an entry's text may use (src/schemas/prose-components.ts
 * says what each takes; its attributes arrive checked). Their styles are in
 * src/styles/prose.css. CrossRef is not here: its text is the title of another entry,
 * which the page fills in (markers.ts).
 */
const COMPONENTS = {
	KeyPoint: ({ label }: z.output<typeof keyPointProps>, children) =>
		// A note, not a landmark: a page may have several.
		h('div', { className: ['key-point'], role: 'note' }, [h('p', { className: ['label'] }, [text(label)]), ...children]),

	// The attribution sits outside the quotation, as HTML asks.
	Quote: ({ by, source, url }: z.output<typeof quoteProps>, children) =>
		h('figure', { className: ['quote'] }, [
			h('blockquote', url ? { cite: url } : {}, children),
			h('figcaption', {}, [text(by), ...(source ? [text(', '), h('cite', {}, [url ? h('a', { href: url }, [text(source)]) : text(source)])] : [])]),
		]),

	// The image itself is the Markdown image between the tags, which arrives in a paragraph of its own.
	// A space parts the caption from the credit where no style sets the credit on a line of its own:
	// without it the search index read the caption's last word and "Credit" as one word.
	Figure: ({ caption, credit }: z.output<typeof figureProps>, children) =>
		h('figure', { className: ['figure'] }, [
			...children,
			h('figcaption', {}, [text(caption), ...(credit ? [text(' '), h('span', { className: ['credit'] }, [text(`Credit: ${credit}`)])] : [])]),
		]),
} satisfies Record<Exclude<ProseComponentName, 'CrossRef'>, (props: never, children: ElementContent[]) => Element>;

/** One component's HTML, from its checked attributes and what was between its tags. */
export function componentElement(name: Exclude<ProseComponentName, 'CrossRef'>, props: unknown, children: ElementContent[]): Element {
	return (COMPONENTS[name] as (props: unknown, children: ElementContent[]) => Element)(props, children);
}

function h(tagName: string, properties: Properties, children: ElementContent[]): Element {
	return { type: 'element', tagName, properties, children };
}

function text(value: string): ElementContent {
	return { type: 'text', value };
}
