import type { APIRoute } from 'astro';
import { getSiteContent } from '../../lib/content/site-content';
import { vocabularyOf } from '../../lib/search/vocabulary';

/** The words the search page may suggest for a query that finds nothing or little; fetched only then. */
export const GET: APIRoute = async () => {
	const site = await getSiteContent();
	const texts = [
		...site.papers.flatMap((paper) => [paper.data.title, paper.data.plainSummary, paper.data.abstract, ...paper.data.themes]),
		...site.messages.flatMap((message) => [message.data.title, message.data.summary]),
		...site.commentary.flatMap((piece) => [piece.data.title, piece.data.standfirst]),
		...site.people.flatMap(({ data }) => [data.name, ...data.roles.map((role) => role.title), ...data.affiliations.map((a) => a.name)]),
		...site.sessions.map((session) => session.data.title),
		...site.synonyms.flat(),
	];
	return new Response(JSON.stringify(vocabularyOf(texts)), { headers: { 'Content-Type': 'application/json' } });
};
