import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import { glob, type Loader } from 'astro/loaders';
import { missingImage } from '../tooling/content-check/images';
import type { CheckResult } from '../tooling/content-check/check';
import { formatProblem, type ContentProblem } from '../lib/content/problems';
import { checkReport } from '../tooling/content-check/report';
import { fieldsOf } from '../lib/content/field-paths';
import { BODY_IMAGES } from '../lib/content/entry-text';
import { rendererDigest, withBodyImages, withProseRenderer, type LoaderContextWithEntryTypes } from './rendered-text';

/** The content check on the content this loader reads: content.config.ts hands it over. */
export type ContentCheck = () => Promise<CheckResult>;

/**
 * Astro's glob loader, with the content check's messages. `npm run build` runs the
 * check beside Astro, so there Astro never meets bad content; `npm run dev` does not,
 * and this keeps its messages the same as the check's: when Astro rejects an entry,
 * at start or when a file is saved, the editor reads the check's report instead (every
 * problem, one line each), from one run of the check for the whole content however many
 * entries Astro rejects. It also checks that every image an entry names exists:
 * without that, a missing photo fails later, in the bundler, with a message that names
 * the image but not the file or field that asked for it.
 *
 * An entry's text is rendered by the site's renderer into the build cache
 * (rendered-text.ts), and the store keeps neither that HTML nor the source
 * (retainBody: false): the store is bundled into the build, and a thousand papers' text
 * held in it raised Astro's peak memory by about 300 MB (npm run bench).
 */
export function checkedGlob(options: Parameters<typeof glob>[0], check: ContentCheck): Loader {
	const inner = glob({ ...options, retainBody: false });
	return {
		...inner,
		name: 'checked-glob',
		async load(loaderContext) {
			const context = loaderContext as LoaderContextWithEntryTypes;
			const root = fileURLToPath(context.config.root);
			const parseData: typeof context.parseData = async (entry) => {
				try {
					return await context.parseData(entry);
				} catch (error) {
					throw await withCheckReport(error, check);
				}
			};
			const unrendered: ContentProblem[] = [];
			const entryTypes = withProseRenderer(context.entryTypes, root, (problem) => {
				unrendered.push(problem);
				context.logger.error(formatProblem(problem));
			});
			const digestOfRenderer = rendererDigest(root);
			const generateDigest: typeof context.generateDigest = (data) => context.generateDigest(typeof data === 'string' ? `${digestOfRenderer}\n${data}` : data);
			await inner.load({ ...context, parseData, entryTypes, generateDigest, store: withBodyImages(context.store) } as LoaderContextWithEntryTypes);
			if (unrendered.length > 0) {
				throw new AstroError(
					`${unrendered.length} entry text(s) could not be rendered.\n\n${unrendered.map(formatProblem).join('\n')}`,
					'Run npm run check for each problem with its line.',
				);
			}
			// Astro records each image path an entry names, in a field or in its text, in assetImports.
			const missing: ContentProblem[] = [];
			for (const entry of context.store.values()) {
				if (!entry.filePath) continue;
				for (const image of entry.assetImports ?? []) {
					const message = missingImage(image, resolve(root, entry.filePath), root);
					if (!message) continue;
					// An image of the text is also in the data (rendered-text.ts), where no editor wrote it.
					const fields = [...fieldsOf(entry.data)].filter(([field, value]) => value === image && !field.startsWith(BODY_IMAGES)).map(([field]) => field);
					missing.push({ file: entry.filePath, field: fields.join(', ') || 'body', message });
				}
			}
			if (missing.length > 0) {
				throw new AstroError(`${missing.length} image(s) not found.\n\n${missing.map(formatProblem).join('\n')}`);
			}
		},
	};
}

/** The check's report, for the content as its files are now, by the content folder. */
const reports = new Map<string, { stamp: string; report: Promise<ReturnType<typeof checkReport> | undefined> }>();

/** What the content folder's files are now: a saved file changes its size or time. */
function stampOf(folder: string): string {
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => {
			const { size, mtimeMs } = statSync(join(entry.parentPath, entry.name));
			return `${entry.parentPath}/${entry.name}:${size}:${mtimeMs}`;
		})
		.sort()
		.join('\n');
}

/** The check's report in place of Astro's error, or the error itself when the check finds nothing that stops a build. */
async function withCheckReport(error: unknown, check: ContentCheck): Promise<unknown> {
	const folder = resolve(process.env.CONTENT_DIR ?? 'content');
	const stamp = stampOf(folder);
	let run = reports.get(folder);
	if (run?.stamp !== stamp) {
		const started = performance.now();
		run = {
			stamp,
			report: check().then(
				(result) => checkReport(result, (performance.now() - started) / 1000),
				() => undefined,
			),
		};
		reports.set(folder, run);
	}
	const report = await run.report;
	if (!report?.failed) return error;
	const readable = new AstroError(report.lines.join('\n'), 'Run npm run check to list every problem in the content again.');
	// Astro prints an error's stack under its message: here it would only point into this file.
	readable.stack = '';
	return readable;
}
