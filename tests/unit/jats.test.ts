import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entryBody } from '../../src/lib/content/entry-source';
import { jatsArticle } from '../../src/lib/scholarly/jats';
import { scholarlyRecord } from '../../src/lib/scholarly/record';
import { jatsText } from '../../src/prose/jats-body';
import { renderProse } from '../../src/prose/render';
import { jatsErrors } from '../jats';
import { siteContentOf } from '../site-content';
import { SITES } from '../sites';

const base = new URL('https://symposium.example/');

/**
 * Every paper's JATS, made from the content as the route makes it but without a build (the
 * browser tests check the built files, tests/e2e/jats-files.ts): a change that breaks the
 * DTD fails here in seconds.
 */
for (const [siteName, { contentDir }] of Object.entries(SITES)) {
	describe(`JATS of every paper of the ${siteName} site`, async () => {
		const site = await siteContentOf(contentDir);
		for (const paper of site.papers) {
			it(`${paper.id} passes the JATS Archiving 1.3 DTD`, () => {
				const file = readFileSync(paper.filePath!, 'utf8');
				const text = site.hasText(paper)
					? jatsText(renderProse(entryBody(file)!, paper.filePath!.endsWith('.md') ? 'md' : 'mdx').html, {
							image: (index) => new URL(`/_astro/image-${index}.png`, base).href,
							crossRef: (to) => ({ href: new URL(`/${to}/`, base).href, text: to }),
							link: (href) => new URL(href, base).href,
						})
					: undefined;
				const xml = jatsArticle(scholarlyRecord(paper, site, base), text);
				expect(jatsErrors(xml, paper.id), xml).toEqual([]);
			});
		}
	});
}

describe('the DTD check', () => {
	it('rejects what the DTD forbids, naming the element and the line: a section before a paragraph in the body', () => {
		const paper = `<?xml version="1.0"?>
<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD with MathML3 v1.3 20210610//EN" "https://jats.nlm.nih.gov/archiving/1.3/JATS-archivearticle1-3-mathml3.dtd">
<article><front><article-meta><title-group><article-title>T</article-title></title-group></article-meta></front>
<body><sec><title>A</title><p>x</p></sec><p>after the section</p></body></article>`;
		expect(jatsErrors(paper)).toEqual([expect.stringMatching(/^article\.xml:4 Element body content does not follow the DTD/)]);
		expect(jatsErrors(paper.replace('<p>after the section</p>', ''))).toEqual([]);
	});
});
