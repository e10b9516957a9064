import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CACHE_FILE } from '../../src/lib/build/cache';
import { root } from '../sites';

/** The GitHub workflows a copy of this repository runs: they must call commands that exist, in an order that works. */
interface Workflow {
	on: Record<string, unknown>;
	jobs: Record<string, { steps: { name?: string; run?: string; uses?: string; with?: Record<string, unknown>; env?: Record<string, string> }[] }>;
}

const workflow = (name: string) => yaml.load(readFileSync(join(root, '.github/workflows', name), 'utf8')) as Workflow;
const scripts = Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
const steps = (flow: Workflow) => Object.values(flow.jobs).flatMap((job) => job.steps);
const commands = (flow: Workflow) => steps(flow).flatMap((step) => step.run?.split('\n') ?? []);

describe.each(['pull-request.yml', 'deploy.yml'])('%s', (name) => {
	it('runs only npm scripts that package.json has', () => {
		for (const command of commands(workflow(name))) {
			const script = /npm run (\S+)/.exec(command)?.[1];
			if (script) expect(scripts, command).toContain(script);
		}
	});
});

describe.each(['pull-request.yml', 'deploy.yml'])('%s', (name) => {
	it('installs Chromium before the build, which prints the PDF galleys with it', () => {
		const all = commands(workflow(name));
		const install = all.findIndex((command) => /playwright install .*chromium/.test(command));
		expect(install).toBeGreaterThanOrEqual(0);
		expect(install).toBeLessThan(all.indexOf('npm run build'));
	});
});

describe('the pull-request workflow', () => {
	const flow = workflow('pull-request.yml');

	it('checks, builds and tests, in that order, and attaches the built site', () => {
		const order = ['npm ci', 'npm run check', 'npm run build', 'npx vitest run', 'npx playwright test'].map((command) => commands(flow).indexOf(command));
		expect(
			order.every((index) => index >= 0),
			String(order),
		).toBe(true);
		expect(order).toEqual(order.toSorted((a, b) => a - b));
		const upload = steps(flow).find((step) => step.uses?.startsWith('actions/upload-artifact'));
		expect(upload?.with?.['path']).toBe('dist/');
	});
});

describe('the deploy workflow', () => {
	const flow = workflow('deploy.yml');

	it('builds with the public address and publishes dist/ to GitHub Pages', () => {
		const build = steps(flow).find((step) => step.run === 'npm run build');
		expect(build?.env?.['SITE_URL']).toMatch(/steps\.pages\.outputs\.base_url/);
		expect(steps(flow).find((step) => step.uses?.startsWith('actions/upload-pages-artifact'))?.with?.['path']).toBe('dist/');
		expect(steps(flow).some((step) => step.uses?.startsWith('actions/deploy-pages'))).toBe(true);
	});

	it('keeps the build cache between deploys, where the build keeps it, restored after npm ci and before the build', () => {
		const all = steps(flow);
		const cache = all.findIndex((step) => step.uses?.startsWith('actions/cache'));
		const kept = String(all[cache]?.with?.['path'] ?? '')
			.split('\n')
			.filter(Boolean);
		expect(kept).toContain(`${DEFAULT_CACHE_FILE}*`);
		expect(all.findIndex((step) => step.run === 'npm ci')).toBeLessThan(cache);
		expect(cache).toBeLessThan(all.findIndex((step) => step.run === 'npm run build'));
	});

	it('runs on a schedule as well as on merges, so embargoes end on time', () => {
		expect(Object.keys(flow.on)).toEqual(expect.arrayContaining(['push', 'schedule']));
	});
});
