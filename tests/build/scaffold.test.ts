import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collections } from '../../src/content.config';
import { checkContent } from '../../src/tooling/content-check/check';
import { formatProblem } from '../../src/lib/content/problems';
import { documentedSchema, fieldDocs } from '../../src/tooling/schema-docs';
import { readCollection } from '../content';
import { root, SITES } from '../sites';

/**
 * `npm run new` as an editor runs it, into a copy of the fixture content: each kind of
 * entry it writes passes the check as written, explains every field of its collection,
 * and nothing is ever overwritten.
 */

const work = join(root, 'tests/.output/scaffold');
const contentDir = join(work, 'content');

beforeAll(() => {
	rmSync(work, { recursive: true, force: true });
	cpSync(SITES.fixtures.contentDir, contentDir, { recursive: true });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

function scaffold(...args: string[]) {
	const result = spawnSync(process.execPath, ['scripts/new.ts', ...args, '--content', contentDir], { cwd: root, encoding: 'utf8' });
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

async function problems(): Promise<string[]> {
	return (await checkContent({ root, contentDir, collections })).problems.map(formatProblem);
}

const KINDS = [
	{ args: ['person', 'Jane Doe'], file: 'people/jane-doe.yaml', collection: 'people' },
	{ args: ['paper', 'Telecare in two fixture districts', '--author', 'jane-doe'], file: 'papers/telecare-in-two-fixture-districts.mdx', collection: 'papers' },
	{ args: ['message', 'Measure what carers notice'], file: 'messages/measure-what-carers-notice.mdx', collection: 'messages' },
	{
		args: ['commentary', 'A reply to the fixture symposium', '--author', 'jane-doe', '--id', 'a-reply'],
		file: 'commentary/a-reply.mdx',
		collection: 'commentary',
	},
	{ args: ['session', 'Evening reception'], file: 'sessions/evening-reception.yaml', collection: 'sessions' },
] as const;

// Each test starts the script as a Node process of its own: seconds on a busy machine.
describe('npm run new', { timeout: 60_000 }, () => {
	for (const { args, file, collection } of KINDS) {
		it(`writes a ${args[0]} that passes the check, with every field of its collection explained`, async () => {
			const { status, output } = scaffold(...args);
			expect(status, output).toBe(0);
			expect(output).toContain(`Wrote tests/.output/scaffold/content/${file}`);
			expect(await problems()).toEqual([]);
			const text = readFileSync(join(contentDir, file), 'utf8');
			for (const field of fieldDocs(documentedSchema(collections[collection].schema))) {
				// Its note (and its own fields' notes, for a group), then the field, filled in or commented out.
				expect(text, field.key).toMatch(new RegExp(`^# ${field.key} \\((required|optional);.*\\n(# {3}.*\\n)*(# )?${field.key}:`, 'm'));
				if (field.description) expect(text).toContain(field.description);
			}
		});
	}

	it('numbers a new key message after the last one, drafts included', () => {
		const last = Math.max(...readCollection<{ order: number }>(SITES.fixtures.contentDir, 'messages').map(({ data }) => data.order));
		expect(readFileSync(join(contentDir, 'messages/measure-what-carers-notice.mdx'), 'utf8')).toMatch(new RegExp(`^order: ${last + 1}$`, 'm'));
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
