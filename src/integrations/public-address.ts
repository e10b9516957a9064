import type { AstroIntegration } from 'astro';

/** Where `npm start` serves the site; canonical links point here when no public address is set. */
export const LOCAL_ADDRESS = 'http://localhost:4321';

/** The site's public address: SITE_URL, or the local one so a fresh clone builds with no settings. */
export function publicAddress(env: NodeJS.ProcessEnv = process.env): string {
	return env['SITE_URL'] || LOCAL_ADDRESS;
}

/**
 * Ends a build without SITE_URL with a warning: its canonical links (and any sitemap or
 * feed) name localhost, which is right for `npm start` and wrong for a deploy.
 */
export default function publicAddressCheck(env: NodeJS.ProcessEnv = process.env): AstroIntegration {
	return {
		name: 'public-address',
		hooks: {
			'astro:build:done': ({ logger }) => {
				if (env['SITE_URL']) return;
				logger.warn(
					`SITE_URL is not set, so canonical links, the sitemap and feeds point at ${LOCAL_ADDRESS}. ` +
						'That is right for npm start; for a deploy, build with SITE_URL=https://your.address npm run build.',
				);
			},
		},
	};
}
