/**
 * The web editor's local backend: Decap CMS's proxy protocol (the actions decap-server
 * answers, decaporg/decap-cms packages/decap-server) over the working copy, so an editor
 * edits the files in `content/` with no hosted service. Unlike decap-server it writes a
 * saved entry as a person would (merge.ts), refuses a save that `npm run check` would
 * refuse with the check's own lines, and commits each save to git.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../../lib/content/collections';
import { errorsIn, formatProblem } from '../../lib/content/problems';
import { checkContent, type CollectionSchema } from '../content-check/check';
import { documentedSchema, type AnySchema } from '../schema-docs';
import { mergeSaved } from './merge';

export interface LocalRepositoryOptions {
	/** The project folder, as the content check reads it (src/pages, public/). */
	root: string;
	/** The content folder edited. */
	contentDir: string;
	collections: Readonly<Record<string, CollectionSchema>>;
}

/** An answer to one request: its HTTP status and its JSON. */
export interface ProxyAnswer {
	status: number;
	json: unknown;
}

interface DataFile {
	path: string;
	raw: string;
}

interface Asset {
	path: string;
	content: string;
	encoding: 'base64';
}

/** What the editor's requests carry, by action (decap-server's types). */
interface Params {
	path?: string;
	paths?: string[];
	folder?: string;
	extension?: string;
	files?: { path: string }[];
	mediaFolder?: string;
	entry?: DataFile;
	dataFiles?: DataFile[];
	assets?: Asset[];
	asset?: Asset;
	options?: { commitMessage?: string };
}

