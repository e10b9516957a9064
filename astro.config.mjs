// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
	// The public address, for canonical links. Set SITE_URL when deploying.
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	trailingSlash: 'always',
	integrations: [mdx()],
});
