/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
		// One file at a time: the build tests run `astro build` and `astro dev`, which
		// rewrite the shared generated .astro/ folder for the content folder they use,
		// so two of them at once could read each other's files (see README.md).
		fileParallelism: false,
	},
});
