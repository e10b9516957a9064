import { describe, expect, it } from 'vitest';
import { withProseRenderer, type EntryTypes } from '../../src/loaders/rendered-text';

describe("the loader's use of what Astro hands it without declaring it", () => {
	it('fails in words, naming the file and the fix, when Astro stops handing over the .md and .mdx entry types', () => {
		const fail = () => {
			throw new Error('no text should be rendered');
		};
		for (const given of [undefined, new Map() as EntryTypes, new Map([['.md', {}]]) as EntryTypes]) {
			expect(() => withProseRenderer(given, '/', fail)).toThrow(
				/Astro no longer hands content loaders its entry types for \.md and \.mdx .*src\/loaders\/rendered-text\.ts/,
			);
		}
	});
});
