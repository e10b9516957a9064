/**
 * Checks a content folder without building the site: every entry against its
 * collection's schema (the same schemas Astro builds with), references between entries,
 * links and images inside bodies, and files the site would silently leave out. It
 * reports every problem, one line each, never only the first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { z } from 'astro/zod';
import { COLLECTION_NAMES, COLLECTIONS, isEntryCollection, type CollectionName } from '../../lib/content/collections';
import { entryIdOf, extensionsOf, folderOf, isEntryFile } from '../../lib/content/collection-files';
import { describeDanglingReference, findDanglingReferences, type CheckableEntry } from '../../lib/content/references';
import { appearanceTimes, describeEarlyReference, findEarlyReferences } from '../../lib/content/publication';
import { validate } from '../error-map';
import { recordClaimProblems, type RecordCheck, type RecordedEntry } from '../../lib/content/record-checks';
import { formatFieldPath, parseFieldPath, type FieldPath } from '../../lib/content/field-paths';
import { DEFAULT_TIME_ZONE } from '../../schemas/publication';
import { formatChoices } from '../../lib/format';
import { suggest } from '../../lib/suggest';
import { isPageNumber } from '../../lib/pagination';
import { addressOf, entryHref, OLD_ADDRESSES, parseEntryTarget, programmeHref } from '../../lib/urls';
import { readBody, type BodyFacts } from './body';
import { componentProblems } from './components';
import { missingImage } from './images';
import { placeholderProblems } from './placeholders';
import { seriesProblems } from './series';
import { contactProblems } from './contact';
import { materialProblems } from './materials';
import { plainLanguageProblems } from './plain-language';
import { compareProblems, type ContentProblem } from '../../lib/content/problems';
import { checkLink, fixedPages, siteUrl } from './site-pages';
import { readEntrySource } from '../../lib/content/entry-source';

/** A collection as content.config.ts defines it: only its schema matters here. */
export interface CollectionSchema {
	schema?: unknown;
}

export interface CheckOptions {
	/** The project folder: src/pages and public/ are read from it, and files are named relative to it. */
	root: string;
	/** The content folder to check. */
	contentDir: string;
	/** The `collections` export of src/content.config.ts. */
	collections: Readonly<Record<string, CollectionSchema>>;
}

export interface CheckResult {
	entries: number;
	problems: ContentProblem[];
}

/** An entry as the check reads it: through its collection's schema, as the build does. */
export interface Entry {
	collection: CollectionName;
	id: string;
	/** Absolute path. */
	path: string;
	/** Relative to the project folder, as problems name it. */
	file: string;
	/** What the schema made of it; only the valid fields when the entry has problems. */
	data: unknown;
	/** Whether the whole entry passed its schema. */
	valid: boolean;
	/** A YAML entry has none; 'unread' when the file could not be parsed, so its anchors are not known. */
	body?: BodyFacts | 'unread' | undefined;
	lineOf(path: FieldPath): number | undefined;
}

type Times = ReturnType<typeof appearanceTimes>;

/**
 * The collections the check reads, file by file: all but the search synonyms, one shared
 * list that Astro's file loader checks against its schema when the site is built.
 */
const CHECKED = COLLECTION_NAMES.filter((name) => !('list' in COLLECTIONS[name].files));

/** Files that may sit beside entries: a person's photo, a talk's slides or poster, notes for editors. */
const COMPANION = /\.(png|jpe?g|webp|avif|gif|svg|pdf)$|^README\.md$/i;
/** How a file is read: YAML alone, or front matter and a body in Markdown or MDX. */
const formatOf = (name: string) => (name.endsWith('.mdx') ? 'mdx' : name.endsWith('.md') ? 'md' : 'yaml');

export async function checkContent(options: CheckOptions): Promise<CheckResult> {
	const { root } = options;
	const { entries, problems } = await readContent(options);
	const timeZone = siteTimeZone(entries);
	const times = appearanceTimes(byCollection(entries), timeZone);
	problems.push(
		...referenceProblems(entries, times, timeZone),
		...recordProblems(entries),
		...seriesProblems(entries),
		...contactProblems(entries),
		...materialProblems(entries),
		...(await bodyProblems(entries, root, times, timeZone)),
	);
	return { entries: entries.length, problems: problems.toSorted(compareProblems) };
}

/**
 * Every entry of a content folder, read through its collection's schema, and the problems
 * of each file on its own: what the site would be built from, before anything is checked
 * across entries. The tests read content this way too (tests/site-content.ts).
 */