/** The git repository the content folder is in, which the editor's paths start from; the folder above it when there is none. */
export function repositoryOf(contentDir: string): string {
	try {
		return execFileSync('git', ['-C', contentDir, 'rev-parse', '--show-toplevel'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch {
		return dirname(contentDir);
	}
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const slashes = (path: string) => path.split(sep).join('/');

export function localRepository({ root, contentDir, collections }: LocalRepositoryOptions) {
	const repo = repositoryOf(contentDir);
	const content = resolve(contentDir);

	/** A path the editor sent, as a file inside the content folder: nothing else may be read or written. */
	function inside(path: string): string {
		const file = resolve(repo, path);
		if (file !== content && !file.startsWith(content + sep)) throw Object.assign(new Error(`${path} is not in the content folder.`), { status: 403 });
		return file;
	}

	function readEntry(path: string) {
		const file = inside(path);
		if (!existsSync(file)) return { data: null, file: { path, id: null } };
		const data = readFileSync(file);
		return { data: data.toString('utf8'), file: { path: slashes(path), id: sha256(data) } };
	}

	function readMedia(path: string) {
		const data = readFileSync(inside(path));
		return { id: sha256(data), content: data.toString('base64'), encoding: 'base64', path: slashes(path), name: basename(path) };
	}

	function listFolder(folder: string, extension: string): string[] {
		const dir = inside(folder);
		if (!existsSync(dir)) return [];
		return readdirSync(dir)
			.filter((name) => (extension ? name.endsWith(`.${extension}`) : !statSync(join(dir, name)).isDirectory()))
			.map((name) => slashes(join(folder, name)));
	}

	/** The collection a file belongs to, and how its files are written. */
	function collectionOf(file: string): { name: CollectionName; schema: AnySchema; format: 'frontmatter' | 'yaml' } {
		const rel = slashes(relative(content, file));
		const name = COLLECTION_NAMES.find((candidate) => {
			const { files } = COLLECTIONS[candidate];
			const folder = files.folder === '.' ? '' : `${files.folder}/`;
			return 'file' in files ? rel === `${folder}${files.file}` : dirname(rel) === files.folder;
		});
		if (!name) throw Object.assign(new Error(`${rel} is not a file of any collection.`), { status: 422 });
		const format = /\.mdx?$/.test(file) ? 'frontmatter' : 'yaml';
		return { name, schema: documentedSchema(collections[name]?.schema) as AnySchema, format };
	}

	/** The check's lines about these files, once they are written: what would stop the build. */
	async function problemsIn(files: string[]): Promise<string[]> {
		const named = new Set(files.map((file) => slashes(relative(root, file))));
		const { problems } = await checkContent({ root, contentDir: content, collections });
		return errorsIn(problems)
			.filter((problem) => named.has(problem.file))
			.map(formatProblem);
	}

	function commit(files: string[], message: string): void {
		if (!existsSync(join(repo, '.git'))) return;
		const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
		const paths = files.map((file) => relative(repo, file));
		git('add', '--', ...paths);
		// An editor who has never set up git still gets a commit, under the editor's name.
		const named = (() => {
			try {
				return git('config', 'user.email') !== '';
			} catch {
				return false;
			}
		})();
		const identity = named ? [] : ['-c', 'user.name=Web editor', '-c', 'user.email=web-editor@localhost'];
		execFileSync('git', ['-C', repo, ...identity, 'commit', '--quiet', '-m', message, '--', ...paths], { stdio: ['ignore', 'pipe', 'pipe'] });
	}

	/** Writes the files, keeps them only if the check finds nothing wrong in them, and commits them. */
	async function persist(dataFiles: DataFile[], assets: Asset[], message: string): Promise<ProxyAnswer> {
		const written = new Map<string, string | undefined>();
		const write = (file: string, data: string | Buffer) => {
			if (!written.has(file)) written.set(file, existsSync(file) ? readFileSync(file, 'utf8') : undefined);
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, data);
		};
		for (const asset of assets) write(inside(asset.path), Buffer.from(asset.content, asset.encoding));
		const entries = dataFiles.map((dataFile) => inside(dataFile.path));
		dataFiles.forEach((dataFile, index) => {
			const file = entries[index]!;
			const { schema, format } = collectionOf(file);
			write(file, mergeSaved(existsSync(file) ? readFileSync(file, 'utf8') : undefined, dataFile.raw, format, schema));
		});
		const problems = await problemsIn(entries);
		if (problems.length > 0) {
			for (const [file, before] of written) {
				if (before === undefined) rmSync(file, { force: true });
				else writeFileSync(file, before);
			}
			return { status: 422, json: { error: `Not saved: npm run check would refuse it.\n${problems.join('\n')}` } };
		}
		commit([...written.keys()], message);
		return { status: 200, json: { message: 'entry persisted' } };
	}

	/** One request from the editor: { action, params }. */
	return async function answer(body: { action?: string; params?: Params }): Promise<ProxyAnswer> {
		const params = body.params ?? {};
		const message = params.options?.commitMessage ?? 'Edited in the web editor';
		try {
			switch (body.action) {
				case 'info':
					return { status: 200, json: { repo: basename(repo), publish_modes: ['simple'], type: 'local_git' } };
				case 'entriesByFolder':
					return { status: 200, json: listFolder(params.folder ?? '', params.extension ?? '').map(readEntry) };
				case 'entriesByFiles':
					return { status: 200, json: (params.files ?? []).map((file) => readEntry(file.path)) };
				case 'getEntry':
					return { status: 200, json: readEntry(params.path ?? '') };
				case 'persistEntry':
					return await persist(params.dataFiles ?? (params.entry ? [params.entry] : []), params.assets ?? [], message);
				case 'getMedia':
					return {
						status: 200,
						json: listFolder(params.mediaFolder ?? '', '')
							.filter((path) => !/\.(ya?ml|mdx?)$/.test(path))
							.map(readMedia),
					};
				case 'getMediaFile':
					return { status: 200, json: readMedia(params.path ?? '') };
				case 'persistMedia': {
					const saved = await persist([], params.asset ? [params.asset] : [], message);
					return saved.status === 200 && params.asset ? { status: 200, json: readMedia(params.asset.path) } : saved;
				}
				case 'deleteFile':
				case 'deleteFiles': {
					const paths = params.paths ?? (params.path ? [params.path] : []);
					const files = paths.map(inside);
					for (const file of files) rmSync(file, { force: true });
					commit(files, message);
					return { status: 200, json: { message: `deleted ${paths.join(', ')}` } };
				}
				case 'getDeployPreview':
					return { status: 200, json: null };
				default:
					return { status: 422, json: { error: `Unknown action ${body.action}` } };
			}
		} catch (error) {
			const status = (error as { status?: number }).status ?? 500;
			return { status, json: { error: error instanceof Error ? error.message : String(error) } };
		}
	};
}
