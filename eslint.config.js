// @ts-check
import { builtinModules } from 'node:module';
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

// dependency-cruiser (npm run deps) cannot read .astro files, so the boundaries an .astro file could cross are
// checked here: src/ never imports scripts/, and a client <script> block never imports a Node built-in.
const notScripts = { regex: '^(\\.\\./)+scripts/', message: 'src/ must not import scripts/.' };
const notNodeBuiltins = {
	regex: `^(node:.*|${builtinModules.join('|')})(/.*)?$`,
	message: 'A client <script> runs in the browser: no Node built-ins.',
};

export default defineConfig(
	{
		ignores: [
			'dist/',
			'dist.*/',
			'*.staging/',
			'.astro/',
			'tests/.output/',
			'test-results/',
			'playwright-report/',
			// A separate project (its own package.json) that the benchmark installs on demand.
			'scripts/bench/peers/',
		],
	},
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	{
		linterOptions: { reportUnusedDisableDirectives: 'error' },
		rules: {
			// `try { localStorage… } catch {}`: storage a reader has blocked is not an error.
			'no-empty': ['error', { allowEmptyCatch: true }],
		},
	},
	// Playwright's fixtures take `({}, testInfo)` when they use no other fixture.
	{
		files: ['tests/e2e/**'],
		rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
	},
	// Build scripts, tests, configs and integrations run in Node.
	{
		files: ['scripts/**', 'tests/**', 'src/integrations/**', '*.config.*', '.htmlvalidate.mjs'],
		languageOptions: { globals: globals.node },
	},
	// Code the browser runs.
	{
		files: ['src/client/**'],
		languageOptions: { globals: globals.browser },
	},
	// The offline service worker: plain JS, its PRECACHE prepended by the build.
	{
		files: ['src/integrations/offline-worker.js'],
		languageOptions: { globals: globals.serviceworker },
	},
	// .astro front matter, and the client <script> blocks (linted as virtual files *.astro/*.ts).
	{
		files: ['src/**/*.astro'],
		rules: { 'no-restricted-imports': ['error', { patterns: [notScripts] }] },
	},
	{
		files: ['src/**/*.astro/*.ts', 'src/**/*.astro/*.js'],
		rules: { 'no-restricted-imports': ['error', { patterns: [notScripts, notNodeBuiltins] }] },
	},
);
