/** The part of Citation.js (citation.js.org) the site uses; the packages ship no types. */
declare module '@citation-js/core' {
	export class Cite {
		constructor(data: unknown, options?: Record<string, unknown>);
		/** 'bibliography', 'bibtex', 'ris' or 'data', each with its own options. */
		format(format: string, options?: Record<string, unknown>): unknown;
	}
	/** A registry of named things, such as @csl's styles and locales. */
	interface Register {
		add(name: string, value: string): void;
	}
	export const plugins: {
		config: {
			get(plugin: '@csl'): { locales: Register; templates: Register };
			get(plugin: string): Record<string, Record<string, unknown>>;
		};
	};
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
