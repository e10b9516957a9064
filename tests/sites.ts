import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * The sites the browser tests run against: the real content, built as the deploy workflow
 * builds it (with what GitHub gives the workflow: tests/deploy-env.ts), and the synthetic
 * edge cases.
 */
export const SITES = {
	real: { contentDir: 'content', deployed: true },
	fixtures: { contentDir: 'tests/fixtures/edge-cases/content', deployed: false },
} as const;

export type SiteName = keyof typeof SITES;

export const root = fileURLToPath(new URL('..', import.meta.url));

export function outDirFor(site: SiteName): string {
	return `tests/.output/${site}`;
}

/** Builds one site with the editors' own build command, with any variables added; returns its output for assertions. */
export function buildSite(contentDir: string, outDir: string, env: Record<string, string> = {}) {
	const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
		cwd: root,
		env: { ...process.env, CONTENT_DIR: contentDir, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
		encoding: 'utf8',
	});
	return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}
