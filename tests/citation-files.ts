import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { parse as parseBibtexLibrary } from '@retorquere/bibtex-parser';

/** The facts a reference file must carry back out: what a reader's reference manager would show. */
export interface CitedFacts {
	title: string;
	/** Family names, in order. */
	families: string[];
	year?: number | undefined;
	/** 1 to 12, when the record dates the work to the month. */
	month?: number | undefined;
	/** "375-383" or "12", with a plain hyphen whatever dash the file uses. */
	pages?: string | undefined;
	doi?: string | undefined;
	/** BibTeX's note, RIS's N1: where a paper's corrections are named. */
	note?: string | undefined;
}

interface CslLike {
	title: string;
	author?: { family?: string; literal?: string }[];
	issued?: { 'date-parts'?: number[][] };
	page?: string;
	DOI?: string;
	note?: string;
}

function fromCsl(items: CslLike[]): CitedFacts[] {
	return items.map((item) => ({
		title: item.title,
		families: (item.author ?? []).map((name) => name.family ?? name.literal ?? ''),
		year: item.issued?.['date-parts']?.[0]?.[0],
		month: item.issued?.['date-parts']?.[0]?.[1],
		pages: item.page?.replace(/[-–]+/, '-'),
		doi: item.DOI,
		note: item.note,
	}));
}

/** Reads BibTeX with @retorquere/bibtex-parser (the parser of Better BibTeX for Zotero), failing on any parse error. */
export function parseBibtex(text: string): CitedFacts[] {
	const library = parseBibtexLibrary(text);
	if (library.errors.length > 0) throw new Error(`BibTeX parse errors: ${JSON.stringify(library.errors)}`);
	return library.entries.map(({ fields }) => ({
		title: fields.title!,
		families: (fields.author ?? []).map((creator) => creator.lastName ?? creator.name ?? ''),
		year: fields.year ? Number(fields.year) : undefined,
		month: fields.month ? Number(fields.month) : undefined,
		pages: fields.pages?.replace(/[-–]+/, '-'),
		doi: fields.doi,
		note: fields.note,
	}));
}

/** Reads RIS with Citation.js's RIS reader. */
export function parseRis(text: string): CitedFacts[] {
	return fromCsl(new Cite(text, { forceType: '@ris/file' }).format('data', { format: 'object' }) as CslLike[]);
}

/** Reads CSL-JSON as JSON, then checks Citation.js accepts it as CSL. */
export function parseCslJson(text: string): CitedFacts[] {
	const items = JSON.parse(text) as CslLike[];
	return fromCsl(new Cite(items).format('data', { format: 'object' }) as CslLike[]);
}

export const CITATION_PARSERS = { bib: parseBibtex, ris: parseRis, json: parseCslJson } as const;
