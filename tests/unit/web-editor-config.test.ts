import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { collections } from '../../src/content.config';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../../src/lib/content/collections';
import { doiSchema, orcidSchema } from '../../src/schemas/identifiers';
import { partialDateSchema } from '../../src/schemas/partial-date';
import { documentedSchema, fieldDocs, type FieldDoc } from '../../src/tooling/schema-docs';
import { LOCAL_API } from '../../src/tooling/web-editor/admin-page';
import { editorConfig, NOT_IN_EDITOR, type EditorField } from '../../src/tooling/web-editor/config';
import { extensionsInUse } from '../../src/tooling/web-editor/extensions-in-use';
import { publishedEditorFiles } from '../../src/tooling/web-editor/published';
import { root, SITES } from '../sites';

/**
 * The web editor's form against the schemas it is made from: a field the schemas gain and
 * the form lacks, or a rule the check has and the form does not, fails here.
 */
const local = { contentPath: 'content', backend: { name: 'proxy', proxy_url: LOCAL_API, branch: 'main' } } as const;
const config = editorConfig(collections, local);
const inForm = (name: CollectionName) => {
	const collection = config.collections.find((candidate) => candidate.name === name)!;
	return collection.fields ?? collection.files![0]!.fields;
};
/** The fields within a field: a group's, or each item's of a list of groups. */
const inner = (field: EditorField) => field.fields ?? [];
const byName = (fields: EditorField[], name: string) => fields.find((field) => field.name === name);
const formField = (name: CollectionName, path: string) =>
	path.split('.').reduce<EditorField | undefined>((field, key) => byName(field ? inner(field) : inForm(name), key), undefined)!;

const EDITED = COLLECTION_NAMES.filter((name) => !(name in NOT_IN_EDITOR));

/** Walks the schema's fields and the form's side by side, with whether the group around them may be left out. */
function compare(name: string, docs: FieldDoc[], fields: EditorField[], loose: boolean): void {
	expect(
		fields.map((field) => field.name).filter((field) => field !== 'body'),
		name,
	).toEqual(docs.map((doc) => doc.key));
	for (const doc of docs) {
		const field = byName(fields, doc.key)!;
		const where = `${name}: ${doc.path}`;
		// Within a group that may be left out, the check asks for the group's fields, not the form.
		expect(field.required, where).toBe(doc.required && !loose);
		expect(field.hint, where).toBe(doc.description);
		// A list's items are checked as they are added; only a group that may be left out loosens its fields.
		if (doc.fields.length > 0) compare(name, doc.fields, inner(field), loose || (!doc.required && !doc.list));
	}
}

