/**
 * The YAML of a new entry: every field of its collection in the schema's order, each
 * under a comment saying what it is (the schema's own notes), the fields given filled in
 * and the others written out as examples but commented, ready to use.
 */
import yaml from 'js-yaml';
import type { FieldDoc } from '../../src/tooling/schema-docs.ts';

/** A field and its value as YAML lines: "status: accepted", or a key with a list or group under it. */
function yamlLines(key: string, value: unknown): string[] {
	return yaml
		.dump({ [key]: value }, { lineWidth: -1 })
		.trimEnd()
		.split('\n');
}

/** "status (required; one of presented, accepted, published): presented (at the symposium only), ..." */
function about(field: FieldDoc): string {
	const facts = [field.required ? 'required' : 'optional', field.type];
	if (field.default !== undefined) facts.push(`default ${yaml.dump(field.default).trim()}`);
	return `${field.key} (${facts.join('; ')})${field.description ? `: ${field.description}` : ''}`;
}

/** A field's example; for a group, one made of its fields' examples (one item, for a list of groups). */
function exampleOf(field: FieldDoc): unknown {
	if (field.fields.length === 0) return field.example;
	const group = Object.fromEntries(field.fields.map((child) => [child.key, exampleOf(child)]).filter(([, value]) => value !== undefined));
	return field.list ? [group] : group;
}

/** The comment above a field: what it is, and for a group what each of its fields is. */
function comment(field: FieldDoc, depth = 0): string[] {
	return [`#${'  '.repeat(depth)} ${about(field)}`, ...field.fields.flatMap((child) => comment(child, depth + 1))];
}

/** The YAML of an entry: `values` holds the fields to fill in; every other field is shown commented out. */
export function entryYaml(fields: readonly FieldDoc[], values: Readonly<Record<string, unknown>>): string {
	return (
		fields
			.flatMap((field) => {
				const given = values[field.key];
				const lines = given === undefined ? yamlLines(field.key, exampleOf(field) ?? '').map((line) => `# ${line}`) : yamlLines(field.key, given);
				return [...comment(field), ...lines];
			})
			.join('\n')
			// A blank line before each field's note, so each field reads as a paragraph.
			.replace(/\n(?=# \w+ \((?:required|optional);)/g, '\n\n')
	);
}
