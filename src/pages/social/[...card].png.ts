import type { APIRoute, GetStaticPaths } from 'astro';
import { commentaryCard, homeCard, paperCard, type CardText } from '../../lib/social-card/card';
import { renderCard } from '../../lib/social-card/render';
import { socialCardHref } from '../../lib/urls';
import { getSiteContent } from '../../lib/site-content';

/** /social/home.png, /social/papers/<id>.png, /social/commentary/<id>.png: the cards link previews show. */
export const getStaticPaths = (async () => {
	const site = await getSiteContent();
	const cards: [string, CardText][] = [
		[socialCardHref(), homeCard(site)],
		...site.papers.map((paper): [string, CardText] => [socialCardHref(paper), paperCard(paper, site)]),
		...site.commentary.map((piece): [string, CardText] => [socialCardHref(piece), commentaryCard(piece, site)]),
	];
	// The route's parameter is the address between /social/ and .png.
	return cards.map(([href, card]) => ({ params: { card: href.slice('/social/'.length, -'.png'.length) }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: CardText }> = ({ props }) =>
	new Response(new Uint8Array(renderCard(props.card)), { headers: { 'Content-Type': 'image/png' } });
