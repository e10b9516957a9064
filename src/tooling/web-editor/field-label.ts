/**
 * A field's label in the web editor's form, from its name in the file: its words apart, in
 * sentence case (publishAt, "Publish at"), so the form reads as words while each label still
 * spells its field's name. A name the field's note writes in capitals is an abbreviation, and
 * keeps them (doi, "DOI"): the schemas' own spelling, not a list kept here.
 */
export function fieldLabel(name: string, note = ''): string {
	if (note.split(/[^A-Za-z0-9]+/).includes(name.toUpperCase())) return name.toUpperCase();
	const words = name.replace(/(?<=[a-z0-9])(?=[A-Z])/g, ' ').toLowerCase();
	return words.charAt(0).toUpperCase() + words.slice(1);
}