describe('the web editor’s configuration', () => {
	it('has every collection but those Decap CMS cannot edit, which say why', () => {
		expect(config.collections.map((collection) => collection.name)).toEqual(EDITED);
		for (const reason of Object.values(NOT_IN_EDITOR)) expect(reason).toMatch(/cannot edit/);
	});

	it('has every field of every collection, in the schema’s order, required as the schema requires, with its note as the hint', () => {
		for (const name of EDITED) compare(name, fieldDocs(documentedSchema(collections[name].schema)), inForm(name), false);
	});

	it('gives Markdown and MDX entries their text, and YAML entries none', () => {
		for (const name of EDITED) {
			const { files } = COLLECTIONS[name];
			const prose = 'extensions' in files && files.extensions.some((extension) => extension.endsWith('.md') || extension.endsWith('.mdx'));
			expect(byName(inForm(name), 'body') !== undefined, name).toBe(prose);
		}
	});

	it('labels each field with the words of its name in sentence case, and an abbreviation its note writes in capitals in capitals', () => {
		expect(formField('papers', 'publishAt').label).toBe('Publish at');
		expect(formField('papers', 'presentedAtSymposium').label).toBe('Presented at symposium');
		expect(formField('papers', 'title').label).toBe('Title');
		expect(formField('papers', 'dates.published').label).toBe('Published');
		expect(formField('papers', 'doi').label).toBe('DOI');
		expect(formField('people', 'orcid').label).toBe('ORCID');
		// Every label spells its field's name, so the check's lines, which name fields, lead to it.
		const walk = (fields: EditorField[]) => {
			for (const field of fields) {
				expect(field.label.replaceAll(' ', '').toLowerCase(), field.name).toBe(field.name.toLowerCase());
				walk([...inner(field), ...(field.field ? [field.field] : [])]);
			}
		};
		for (const name of EDITED) walk(inForm(name));
	});

	it('offers each choice of a field with fixed values as a select of those values', () => {
		expect(formField('papers', 'status')).toMatchObject({ widget: 'select', options: ['presented', 'accepted', 'published'] });
		expect(formField('papers', 'inEdition')).toMatchObject({ widget: 'select', default: 'not-confirmed', required: false });
	});

	it('chooses entries of another collection by their titles or names, as relations', () => {
		for (const name of EDITED) {
			const walk = (docs: FieldDoc[], fields: EditorField[]) => {
				for (const doc of docs) {
					const field = byName(fields, doc.key)!;
					const collection = /a file name in (\w+)\//.exec(doc.type)?.[1];
					if (collection) expect(field, `${name}: ${doc.path}`).toMatchObject({ widget: 'relation', collection, value_field: '{{slug}}' });
					walk(doc.fields, inner(field));
				}
			};
			walk(fieldDocs(documentedSchema(collections[name].schema)), inForm(name));
		}
		expect(formField('papers', 'authors')).toMatchObject({ collection: 'people', multiple: true, min: 1, display_fields: ['name'] });
		// Every symposium's sessions are offered (Decap cannot narrow them by the paper's symposium), each naming its symposium.
		expect(formField('papers', 'session')).toMatchObject({ collection: 'sessions', required: false, display_fields: ['title', 'symposium'] });
	});

	it('offers people, not the word not-known, for a list of people that may be not-known; leaving one empty whose default is not-known means it', () => {
		// Decap gives a field one widget, and a relation offers only the entries of its collection (README, "Limits").
		expect(formField('papers', 'authors')).toMatchObject({ widget: 'relation', collection: 'people', required: true });
		expect(formField('papers', 'authors').options).toBeUndefined();
		expect(formField('editions', 'guestEditors')).toMatchObject({ widget: 'relation', collection: 'people', required: false, default: 'not-known' });
	});

	it('checks DOIs, ORCID iDs and dates with the patterns and messages of the schemas', () => {
		const agrees = (field: EditorField, schema: z.ZodType, values: string[]) => {
			const [pattern, message] = field.pattern!;
			for (const value of values) {
				const result = schema.safeParse(value);
				expect(new RegExp(pattern).test(value), value).toBe(result.success);
				// The check says what was found, then the same words of what to write.
				if (!result.success) expect(result.error.issues[0]!.message).toContain(message.replace(/^Write it as .*/, ''));
			}
		};
		agrees(formField('papers', 'doi'), doiSchema, ['10.5555/fixture.0101', 'doi:10.5555/fixture.0101', 'https://doi.org/10.5555/x']);
		agrees(formField('people', 'orcid'), orcidSchema, ['0000-0002-1825-0097', 'https://orcid.org/0000-0002-1825-0097', '0000-0002-1825']);
		// A date at the precision the record gives: year, month or day, and nothing looser.
		agrees(formField('papers', 'dates.published'), partialDateSchema, ['2031', '2031-09', '2031-09-15', 'September 2031', '2031-9']);
	});

	it('has draft and publishAt on every collection whose entries can wait to be published', () => {
		for (const name of EDITED) {
			const publishable = COLLECTIONS[name].publishable;
			expect(byName(inForm(name), 'draft')?.widget, name).toBe(publishable ? 'boolean' : undefined);
			expect(byName(inForm(name), 'publishAt')?.required, name).toBe(publishable ? false : undefined);
		}
	});

	it('lists entries written in a further extension (papers as .md) apart, while there are any, edited as the others but created as the first', () => {
		expect(config.collections.map((collection) => collection.name)).not.toContain('papers-md');
		expect(extensionsInUse(`${root}/${SITES.fixtures.contentDir}`)).toMatchObject({ papers: ['.mdx'], people: ['.yaml'] });

		const withMd = editorConfig(collections, { ...local, extensionsInUse: { papers: ['.mdx', '.md'] } });
		const papers = withMd.collections.find((collection) => collection.name === 'papers')!;
		const md = withMd.collections.find((collection) => collection.name === 'papers-md')!;
		expect(papers).toMatchObject({ extension: 'mdx', create: true });
		expect(md).toMatchObject({ folder: papers.folder, extension: 'md', format: 'frontmatter', create: false, preview_path: papers.preview_path });
		expect(md.fields!.map((field) => field.name)).toEqual(papers.fields!.map((field) => field.name));
		// Right after its .mdx list, so the two read as one kind of entry.
		const names = withMd.collections.map((collection) => collection.name);
		expect(names.indexOf('papers-md')).toBe(names.indexOf('papers') + 1);
	});

	it('puts a portrait, and a talk’s slides or poster, beside the entry’s file, where the schemas expect them', () => {
		expect(formField('people', 'photo')).toMatchObject({ widget: 'image', required: false });
		expect(formField('papers', 'materials.file')).toMatchObject({ widget: 'file', required: false });
		expect(formField('sessions', 'materials.file')).toMatchObject({ widget: 'file', required: false });
		const people = config.collections.find((collection) => collection.name === 'people')!;
		expect(people).toMatchObject({ folder: 'content/people', media_folder: '', public_folder: '' });
	});

	it('saves to GitHub through pull requests when published, and to the working copy locally', () => {
		expect(config.publish_mode).toBeUndefined();
		const published = editorConfig(collections, {
			contentPath: 'content',
			backend: {
				name: 'github',
				repo: 'fixture-editors/fixture-symposium',
				branch: 'main',
				base_url: 'https://sign-in.fixture.example',
				auth_endpoint: 'auth',
			},
		});
		expect(published.publish_mode).toBe('editorial_workflow');
	});

	it('is on the published site only when site.yaml asks, and then needs the repository to save to', () => {
		const where = { root, contentDir: `${root}/content`, siteUrl: 'https://symposium.fixture.example' };
		const editor = { signIn: 'https://sign-in.fixture.example', branch: 'main' };
		expect(publishedEditorFiles(collections, { repository: 'https://github.com/fixture-editors/fixture-symposium' }, where)).toEqual([]);
		expect(() => publishedEditorFiles(collections, { editor }, where)).toThrow(/site\.yaml asks for the web editor .* Add repository:/);
		const files = publishedEditorFiles(collections, { editor, repository: 'https://github.com/fixture-editors/fixture-symposium' }, where);
		expect(files.map((file) => file.file)).toEqual(expect.arrayContaining(['index.html', 'config.yml', 'decap-cms.js']));
		expect(files.find((file) => file.file === 'config.yml')!.body).toMatch(
			/repo: fixture-editors\/fixture-symposium\n\s+branch: main\n\s+base_url: https:\/\/sign-in\.fixture\.example/,
		);
	});
});
