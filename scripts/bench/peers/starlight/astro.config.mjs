// @ts-check
// Starlight with a one-link sidebar. Without a sidebar setting Starlight lists every page
// in every page's sidebar, so each page grows with the number of papers and the build
// with its square: a site of a thousand papers would not be set up that way, and the
// comparison would flatter this site. Pagefind indexes the site after the build.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
	integrations: [starlight({ title: 'Synthetic symposium papers', sidebar: [{ label: 'Home', link: '/' }] })],
});
