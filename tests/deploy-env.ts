import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

/** What GitHub gives every workflow run, as the tests stand in for it: a repository of the project's own. */
export const GITHUB = { server_url: 'https://github.com', repository: 'example-editors/partnerships-symposium' } as const;

interface Workflow {
	jobs: Record<string, { steps: { name?: string; env?: Record<string, string> }[] }>;
}

/**
 * The variables the deploy workflow (.github/workflows/deploy.yml) builds the site with,
 * as far as they come from GitHub's own context (`${{ github.x }}`), filled in from
 * GITHUB: so a test builds the site as a deploy would, and fails if the workflow stops
 * passing them. Variables made by other steps (the Pages address) are left out.
 */
export function deployBuildEnv(root: string): Record<string, string> {
	const workflow = yaml.load(readFileSync(join(root, '.github/workflows/deploy.yml'), 'utf8')) as Workflow;
	const build = Object.values(workflow.jobs)
		.flatMap((job) => job.steps)
		.find((step) => step.name === 'Build the site');
	if (!build) throw new Error('deploy.yml has no step named "Build the site"');
	const env: Record<string, string> = {};
	for (const [name, value] of Object.entries(build.env ?? {})) {
		const expressions = [...value.matchAll(/\$\{\{\s*([\w.]+)\s*\}\}/g)].map(([, path]) => path!);
		if (!expressions.every((path) => path.startsWith('github.') && path.slice(7) in GITHUB)) continue;
		env[name] = value.replace(/\$\{\{\s*github\.(\w+)\s*\}\}/g, (_, key: keyof typeof GITHUB) => GITHUB[key]);
	}
	return env;
}
