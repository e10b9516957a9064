import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collections } from '../../src/content.config';
import { editorsGuide } from '../../src/tooling/editors-guide';
import { documentedSchema, fieldDocs, type FieldDoc } from '../../src/tooling/schema-docs';
import { PROSE_COMPONENTS } from '../../src/schemas/prose-components';
import { COLLECTIONS } from '../../src/lib/content/collections';
import { OLD_ADDRESSES } from '../../src/lib/urls';
import { root } from '../sites';

const guide = editorsGuide(collections);
const flatten = (fields: readonly FieldDoc[]): FieldDoc[] => fields.flatMap((field) => [field, ...flatten(field.fields)]);

describe('the editors’ guide', () => {
	it('EDITING.md is what npm run guide writes from today’s schemas', () => {
		// On failure: run npm run guide, and commit EDITING.md with the schema change.
		expect(readFileSync(join(root, 'EDITING.md'), 'utf8')).toBe(guide);
	});

	it('has a row for every field of every collection, saying whether it is required', () => {
		for (const [name, collection] of Object.entries(collections)) {
			for (const field of flatten(fieldDocs(documentedSchema(collection.schema)))) {
				expect(guide, `${name}: ${field.path}`).toMatch(
					new RegExp(`^\\| \`${RegExp.escape(field.path)}\` \\| ${field.required ? 'required' : 'optional'}`, 'm'),
				);
			}
		}
	});

	it('documents every component with its example and every attribute', () => {
		for (const [name, component] of Object.entries(PROSE_COMPONENTS)) {
			expect(guide).toContain(`### ${name}\n`);
			expect(guide).toContain(`\`\`\`mdx\n${component.example}\n\`\`\``);
			for (const field of fieldDocs(component.props)) expect(guide, `${name} ${field.key}`).toContain(`| \`${field.key}\` |`);
		}
	});

	it('tells editors where a series keeps its symposia, editions and settings, and links to no retired address', () => {
		for (const name of ['symposia', 'editions'] as const) {
			expect(guide).toContain(`\`content/${COLLECTIONS[name].files.folder}/\``);
			expect(guide).toContain(`### ${COLLECTIONS[name].guideTitle}\n`);
		}
		expect(guide).toContain(`\`content/${COLLECTIONS.site.files.file}\``);
		expect(guide).not.toContain('symposium.yaml');
		// The old addresses still lead somewhere (oldAddresses in site.yaml), but no example links to them.
		for (const address of Object.values(OLD_ADDRESSES)) expect(guide).not.toContain(`](${address}`);
	});

	it('walks an editor from a branch to a deploy', () => {
		const steps = [...guide.matchAll(/^\d+\. \*\*(.+?)\*\*/gm)].map(([, step]) => step);
		expect(steps).toEqual(['Make a branch', 'Add or change a file', 'Check it', 'Preview it', 'Open a pull request', 'Merge', 'Deploy']);
	});
});
