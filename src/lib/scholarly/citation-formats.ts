import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheKey, cached } from '../build/cache';
import type { CslItem } from './csl';
import { MATERIAL_LABELS } from '../content/materials';

/**
 * Every citation the site prints or offers for download, made by Citation.js from one
 * CSL-JSON item. The styles are the official CSL styles that @citation-js/plugin-csl
 * ships: "apa" is APA 7th edition, "harvard1" is Cite Them Right 12th edition
 * (harvard-cite-them-right), "vancouver" is NLM/Vancouver (Citing Medicine).
 */
export const CITATION_STYLES = [
	{ id: 'apa', name: 'APA (7th edition)', template: 'apa', lang: 'en-US' },
	{ id: 'harvard', name: 'Harvard (Cite Them Right)', template: 'harvard1', lang: 'en-GB' },
	{ id: 'vancouver', name: 'Vancouver', template: 'vancouver', lang: 'en-US' },
] as const;

export type CitationStyle = (typeof CITATION_STYLES)[number];

const bibtex = plugins.config.get('@bibtex');
// ASCII-only output drops what LaTeX escapes cannot spell, such as 李明, so the files are UTF-8 (BibLaTeX/Biber read them).
bibtex.format!.asciiOnly = false;
// The entry's file name is its key: it stays the same when an editor corrects a title.
bibtex.format!.useIdAsLabel = true;

/** The styles ship in this package: a new version may print differently. */
const STYLES_PACKAGE = readFileSync(join(process.cwd(), 'node_modules/@citation-js/plugin-csl/package.json'));

/**
 * Cite Them Right is a British style, printed with British quotation marks and
 * punctuation outside them; Citation.js ships only the US English locale, so the official
 * CSL locale for British English is kept beside this file (see its README).
 */
const BRITISH_LOCALE = readFileSync(join(process.cwd(), 'src/lib/scholarly/csl-locales/locales-en-GB.xml'), 'utf8');
plugins.config.get('@csl').locales.add('en-GB', BRITISH_LOCALE);

/**
 * Everything besides the item and the style that shapes a formatted citation: the styles'
 * package, the British locale and the code below that tidies the output. Hashed once, not
 * for every citation: the locale alone is 32 KB.
 */
const FORMATTER = createHash('sha256').update(STYLES_PACKAGE).update(BRITISH_LOCALE).update(formatCitation.toString()).digest('hex');

/** The key the build cache keeps the item's citation in this style under (src/lib/build/cache.ts). */
export function citationKey(item: CslItem, style: CitationStyle): string {
	return cacheKey('citations', [FORMATTER, style.template, style.lang, JSON.stringify(item)]);
}

/**
 * The reference as the style prints it, as HTML (italics where the style asks), without a
 * list number. citeproc takes some milliseconds a reference, so each is kept for the next
 * build, and a cold build has most of them made ahead on the other core (make-ahead.ts).
 */
export function citationHtml(item: CslItem, style: CitationStyle): string {
	return cached(citationKey(item, style), () => Buffer.from(formatCitation(item, style))).toString('utf8');
}

export function formatCitation(item: CslItem, style: CitationStyle): string {
	const [[, html]] = new Cite(item).format('bibliography', { template: style.template, lang: style.lang, format: 'html', asEntryArray: true }) as [
		[string, string],
	];
	// Vancouver numbers its reference list; one reference on its own has no number.
	const entry = /<div class="csl-right-inline">([\s\S]*?)<\/div>/.exec(html) ?? /<div [^>]*class="csl-entry">([\s\S]*?)<\/div>/.exec(html);
	// Cite Them Right's style calls any article without volume and pages a preprint. No paper
	// here is one: the record has not shown those parts yet, and the citation must not say more.
	return entry![1]!.replace(' [Preprint]', '').trim();
}

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * BibTeX. Citation.js writes a month as {9}, or with its day as {jun 15}, which reference
 * managers read as text; BibTeX's own form is the month's macro (month = sep), and BibTeX
 * has no day, so the day is left to the RIS and CSL-JSON files.
 */