export async function readContent({ root, contentDir, collections }: CheckOptions): Promise<{ entries: Entry[]; problems: ContentProblem[] }> {
	const problems: ContentProblem[] = [];
	const entries: Entry[] = [];
	const display = (path: string) => relative(root, path).split(sep).join('/');

	for (const name of CHECKED) {
		const folder = folderOf(name, contentDir);
		const files = existsSync(folder)
			? readdirSync(folder, { withFileTypes: true })
					.filter((f) => f.isFile())
					.map((f) => f.name)
			: [];
		const byId = new Map<string, string>();
		for (const fileName of files.filter((f) => isEntryFile(name, f)).toSorted()) {
			const path = join(folder, fileName);
			const id = entryIdOf(fileName);
			const twin = byId.get(id);
			if (twin) {
				problems.push({
					file: display(path),
					field: 'file name',
					message: `has the same name as ${twin} once made into an address ("${id}"): keep one of the two files`,
				});
				continue;
			}
			byId.set(id, display(path));
			if (isEntryCollection(name) && isPageNumber(id)) {
				problems.push({
					file: display(path),
					field: 'file name',
					message: `is a number, and ${entryHref({ collection: name, id })} is a page of the list of ${name}: name the file for its entry, in words`,
				});
			}
			entries.push(await readEntry(name, id, path, display(path), root, collections, problems));
		}
		const extensions = extensionsOf(name);
		if (!extensions) {
			const { file } = COLLECTIONS[name].files as { file: string };
			if (byId.size === 0)
				problems.push({
					file: display(join(folder, file)),
					field: 'file name',
					message: `missing: the site needs this file; see src/schemas/${name}.ts for its fields`,
				});
			continue;
		}
		const wanted = formatChoices(extensions);
		for (const fileName of files.filter((f) => !isEntryFile(name, f) && !COMPANION.test(f)).toSorted()) {
			const twin = byId.get(entryIdOf(fileName));
			const fix = twin ? `${twin} has the same name: merge the two and delete this one` : `rename it to ${fileName.replace(/(\.[^.]+)?$/, extensions[0]!)}`;
			problems.push({
				file: display(join(folder, fileName)),
				field: 'file name',
				message: `not read: ${name} are ${wanted} files, so this one is not on the site; ${fix}`,
			});
		}
	}
	return { entries, problems };
}

async function readEntry(
	collection: CollectionName,
	id: string,
	path: string,
	file: string,
	root: string,
	collections: CheckOptions['collections'],
	problems: ContentProblem[],
): Promise<Entry> {
	const text = readFileSync(path, 'utf8');
	const format = formatOf(path);
	const source = readEntrySource(text, format === 'yaml' ? 'yaml' : 'front matter');
	if (!('data' in source)) {
		problems.push({ file, ...source });
		// It still exists: entries that name it, or link to it, are not wrong.
		return { collection, id, path, file, data: {}, valid: false, body: 'unread', lineOf: () => undefined };
	}
	const schema = schemaFor(collections[collection]?.schema, path, root);
	const result = await validate(schema, source.data);
	for (const problem of placeholderProblems(source.data, { text, body: source.body, lineOf: source.lineOf })) problems.push({ file, ...problem });
	for (const problem of plainLanguageProblems(source.data)) problems.push({ file, line: source.lineOf(['plainSummary']), ...problem });
	for (const problem of result.success ? [] : result.problems) {
		problems.push({ file, line: source.lineOf(problem.path), field: fieldName(problem.path, path), message: problem.message });
	}
	let body: Entry['body'];
	if (source.body !== undefined) {
		const read = readBody(text, format === 'md' ? 'md' : 'mdx');
		if (!('anchors' in read)) problems.push({ file, line: read.line, field: 'body', message: read.message });
		body = 'anchors' in read ? read : 'unread';
	}
	const data = result.success ? result.data : await validFields(schema, source.data);
	// Copies, as the check holds every entry at once: a string cut from the file's text (a field, a link) keeps the whole
	// text alive, and at 10,000 papers that made 2.2 GB of a check that needs a few hundred MB.
	return { collection, id, path, file, ...structuredClone({ data, body }), valid: result.success, lineOf: source.lineOf };
}

function fieldName(path: FieldPath, file: string): string {
	return path.length > 0 ? formatFieldPath(path) : formatOf(file) === 'yaml' ? 'YAML' : 'front matter';
}

