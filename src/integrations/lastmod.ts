import { spawnSync } from 'node:child_process';
import { normalize } from 'node:path';
import { COLLECTIONS, ENTRY_COLLECTIONS, type EntryCollection } from '../lib/content/collections';
import { entryIdOf, folderOf, isEntryFile } from '../lib/content/collection-files';
import { isPageNumber } from '../lib/pagination';

/**
 * When each page's content last changed, from git: an entry's page goes by its own file
 * (whatever its extension), a listing (each of its pages alike) by the newest file of its
 * collection, any other page by the newest content file. Which file is whose page comes
 * from the collection registry. A page whose files git does not know (uncommitted, or
 * content outside the repository, as in the benchmark) gets no date rather than the build's.
 */
export function lastModifiedFromGit(contentDir: string, repository = process.cwd()): (pathname: string) => string | undefined {
	const dir = normalize(contentDir).replace(/\/$/, '');
	// Newest commit first: "\0<date>" then the files it changed. Only the branch being built,
	// with a merge listing what it brought in: a page changes when its file lands there, not
	// when it was first committed on another branch.
	const log = spawnSync('git', ['log', '--first-parent', '--diff-merges=first-parent', '--format=%x00%cI', '--name-only', '--', dir], {
		cwd: repository,
		encoding: 'utf8',
	});
	const byFile = new Map<string, string>();
	let date: string | undefined;
	for (const line of log.status === 0 ? log.stdout.split('\n') : []) {
		if (line.startsWith('\0')) date = line.slice(1);
		else if (line && date && !byFile.has(line)) byFile.set(line, date);
	}
	const folders = new Map(ENTRY_COLLECTIONS.map((name): [EntryCollection, string] => [name, `${folderOf(name, dir)}/`]));
	// Each entry's newest date, by "papers/<id>": files are read newest first.
	const byEntry = new Map<string, string>();
	for (const [file, changed] of byFile) {
		for (const [name, folder] of folders) {
			const fileName = file.startsWith(folder) ? file.slice(folder.length) : undefined;
			if (!fileName || fileName.includes('/') || !isEntryFile(name, fileName)) continue;
			const key = `${name}/${entryIdOf(fileName)}`;
			if (!byEntry.has(key)) byEntry.set(key, changed);
		}
	}
	const newestUnder = (prefix: string) => [...byFile].find(([file]) => file.startsWith(prefix))?.[1];
	return (pathname) => {
		const [first, id, ...rest] = pathname.split('/').filter(Boolean);
		const collection = ENTRY_COLLECTIONS.find((name) => COLLECTIONS[name].pages.folder === `/${first}/`);
		if (!collection) return newestUnder(`${dir}/`);
		// /papers/2/ is a page of the listing, not an entry (src/lib/pagination.ts).
		if (!id || (isPageNumber(id) && rest.length === 0)) return newestUnder(folders.get(collection)!);
		return rest.length === 0 ? byEntry.get(`${collection}/${id}`) : newestUnder(`${dir}/`);
	};
}
