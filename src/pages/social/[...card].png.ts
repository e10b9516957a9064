import type { APIRoute, GetStaticPaths } from 'astro';
import { siteCards, type CardText } from '../../lib/build/social-card/card';
import { renderCard } from '../../lib/build/social-card/render';
import { getSiteContent } from '../../lib/content/site-content';

/** /social/home.png, /social/papers/<id>.png, /social/commentary/<id>.png: the cards link previews show. */
export const getStaticPaths = (async () => {
	const cards = siteCards(await getSiteContent());
	// The route's parameter is the address between /social/ and .png.
	return cards.map(([href, card]) => ({ params: { card: href.slice('/social/'.length, -'.png'.length) }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: CardText }> = ({ props }) =>
	new Response(new Uint8Array(renderCard(props.card)), { headers: { 'Content-Type': 'image/png' } });
