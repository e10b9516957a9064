import { preview, type PreviewServer } from 'astro';
import { deployBuildEnv } from '../deploy-env';
import { buildSite, outDirFor, root, SITES, type SiteName } from '../sites';

/**
 * Builds every site once, serves each on a free port, and tells the test workers
 * where through SITE_URL_<NAME>. Returns the teardown that stops the servers.
 */
export default async function globalSetup() {
	const servers: PreviewServer[] = [];
	for (const name of Object.keys(SITES) as SiteName[]) {
		const { contentDir, deployed } = SITES[name];
		const { ok, output } = buildSite(contentDir, outDirFor(name), deployed ? deployBuildEnv(root) : {});
		if (!ok) throw new Error(`Building the ${name} site failed:\n${output}`);
		const server = await preview({ root, outDir: outDirFor(name), server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
		process.env[`SITE_URL_${name.toUpperCase()}`] = `http://127.0.0.1:${server.port}`;
		servers.push(server);
	}
	return async () => {
		await Promise.all(servers.map((server) => server.stop()));
	};
}
