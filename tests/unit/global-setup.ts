import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TestProject } from 'vitest/node';

/** Removes the unit tests' own build cache (BUILD_CACHE, set in vitest.config.ts) once they have run. */
export default function setup(project: TestProject) {
	return () => {
		const cache = project.config.env['BUILD_CACHE'];
		if (typeof cache === 'string') rmSync(dirname(cache), { recursive: true, force: true });
	};
}
