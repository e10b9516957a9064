import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jatsArticle } from '../../src/lib/scholarly/jats';
import type { PaperRecord } from '../../src/lib/scholarly/record';
import { scholarlyRecord } from '../../src/lib/scholarly/record';
import { renderEntryFile } from '../../src/prose/entry-html';
import { jatsText } from '../../src/prose/jats-body';
import { renderProse } from '../../src/prose/render';
import { jatsErrors, jatsValues } from '../jats';
import { siteContentOf } from '../site-content';
import { root, SITES } from '../sites';

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
				const text = site.hasText(paper)
					? jatsText(renderEntryFile(join(root, paper.filePath!)), {
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

describe('a text as JATS', () => {
	const record: PaperRecord = {
		id: 'x',
		title: 'A text',
		authors: [],
		kind: 'presentation',
		inPress: false,
		subjects: [],
		corrections: [],
		responses: [],
		pageUrl: base.href,
	};
	/** The file for a few lines of MDX, its links resolved as the route resolves them for a site where /papers/waiting/ is held back. */
	const jatsOf = (mdx: string) => {
		const xml = jatsArticle(
			record,
			jatsText(renderProse(mdx, 'mdx').html, {
				image: (index) => new URL(`/_astro/image-${index}.png`, base).href,
				crossRef: (to) => (to.endsWith('waiting') ? { text: 'a forthcoming paper' } : { href: new URL(`/${to}/`, base).href, text: 'Its title' }),
				link: (href) => (href.startsWith('/papers/waiting/') ? undefined : new URL(href, base).href),
			}),
		);
		expect(jatsErrors(xml), xml).toEqual([]);
		return (xpath: string) => jatsValues(xml, xpath);
	};

	it('keeps the words of a link or cross-reference to an entry not published yet, without the link', () => {
		const values = jatsOf('See [the pilot](/papers/waiting/), <CrossRef to="papers/waiting" /> and <CrossRef to="papers/out" />.');
		expect(values('//body/p')).toEqual(['See the pilot, a forthcoming paper and Its title.']);
		expect(values('//ext-link/@xlink:href')).toEqual([new URL('/papers/out/', base).href]);
	});

	it('makes an image alone in its paragraph a figure, and one within a sentence an inline graphic, each with its alt text', () => {
		const values = jatsOf('![A map of the two localities](./map.png)\n\nThe sign ![a house](./house.png) marks a home.');
		expect(values('//body/fig/graphic/alt-text')).toEqual(['A map of the two localities']);
		expect(values('//body/p/inline-graphic/alt-text')).toEqual(['a house']);
		expect(values('//body/fig/graphic/@xlink:href')).toEqual([new URL('/_astro/image-0.png', base).href]);
	});

	it('nests a list within the item it belongs to, and a subsection within its section', () => {
		const values = jatsOf('## Who\n\n- Nurses\n  - District\n  - Practice\n- GPs\n\n### Where\n\nTwo towns.\n\n## When\n\nIn 2031.');
		expect(values('//body/sec/title')).toEqual(['Who', 'When']);
		expect(values('//body/sec[1]/sec/title')).toEqual(['Where']);
		expect(values('//list/list-item/list/list-item/p')).toEqual(['District', 'Practice']);
	});

	it('keeps a quotation, a code block and struck-out words in their JATS elements', () => {
		const values = jatsOf('> Told *once*.\n\n```\nrecord.open()\n```\n\nNot ~~twice~~.');
		expect(values('//body/disp-quote/p')).toEqual(['Told once.']);
		expect(values('//body/preformat')).toEqual(['record.open()\n']);
		expect(values('//body/p/strike')).toEqual(['twice']);
	});

	it('lists the references, each item or paragraph of a section headed References one, numbered through the text, and its subheadings in neither part', () => {
		const values = jatsOf(
			'## Background\n\nText.\n\n## References\n\n- Ash, A. (2030) *One*.\n- Birch, B. (2031) Two.\n  - a note on it\n\nCedar, C. (2029) Three.\n\n### Grey literature\n\n1. Damson, D. Four.\n\n## Appendix\n\nMore.\n\n## References\n\n- Elm, E. Five.',
		);
		expect(values('//back/ref-list/ref/mixed-citation')).toEqual([
			'Ash, A. (2030) One.',
			'Birch, B. (2031) Two.',
			'Cedar, C. (2029) Three.',
			'Damson, D. Four.',
			'Elm, E. Five.',
		]);
		expect(values('//back/ref-list/ref/@id')).toEqual(['ref-1', 'ref-2', 'ref-3', 'ref-4', 'ref-5']);
		expect(values('//back/ref-list/title')).toEqual(['References', 'References']);
		expect(values('//body/sec/title')).toEqual(['Background', 'Appendix']);
		expect(values('//mixed-citation/italic')).toEqual(['One']);
	});
});
