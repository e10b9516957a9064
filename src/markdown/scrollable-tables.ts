import { defineHastPlugin } from 'satteri';

/**
 * Puts every table of an entry's text in a box that scrolls sideways when the table is
 * wider than the screen. The box takes keyboard focus so a reader without a mouse can
 * scroll it too (WCAG 2.1.1); as a named region, a screen reader says what the focused
 * box is. A step of the Markdown pipeline rather than an MDX component, so that .md and
 * .mdx entries get the same box.
 */
export const scrollableTables = defineHastPlugin({
	name: 'scrollable-tables',
	element: {
		filter: ['table'],
		visit(table, ctx) {
			ctx.wrapNode(table, {
				type: 'element',
				tagName: 'section',
				properties: { className: ['table-scroll'], ariaLabel: 'Table', tabIndex: 0 },
				children: [],
			});
		},
	},
});