/**
 * The collection's schema, given the image() helper Astro would give it. Here image()
 * checks that the file exists, so a missing photo is reported with its field and line.
 */
function schemaFor(schema: unknown, entryPath: string, root: string): z.ZodType {
	if (typeof schema !== 'function') return (schema ?? z.unknown()) as z.ZodType;
	const image = () =>
		z.string().superRefine((src, ctx) => {
			const problem = missingImage(src, entryPath, root);
			if (problem) ctx.addIssue({ code: 'custom', message: problem });
		});
	return (schema as (context: { image: typeof image }) => z.ZodType)({ image });
}

/**
 * The fields of an entry that are valid on their own, so that its references are still
 * checked when something else in it is wrong: an editor then sees every problem at once.
 */
async function validFields(schema: z.ZodType, data: unknown): Promise<Record<string, unknown>> {
	const shape = (schema as { shape?: Record<string, z.ZodType> }).shape;
	if (!shape || typeof data !== 'object' || data === null) return {};
	const valid: Record<string, unknown> = {};
	for (const [key, field] of Object.entries(shape)) {
		const result = await field.safeParseAsync((data as Record<string, unknown>)[key]);
		if (result.success) valid[key] = result.data;
	}
	return valid;
}

function byCollection(entries: Entry[]): Record<string, CheckableEntry[]> {
	const collections: Record<string, CheckableEntry[]> = Object.fromEntries(CHECKED.map((name) => [name, []]));
	for (const entry of entries) collections[entry.collection]?.push({ id: entry.id, filePath: entry.file, data: entry.data });
	return collections;
}

/** Embargoes are written on the site's clock; its default when site.yaml does not say (or has problems of its own). */
function siteTimeZone(entries: Entry[]): string {
	const site = entries.find((entry) => entry.collection === 'site')?.data as { timeZone?: unknown } | undefined;
	return typeof site?.timeZone === 'string' ? site.timeZone : DEFAULT_TIME_ZONE;
}

/** References to entries that do not exist, and to entries that appear after the one that names them. */
function referenceProblems(entries: Entry[], times: Times, timeZone: string): ContentProblem[] {
	const files = new Map(entries.map((entry) => [entry.file, entry]));
	const collections = byCollection(entries);
	const located = (problem: { file: string; field: string }, message: string): ContentProblem => ({
		file: problem.file,
		line: files.get(problem.file)?.lineOf(parseFieldPath(problem.field)),
		field: problem.field,
		message,
	});
	return [
		...findDanglingReferences(collections).map((problem) => located(problem, describeDanglingReference(problem))),
		...findEarlyReferences(collections, times, timeZone).map((problem): ContentProblem => ({
			...located(problem, describeEarlyReference(problem, timeZone)),
			warning: true,
		})),
	];
}

/**
 * Facts a public record is said to show (checkedAgainst in a symposium's file) that the
 * entry does not give. An entry with problems of its own is left out: its own lines name them.
 */
function recordProblems(entries: Entry[]): ContentProblem[] {
	const entryData = ({ collection, id }: { collection: 'papers' | 'commentary'; id: string }) => {
		const entry = entries.find((candidate) => candidate.collection === collection && candidate.id === id && candidate.valid);
		return entry && ({ collection, data: entry.data } as RecordedEntry);
	};
	return entries
		.filter((entry) => entry.collection === 'symposia')
		.flatMap((symposium) => {
			const checks = (symposium.data as { checkedAgainst?: RecordCheck[] } | undefined)?.checkedAgainst ?? [];
			return recordClaimProblems(checks, entryData).map(({ field, message }) => ({
				file: symposium.file,
				line: symposium.lineOf(parseFieldPath(field)),
				field,
				message,
			}));
		});
}

