import type { APIRoute, GetStaticPaths } from 'astro';
import { getImage } from 'astro:assets';
import { bodyImagesOf } from '../../../lib/content/entry-text';
import { getSiteContent, type Paper } from '../../../lib/content/site-content';
import { textLinks } from '../../../lib/content/text-links';
import { jatsArticle, JATS_MEDIA_TYPE } from '../../../lib/scholarly/jats';
import { scholarlyRecord } from '../../../lib/scholarly/record';
import { entryHref } from '../../../lib/urls';
import { htmlOf } from '../../../prose/entry-html';
import { jatsText } from '../../../prose/jats-body';

/** /papers/<id>/jats.xml: every paper as JATS XML, its text included when the site has it. */
export const getStaticPaths = (async () => {
	const { papers } = await getSiteContent();
	return papers.map((paper) => ({ params: { id: paper.id }, props: { paper } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ paper: Paper }> = async ({ props: { paper }, site: base }) => {
	const site = await getSiteContent();
	const page = new URL(entryHref(paper), base);
	const { heldBack, crossRef } = textLinks(paper, site);
	// One file of each image, at its own width and in its own format, which archives read as the editor made it.
	const images = await Promise.all(bodyImagesOf(paper).map((src) => getImage({ src, format: src.format })));
	const text = site.hasText(paper)
		? jatsText(htmlOf(paper), {
				image: (index) => new URL(images[index]!.src, page).href,
				crossRef: (to) => {
					const { href, text } = crossRef(to);
					return { href: href && new URL(href, page).href, text };
				},
				link: (href) => (heldBack(href) ? undefined : new URL(href, page).href),
			})
		: undefined;
	return new Response(jatsArticle(scholarlyRecord(paper, site, base!), text), { headers: { 'Content-Type': `${JATS_MEDIA_TYPE}; charset=utf-8` } });
};