export function toBibtex(items: CslItem[]): string {
	return (new Cite(items).format('bibtex') as string).replace(
		/^(\s*)month = \{(?:(\d{1,2})|([a-z]{3}) \d{1,2})\},$/gm,
		(_, indent: string, number?: string, name?: string) => {
			return `${indent}month = ${name ?? MONTH_MACROS[Number(number) - 1]},`;
		},
	);
}

/** A tag's lines; a page range, which Citation.js writes whole as SP, is RIS's SP (start page) and EP (end page). */
function risTags(tag: string, values: string | string[]): [string, string][] {
	const pairs = [values].flat().map((value): [string, string] => [tag, value]);
	if (tag !== 'SP') return pairs;
	return pairs.flatMap(([, value]) => {
		const [start, end] = value.split(/[-–]/);
		return end
			? [
					['SP', start!],
					['EP', end],
				]
			: [['SP', value]];
	});
}

/**
 * Citation.js writes a speech as RIS's SOUND, a sound recording; a talk's slides or poster
 * are RIS's SLIDE, which reference managers read as a presentation, and its recording is
 * a VIDEO. A paper given at a symposium keeps Citation.js's type.
 */
function talkMaterialRisType(item: CslItem): string | undefined {
	if (item.type !== 'speech' || !item.genre) return undefined;
	return item.genre === MATERIAL_LABELS.video ? 'VIDEO' : 'SLIDE';
}

/**
 * RIS, one tag a line. Citation.js's own writer breaks values every 70 characters, even
 * mid-word, and RIS readers (its own among them) join the pieces with a space; so the
 * tags come from its mapping and the lines are written whole here.
 */
export function toRis(items: CslItem[]): string {
	const entries = new Cite(items).format('ris', { format: 'object' }) as Record<string, string | string[]>[];
	return entries
		.map(({ TY, ...tags }, index) => {
			const lines = Object.entries(tags).flatMap(([tag, values]) => risTags(tag, values).map(([name, value]) => `${name}  - ${value}`));
			return [`TY  - ${talkMaterialRisType(items[index]!) ?? TY}`, ...lines, 'ER  - ', ''].join('\r\n');
		})
		.join('\r\n');
}

export function toCslJson(items: CslItem[]): string {
	return `${JSON.stringify(items, null, '\t')}\n`;
}

/** Each downloadable reference file: how to write it, and its media type. */
export const CITATION_FILES = {
	bib: { write: toBibtex, type: 'application/x-bibtex; charset=utf-8' },
	ris: { write: toRis, type: 'application/x-research-info-systems; charset=utf-8' },
	json: { write: toCslJson, type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;

/**
 * Everything besides the items that shapes a reference file: Citation.js and its BibTeX
 * and RIS plugins (a new version may write differently), their settings above and the
 * writers' code.
 */
const FILE_WRITERS = createHash('sha256')
	.update(
		['core', 'plugin-bibtex', 'plugin-ris'].map((name) => readFileSync(join(process.cwd(), `node_modules/@citation-js/${name}/package.json`), 'utf8')).join(),
	)
	.update(JSON.stringify(bibtex.format))
	.update([toBibtex, toRis, toCslJson].map(String).join())
	.digest('hex');

/**
 * A reference file's response, for the static routes that write them; a BibTeX list says
 * what it holds in a comment. Citation.js takes about a millisecond a file, three files an
 * entry, so each is kept for the next build (src/lib/build/cache.ts).
 */
export function citationFileResponse(items: CslItem[], format: keyof typeof CITATION_FILES, about?: string): Response {
	const { write, type } = CITATION_FILES[format];
	const preamble = format === 'bib' && about ? `@comment{${about}}\n\n` : '';
	const key = cacheKey('citation-files', [format, FILE_WRITERS, JSON.stringify(items)]);
	return new Response(preamble + cached(key, () => Buffer.from(write(items))).toString('utf8'), { headers: { 'Content-Type': type } });
}
