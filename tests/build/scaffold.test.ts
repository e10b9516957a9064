import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collections } from '../../src/content.config';
import { checkContent } from '../../src/tooling/content-check/check';
import { formatProblem } from '../../src/lib/content/problems';
import { documentedSchema, fieldDocs } from '../../src/tooling/schema-docs';
import { byId, readCollection } from '../content';
import { root, SITES } from '../sites';

/**
 * `npm run new` as an editor runs it, into a copy of the fixture content: each kind of
 * entry it writes passes the check as written, explains every field of its collection,
 * belongs to the symposium it was asked for (the fixtures hold a series of three, so it
 * must be asked), and nothing is ever overwritten.
 */

const work = join(root, 'tests/.output/scaffold');
const contentDir = join(work, 'content');
/** The same folder as the content helpers read it: from the project folder. */
const contentFolder = 'tests/.output/scaffold/content';

beforeAll(() => {
	rmSync(work, { recursive: true, force: true });
	cpSync(SITES.fixtures.contentDir, contentDir, { recursive: true });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `npm run new` on a content folder, the fixtures' copy unless another is named. */
function scaffoldIn(folder: string, ...args: string[]) {
	const result = spawnSync(process.execPath, ['scripts/new.ts', ...args, '--content', folder], { cwd: root, encoding: 'utf8' });
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const scaffold = (...args: string[]) => scaffoldIn(contentDir, ...args);

async function problems(folder = contentDir): Promise<string[]> {
	return (await checkContent({ root, contentDir: folder, collections })).problems.map(formatProblem);
}

/** The symposium entries are written for, and another of the series, one with no key messages yet. */
const SYMPOSIUM = 'fixture-2031';
const NEXT_SYMPOSIUM = 'fixture-2033';

const KINDS = [
	{ args: ['person', 'Jane Doe'], file: 'people/jane-doe.yaml', collection: 'people' },
	{
		args: ['symposium', 'Fixture symposium on home adaptations, 2035'],
		file: 'symposia/fixture-symposium-on-home-adaptations-2035.yaml',
		collection: 'symposia',
	},
	{
		args: ['edition', 'Papers on records people can read', '--symposium', NEXT_SYMPOSIUM],
		file: 'editions/papers-on-records-people-can-read.yaml',
		collection: 'editions',
		symposium: NEXT_SYMPOSIUM,
	},
	{
		args: ['paper', 'Telecare in two fixture districts', '--author', 'jane-doe', '--symposium', SYMPOSIUM],
		file: 'papers/telecare-in-two-fixture-districts.mdx',
		collection: 'papers',
		symposium: SYMPOSIUM,
	},
	{
		args: ['message', 'Measure what carers notice', '--symposium', SYMPOSIUM],
		file: 'messages/measure-what-carers-notice.mdx',
		collection: 'messages',
		symposium: SYMPOSIUM,
	},
	{
		args: ['commentary', 'A reply to the fixture symposium', '--author', 'jane-doe', '--id', 'a-reply', '--symposium', SYMPOSIUM],
		file: 'commentary/a-reply.mdx',
		collection: 'commentary',
		symposium: SYMPOSIUM,
	},
	{ args: ['session', 'Evening reception', '--symposium', SYMPOSIUM], file: 'sessions/evening-reception.yaml', collection: 'sessions', symposium: SYMPOSIUM },
] as const;

/** The fields of an entry as written, read as the site's tests read any entry. */
function written<T = Record<string, unknown>>(collection: (typeof KINDS)[number]['collection'], file: string, folder = contentFolder) {
	return byId(readCollection<T>(folder, collection), file.replace(/^.*\/|\.\w+$/g, '')).data;
}

// Each test starts the script as a Node process of its own: seconds on a busy machine.
describe('npm run new', { timeout: 60_000 }, () => {
	for (const kind of KINDS) {
		const { args, file, collection } = kind;
		it(`writes ${/^[aeiou]/.test(args[0]) ? 'an' : 'a'} ${args[0]} that passes the check, with every field of its collection explained`, async () => {
			const { status, output } = scaffold(...args);
			expect(status, output).toBe(0);
			expect(output).toContain(`Wrote tests/.output/scaffold/content/${file}`);
			expect(await problems()).toEqual([]);
			// It belongs to the symposium it was written for: an edition gathers its papers, the rest name it.
			if ('symposium' in kind) {
				const data = written<{ symposium?: string; symposia?: string[] }>(collection, file);
				expect(collection === 'editions' ? data.symposia : data.symposium).toEqual(collection === 'editions' ? [kind.symposium] : kind.symposium);
			}
			const text = readFileSync(join(contentDir, file), 'utf8');
			for (const field of fieldDocs(documentedSchema(collections[collection].schema))) {
				// Its note (and its own fields' notes, for a group), then the field, filled in or commented out.
				expect(text, field.key).toMatch(new RegExp(`^# ${field.key} \\((required|optional);.*\\n(# {3}.*\\n)*(# )?${field.key}:`, 'm'));
				if (field.description) expect(text).toContain(field.description);
			}
		});
	}

	it('numbers a new key message after the last one of its symposium, drafts included', () => {
		const last = Math.max(
			...readCollection<{ order: number; symposium: string }>(SITES.fixtures.contentDir, 'messages')
				.filter(({ data }) => data.symposium === SYMPOSIUM)
				.map(({ data }) => data.order),
		);
		expect(readFileSync(join(contentDir, 'messages/measure-what-carers-notice.mdx'), 'utf8')).toMatch(new RegExp(`^order: ${last + 1}$`, 'm'));
	});

	it("numbers key messages and sessions within their own symposium, not after another's", async () => {
		const ordersOf = (collection: 'messages' | 'sessions', symposium: string) =>
			readCollection<{ order: number; symposium: string }>(SITES.fixtures.contentDir, collection)
				.filter(({ data }) => data.symposium === symposium)
				.map(({ data }) => data.order);
		// The series' next symposium has no key messages yet: its first is 1, whatever the others number.
		expect(ordersOf('messages', NEXT_SYMPOSIUM)).toEqual([]);
		expect(scaffold('message', 'Ask people what they read', '--symposium', NEXT_SYMPOSIUM).status).toBe(0);
		expect(written<{ order: number }>('messages', 'ask-people-what-they-read').order).toBe(1);
		// An earlier symposium's programme goes on from its own last session.
		const earlier = readCollection(SITES.fixtures.contentDir, 'symposia').find(({ id }) => id !== SYMPOSIUM && ordersOf('sessions', id).length > 0)!.id;
		expect(Math.max(...ordersOf('sessions', earlier))).toBeLessThan(Math.max(...ordersOf('sessions', SYMPOSIUM)));
		expect(scaffold('session', 'Afternoon walk', '--symposium', earlier).status).toBe(0);
		expect(written<{ order: number }>('sessions', 'afternoon-walk').order).toBe(Math.max(...ordersOf('sessions', earlier)) + 1);
		expect(await problems()).toEqual([]);
	});

	it('asks which symposium an entry belongs to when the site has several, and writes nothing without an answer', () => {
		const symposia = readCollection(SITES.fixtures.contentDir, 'symposia').map(({ id }) => id);
		expect(symposia.length).toBeGreaterThan(1);
		// Run as a script is, with no one at a terminal to answer.
		const { status, output } = scaffold('session', 'Poster walk');
		expect(status).toBe(1);
		expect(output).toContain('say which with --symposium');
		for (const id of symposia) expect(output).toContain(id);
		expect(existsSync(join(contentDir, 'sessions/poster-walk.yaml'))).toBe(false);
	});

	it('refuses a symposium that is not there, naming those that are', () => {
		const { status, output } = scaffold('paper', 'A paper of no symposium', '--symposium', 'fixture-2030');
		expect(status).toBe(1);
		expect(output).toContain('--symposium fixture-2030: there is no such symposium');
		for (const { id } of readCollection(SITES.fixtures.contentDir, 'symposia')) expect(output).toContain(id);
		expect(existsSync(join(contentDir, 'papers/a-paper-of-no-symposium.mdx'))).toBe(false);
	});

	it('on a site of one symposium, writes the entry for it without asking', async () => {
		const single = join(work, 'one-symposium');
		cpSync(join(root, SITES.real.contentDir), single, { recursive: true });
		const [only, ...others] = readCollection(SITES.real.contentDir, 'symposia');
		expect(others).toEqual([]);
		const { status, output } = scaffoldIn(single, 'session', 'Evening reception');
		expect(status, output).toBe(0);
		expect(written<{ symposium: string }>('sessions', 'evening-reception', 'tests/.output/scaffold/one-symposium').symposium).toBe(only!.id);
		// The real content's site.yaml names no contact (the deploy workflow gives one): a warning, not a problem.
		expect((await problems(single)).filter((line) => !line.includes('  warning: '))).toEqual([]);
	});

	it('refuses to overwrite an entry, and says so', () => {
		const path = join(contentDir, 'papers/shared-care-records.mdx');
		const before = readFileSync(path, 'utf8');
		const { status, output } = scaffold('paper', 'Shared care records', '--id', 'shared-care-records');
		expect(status).toBe(1);
		expect(output).toContain('tests/.output/scaffold/content/papers/shared-care-records.mdx already exists: nothing written');
		expect(readFileSync(path, 'utf8')).toBe(before);
	});

	it('a new entry published before its placeholders are written fails the check', async () => {
		const path = join(contentDir, 'messages/measure-what-carers-notice.mdx');
		const draft = readFileSync(path, 'utf8');
		writeFileSync(path, draft.replace(/^draft: true\n/m, ''));
		try {
			expect((await problems()).map((line) => line.replace(/^.*content\//, ''))).toEqual([
				expect.stringMatching(/^messages\/measure-what-carers-notice\.mdx:\d+ {2}summary: still holds what npm run new wrote/),
				expect.stringMatching(/^messages\/measure-what-carers-notice\.mdx:\d+ {2}plainSummary: still holds what npm run new wrote/),
				expect.stringMatching(/^messages\/measure-what-carers-notice\.mdx:\d+ {2}body: still holds what npm run new wrote/),
			]);
		} finally {
			writeFileSync(path, draft);
		}
	});

	it('asks for the authors of a commentary piece rather than guess them', () => {
		const { status, output } = scaffold('commentary', 'Another reply');
		expect(status).toBe(1);
		expect(output).toContain('needs its authors');
	});
});
