/// <reference types="vitest/config" />
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					// Files in parallel, on a build cache of their own: never the developer's, which a build may be using.
					env: { BUILD_CACHE: join(tmpdir(), `unit-tests-${process.pid}`, 'build-results.sqlite') },
					globalSetup: ['tests/unit/global-setup.ts'],
					sequence: { groupOrder: 0 },
				},
			},
			{
				extends: true,
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					// One file at a time, after the unit tests: these run `astro build` and `astro dev`,
					// which rewrite the shared generated .astro/ folder for the content folder they use,
					// so two of them at once could read each other's files (see README.md).
					fileParallelism: false,
					sequence: { groupOrder: 1 },
				},
			},
		],
	},
});
