/** Decap CMS's files, as the editor's page loads them from /admin/. */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

/** The decap-cms package's dist/ folder. */
export const DECAP_DIST = dirname(createRequire(import.meta.url).resolve('decap-cms'));

/** Its script, the chunks it loads as it needs them, and its licence notices; not its source maps, nor the same bundle again as cms.js. */
const DECAP_FILE = /^(decap-cms\.js|\d+\.decap-cms\.js|[\da-f]+\.wasm|decap-cms\.js\.LICENSE\.txt)$/;

const TYPES: Readonly<Record<string, string>> = {
	'.js': 'text/javascript; charset=utf-8',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
};

/** The files to serve under /admin/, each with its content type. */
export function decapFiles(): { file: string; type: string }[] {
	return readdirSync(DECAP_DIST)
		.filter((file) => DECAP_FILE.test(file))
		.map((file) => ({ file, type: TYPES[/\.[a-z]+$/.exec(file)![0]]! }));
}
