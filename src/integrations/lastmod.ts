import { spawnSync } from 'node:child_process';
import { normalize } from 'node:path';
import { isPageNumber } from '../lib/pagination';

/** Each collection with a page per entry, and its files' extension. */
const ENTRY_FILES: Record<string, string> = { papers: 'mdx', messages: 'mdx', commentary: 'mdx', people: 'yaml' };

/**
 * When each page's content last changed, from git: an entry's page goes by its own file,
 * a listing (each of its pages alike) by the newest file of its collection, any other
 * page by the newest content file. A page whose files git does not know (uncommitted,
 * or content outside the repository, as in the benchmark) gets no date rather than the
 * build's.
 */
export function lastModifiedFromGit(contentDir: string): (pathname: string) => string | undefined {
	const dir = normalize(contentDir).replace(/\/$/, '');
	// Newest commit first: "\0<date>" then the files it changed.
	const log = spawnSync('git', ['log', '--format=%x00%cI', '--name-only', '--', dir], { encoding: 'utf8' });
	const byFile = new Map<string, string>();
	let date: string | undefined;
	for (const line of log.status === 0 ? log.stdout.split('\n') : []) {
		if (line.startsWith('\0')) date = line.slice(1);
		else if (line && date && !byFile.has(line)) byFile.set(line, date);
	}
	const newestUnder = (prefix: string) => [...byFile].find(([file]) => file.startsWith(prefix))?.[1];
	return (pathname) => {
		const [collection, id, ...rest] = pathname.split('/').filter(Boolean);
		const extension = collection && ENTRY_FILES[collection];
		// /papers/2/ is a page of the listing, not an entry (src/lib/pagination.ts).
		const listing = !id || (isPageNumber(id) && rest.length === 0);
		if (extension && listing) return newestUnder(`${dir}/${collection}/`);
		if (extension && id && rest.length === 0) return byFile.get(`${dir}/${collection}/${id}.${extension}`);
		return newestUnder(`${dir}/`);
	};
}