/** Links to pages and anchors of this site, images and components, inside bodies. */
async function bodyProblems(entries: Entry[], root: string, times: Times, timeZone: string): Promise<ContentProblem[]> {
	const pages = fixedPages(root);
	/** The entries with a page of their own, by its address, for links to entries that are not published yet. */
	const entryPages = new Map<string, Entry>();
	for (const entry of entries) {
		const href = addressOf(entry.collection, entry.id, entry.data);
		if (!href) continue;
		if (!href.includes('#')) entryPages.set(href, entry);
		const [page = href, section] = href.split('#');
		if (entry.collection === 'symposia' || entry.collection === 'editions') {
			// Pages drawn from a template, whose anchors only a build knows; a symposium's programme has its sessions'.
			pages.set(page, 'any');
			if (entry.collection === 'symposia' && !pages.has(programmeHref(entry))) pages.set(programmeHref(entry), new Set());
		} else if (section === undefined) {
			pages.set(page, entry.body === 'unread' ? 'any' : (entry.body?.anchors ?? new Set()));
		} else {
			// A page whose sections are entries (the programme's sessions) has exactly those anchors.
			const anchors = pages.get(page);
			pages.set(page, anchors instanceof Set ? anchors.add(section) : new Set([section]));
		}
	}
	// The old addresses the site keeps, as site.yaml names them, still lead somewhere.
	const { oldAddresses = {} } = (entries.find((entry) => entry.collection === 'site')?.data ?? {}) as {
		oldAddresses?: Partial<Record<keyof typeof OLD_ADDRESSES, unknown>>;
	};
	for (const [name, address] of Object.entries(OLD_ADDRESSES)) if (oldAddresses[name as keyof typeof OLD_ADDRESSES]) pages.set(address, 'any');
	const problems: ContentProblem[] = [];
	for (const entry of entries) {
		if (!entry.body || entry.body === 'unread') continue;
		const here = addressOf(entry.collection, entry.id, entry.data) ?? '/';
		const at = (line: number | undefined, message: string) => problems.push({ file: entry.file, line, field: 'body', message });
		const appearsFrom = (target: Entry) => times.get(`${target.collection}/${target.id}`) ?? -Infinity;
		/** A link to an entry that appears later than this one: left out of the page until then. */
		const warnIfEarly = (target: Entry | undefined, line: number | undefined, link: string) => {
			if (!target || appearsFrom(target) <= Math.max(appearsFrom(entry), Date.now())) return;
			const message = describeEarlyReference({ ...target, targetFile: target.file, appearsFrom: appearsFrom(target) }, timeZone);
			problems.push({ file: entry.file, line, field: 'body', message: `${link}: ${message}`, warning: true });
		};
		for (const link of entry.body.links) {
			const problem = checkLink(link.href, here, pages);
			if (problem) at(link.line, `link to "${link.href}": ${problem}`);
			else warnIfEarly(entryPages.get(siteUrl(link.href, here)?.pathname ?? ''), link.line, `link to "${link.href}"`);
		}
		const crossRef = (to: string) => {
			const target = parseEntryTarget(to);
			if (!target) return undefined;
			const entryThere = entryPages.get(entryHref(target));
			if (!entryThere) {
				const meant = suggest(
					target.id,
					entries.filter((other) => other.collection === target.collection).map((other) => other.id),
				);
				return `no ${COLLECTIONS[target.collection].noun.one} "${target.id}"${meant ? ` (did you mean "${target.collection}/${meant}"?)` : ''}`;
			}
			const anchors = pages.get(entryHref(target));
			if (target.anchor && anchors instanceof Set && !anchors.has(target.anchor)) {
				const meant = suggest(target.anchor, [...anchors]);
				return `that ${COLLECTIONS[target.collection].noun.one} has no heading "${target.anchor}"${meant ? ` (did you mean "#${meant}"?)` : ''}`;
			}
			return undefined;
		};
		for (const problem of await componentProblems(entry.body.components, crossRef)) at(problem.line, problem.message);
		for (const use of entry.body.components) {
			const to = use.name === 'CrossRef' ? use.attributes['to'] : undefined;
			const target = typeof to === 'string' ? parseEntryTarget(to) : undefined;
			if (target && !crossRef(to as string)) warnIfEarly(entryPages.get(entryHref(target)), use.line, `<CrossRef> to "${to as string}"`);
		}
		for (const code of entry.body.code) at(code.line, code.message);
		for (const image of entry.body.images) {
			const missing = missingImage(image.src, entry.path, root);
			if (missing) at(image.line, missing);
			// The editors' guide keeps .md for text with neither images nor components.
			if (formatOf(entry.path) === 'md') {
				at(
					image.line,
					`image "${image.src}" in a .md file: images are shown in the sizes and formats readers' screens need only from .mdx files; rename this one to ${basename(entry.path).replace(/\.md$/, '.mdx')}`,
				);
			}
			if (!image.alt?.trim()) {
				at(image.line, `image "${image.src}" has no alt text: say what it shows inside the brackets, ![A chart of waiting times](${image.src})`);
			}
		}
	}
	return problems;
}
