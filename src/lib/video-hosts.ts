/** A video's host and, where this site knows how to embed it, the player's address. */
export interface VideoHost {
	/** "YouTube", or the address's host name for a site this one does not know. */
	name: string;
	/** The player to embed on the page a reader opens by asking to watch here; none for a host this site does not know. */
	player?: { src: string; origin: string } | undefined;
}

/**
 * The hosts whose players the site embeds, each in its privacy mode: YouTube's
 * youtube-nocookie.com sets no cookie until the video plays, and Vimeo's dnt=1 tracks no
 * viewing. Embedding any other player would need its address and policy checked first.
 */
const PLAYERS: { name: string; hosts: string[]; id: (url: URL) => string | undefined; player: (id: string) => string }[] = [
	{
		name: 'YouTube',
		hosts: ['www.youtube.com', 'youtube.com', 'm.youtube.com'],
		id: (url) => url.searchParams.get('v') ?? undefined,
		player: (id) => `https://www.youtube-nocookie.com/embed/${id}`,
	},
	{ name: 'YouTube', hosts: ['youtu.be'], id: (url) => url.pathname.slice(1) || undefined, player: (id) => `https://www.youtube-nocookie.com/embed/${id}` },
	{
		name: 'Vimeo',
		hosts: ['vimeo.com', 'www.vimeo.com'],
		id: (url) => /^\/(\d+)\/?$/.exec(url.pathname)?.[1],
		player: (id) => `https://player.vimeo.com/video/${id}?dnt=1`,
	},
];

export function videoHostOf(address: string): VideoHost {
	const url = new URL(address);
	const known = PLAYERS.find((candidate) => candidate.hosts.includes(url.hostname));
	const id = known?.id(url);
	if (!known || !id || !/^[\w-]+$/.test(id)) return { name: known?.name ?? url.hostname };
	const src = known.player(id);
	return { name: known.name, player: { src, origin: new URL(src).origin } };
}
