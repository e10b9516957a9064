import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { collections } from '../../src/content.config';
import { extensionsOf } from '../../src/lib/content/collection-files';
import { COLLECTIONS, type CollectionName } from '../../src/lib/content/collections';
import { documentedSchema, type AnySchema } from '../../src/tooling/schema-docs';
import { mergeSaved } from '../../src/tooling/web-editor/merge';
import { root, SITES } from '../sites';

/**
 * What the web editor writes when Decap CMS sends a whole file made afresh from the form:
 * the file as an editor would have written it by hand, with only what they changed changed.
 */
const FOLDERS = [SITES.real.contentDir, SITES.fixtures.contentDir].map((dir) => join(root, dir));
const EDITED: CollectionName[] = ['papers', 'messages', 'commentary', 'corrections', 'people', 'sessions', 'symposia', 'editions'];
const schemaOf = (name: CollectionName) => documentedSchema(collections[name].schema) as AnySchema;
const FRONT_MATTER = /^---\n([\s\S]*?)---\n([\s\S]*)$/;

/** Every entry file of the real and the fixture content, with its collection. */
const files = FOLDERS.flatMap((dir) =>
	EDITED.flatMap((name) => {
		const folder = join(dir, COLLECTIONS[name].files.folder);
		if (!existsSync(folder)) return [];
		return readdirSync(folder)
			.filter((file) => extensionsOf(name)!.some((extension) => file.endsWith(extension)))
			.map((file) => ({ name, path: join(folder, file), format: /\.mdx?$/.test(file) ? ('frontmatter' as const) : ('yaml' as const) }));
	}),
);

/** The file as Decap CMS sends it back from a form nobody changed: its fields refolded, defaults filled in, the text's line breaks trimmed. */
function fromForm(name: CollectionName, text: string, format: 'frontmatter' | 'yaml', change: (data: Record<string, unknown>) => void = () => {}): string {
	const [yaml, body] = format === 'yaml' ? [text, ''] : FRONT_MATTER.exec(text)!.slice(1);
	const data = { ...(COLLECTIONS[name].publishable ? { draft: false } : {}), ...(parse(yaml!) as Record<string, unknown>) };
	change(data);
	const fields = stringify(data, { lineWidth: 60 });
	return format === 'yaml' ? fields : `---\n${fields}---\n${body!.trim()}`;
}

/** The lines that differ between two texts, as a line diff would show them. */
function changedLines(before: string, after: string): string[] {
	const a = before.split('\n');
	const b = after.split('\n');
	let start = 0;
	while (start < a.length && a[start] === b[start]) start += 1;
	let end = 0;
	while (end < a.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end += 1;
	return [...a.slice(start, a.length - end).map((line) => `-${line}`), ...b.slice(start, b.length - end).map((line) => `+${line}`)];
}

describe('saving from the web editor', () => {
	it('leaves every entry file byte for byte as it was when nothing was changed', () => {
		expect(files.length).toBeGreaterThan(40);
		for (const { name, path, format } of files) {
			const text = readFileSync(path, 'utf8');
			expect(mergeSaved(text, fromForm(name, text, format), format, schemaOf(name)), path).toBe(text);
		}
	});

	it('changes only the lines of the field that changed, keeping comments, order and folded paragraphs', () => {
		const path = join(root, SITES.fixtures.contentDir, 'papers/shared-care-records.mdx');
		const text = readFileSync(path, 'utf8');
		expect(text).toMatch(/^---\n# /);
		const saved = mergeSaved(
			text,
			fromForm('papers', text, 'frontmatter', (data) => (data['themes'] as string[]).push('care at home')),
			'frontmatter',
			schemaOf('papers'),
		);
		const [lastTheme] = (parse(FRONT_MATTER.exec(text)![1]!) as { themes: string[] }).themes.slice(-1);
		expect(changedLines(text, saved)).toEqual([`+  - care at home`]);
		expect(saved).toContain(`  - ${lastTheme}\n  - care at home\n`);
	});

	it('puts a new field where the schema orders it, leaves out what is empty or at its default, and keeps a year a number', () => {
		const path = join(root, SITES.fixtures.contentDir, 'people/callum-reid.yaml');
		const text = readFileSync(path, 'utf8');
		const saved = mergeSaved(
			text,
			fromForm('people', text, 'yaml', (data) => {
				data['familyName'] = 'Reid';
				data['orcid'] = '';
				(data['roles'] as { when: unknown }[]).push({ title: 'Team leader', when: '2032' } as never);
			}),
			'yaml',
			schemaOf('people'),
		);
		const keys = Object.keys(parse(saved) as object);
		expect(keys.indexOf('familyName')).toBe(keys.indexOf('name') + 1);
		expect(saved).not.toMatch(/orcid|draft/);
		expect(saved).toContain('  - title: Team leader\n    when: 2032\n');
	});

	it('writes a new entry with only the fields the editor filled in, in the schema’s order', () => {
		const saved = mergeSaved(
			undefined,
			`---\n${stringify({ status: 'accepted', draft: true, title: 'A new paper', themes: [], journal: { title: '' }, inEdition: 'not-confirmed' })}---\nIts text.`,
			'frontmatter',
			schemaOf('papers'),
		);
		expect(saved).toBe('---\ntitle: A new paper\nstatus: accepted\ndraft: true\n---\nIts text.\n');
	});
});
