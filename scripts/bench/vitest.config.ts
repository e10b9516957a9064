import { defineConfig } from 'vitest/config';

// The benchmark's own tests (npm run bench:test from the site's folder): not part of the site's npm test.
export default defineConfig({
	test: { include: ['tests/**/*.test.ts'] },
});
