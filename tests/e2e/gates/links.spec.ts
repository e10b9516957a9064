import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import { root } from '../../sites';
import { builtPages, siteOf } from '../built-pages';
import { expect, test } from '../test';

test('every internal link, anchor, image and asset resolves; external links are listed, not fetched', async ({ baseURL }, testInfo) => {
	test.setTimeout(120_000);
	const origin = new URL(baseURL!).origin;
	const external = new Set<string>();
	const result = await new LinkChecker().check({
		path: builtPages(testInfo).map((path) => `${origin}${path}`),
		recurse: true,
		checkFragments: true,
		checkCss: true,
		concurrency: 8,
		// The network is closed in CI, and a reader's link to a publisher is not ours to test.
		linksToSkip: async (link) => {
			const isExternal = new URL(link, origin).origin !== origin;
			if (isExternal) external.add(link);
			return isExternal;
		},
	});
	const broken = result.links
		.filter((link) => link.state === LinkState.BROKEN)
		.map((link) => {
			const problem = link.status === 200 && link.url.includes('#') ? 'no element with that id' : `status ${link.status}`;
			return `${new URL(link.url).pathname}${new URL(link.url).hash} (${problem}) on ${new URL(link.parent ?? origin).pathname}`;
		});
	expect(broken).toEqual([]);
	expect(result.links.filter((link) => link.state === LinkState.OK).length).toBeGreaterThan(builtPages(testInfo).length);

	const report = join(root, `tests/.output/external-links-${siteOf(testInfo)}.txt`);
	writeFileSync(report, `${[...external].sort().join('\n')}\n`);
	console.log(`${external.size} external links, not fetched, listed in ${report}`);
});
