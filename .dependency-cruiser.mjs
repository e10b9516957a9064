// Import boundaries, checked by `npm run deps` (dependency-cruiser).
// dependency-cruiser cannot read .astro files: it sees them only as import targets, never their
// front matter or <script> imports (see the report); the rules below hold for .ts/.js/.mjs code.

import { builtinModules } from 'node:module';

/** Node's built-in modules, as dependency-cruiser names them: 'fs' for node:fs, but node:sqlite (prefix-only) as it is. */
const NODE_BUILTIN = `^(node:.*|${builtinModules.map((name) => name.replace(/[/.]/g, '\\$&')).join('|')})$`;

/**
 * npm packages src/client may reach: they run in a browser. Anything else from node_modules is refused.
 * astro/zod (zod) is isomorphic; src/client reaches it only through `import type` (src/lib/dates.ts ->
 * src/schemas/partial-date.ts), which reachable rules cannot tell apart from a runtime import.
 */
const BROWSER_PACKAGES = ['^node_modules/idb/', '^node_modules/fastest-levenshtein/', '^node_modules/astro/dist/zod\\.js$'];

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
	forbidden: [
		{
			name: 'no-circular',
			severity: 'error',
			comment: 'A cycle of imports that run: type-only imports (erased when compiled) do not count here; see no-circular-types.',
			from: {},
			to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
		},
		{
			name: 'no-circular-types',
			severity: 'error',
			comment: 'A cycle that closes only through `import type`: harmless at run time, but the modules cannot be understood apart.',
			from: {},
			to: { circular: true, via: { dependencyTypes: ['type-only'] } },
		},
		{
			name: 'lib-stays-below',
			severity: 'error',
			comment: 'src/lib holds the derivations everything else uses: it must not depend on the layers above it (README, Architecture).',
			from: { path: '^src/lib/' },
			to: { path: '^src/(client|loaders|prose|tooling|integrations|components|layouts|pages)/' },
		},
		{
			name: 'prose-stays-below',
			severity: 'error',
			comment: "src/prose renders entries' text for the loaders, the check and the pages: it must not depend on them.",
			from: { path: '^src/prose/' },
			to: { path: '^src/(client|loaders|tooling|integrations|components|layouts|pages)/' },
		},
		{
			name: 'tooling-stays-below-loaders',
			severity: 'error',
			comment: "The content check and the editors' guide are used by the loaders and the scripts, never the reverse.",
			from: { path: '^src/tooling/' },
			to: { path: '^src/(client|loaders|integrations|components|layouts|pages)/' },
		},
		{
			name: 'src-not-to-scripts',
			severity: 'error',
			comment: 'The site is built from src/ alone; scripts/ are command-line tools that use src/, never the reverse.',
			from: { path: '^src/' },
			to: { path: '^scripts/' },
		},
		{
			name: 'client-no-node-builtins',
			severity: 'error',
			comment: 'src/client runs in the browser: no module it reaches, directly or through others, may load a Node built-in.',
			from: { path: '^src/client/' },
			to: { path: NODE_BUILTIN, reachable: true },
		},
		{
			name: 'client-only-browser-packages',
			severity: 'error',
			comment: 'src/client (and what it imports from src/) may use only the npm packages listed as browser-safe in .dependency-cruiser.mjs.',
			from: { path: '^src/client/' },
			to: { path: '^node_modules/', pathNot: BROWSER_PACKAGES, reachable: true },
		},
	],
	options: {
		// The project's code, the packages it imports and Node's built-ins (which the client rule looks for).
		includeOnly: ['^(src|scripts|tests)/', '^[^/]+\\.(ts|mjs|js)$', '^node_modules/', NODE_BUILTIN],
		// The peers are others' code; tests/.output holds what the tests built, bundles rather than the source.
		exclude: { path: '^(scripts/bench/peers|tests/\\.output)/' },
		doNotFollow: { path: 'node_modules' },
		// Keep `import type` in the graph (marked type-only) so the rules above can tell them apart.
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		// .astro files are nodes (so an import of one resolves) but their own imports are not read.
		extraExtensionsToScan: ['.astro'],
		enhancedResolveOptions: {
			exportsFields: ['exports'],
			conditionNames: ['import', 'require', 'node', 'default', 'types'],
			mainFields: ['module', 'main', 'types', 'typings'],
			extensions: ['.ts', '.js', '.mjs', '.d.ts', '.astro', '.json'],
		},
	},
};
