import type { CollectionEntry } from 'astro:content';

type Paper = CollectionEntry<'papers'>;

export function doiUrl(doi: string): string {
	return `https://doi.org/${doi}`;
}

export function pubmedUrl(pmid: string): string {
	return `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;
}

/** "14(5), 375–383": the journal's own style of volume, issue and pages, as far as known. */
export function volumeIssuePages(journal: NonNullable<Paper['data']['journal']>): string | undefined {
	const { volume, issue, pages } = journal;
	const volumeIssue = volume ? `${volume}${issue ? `(${issue})` : ''}` : issue ? `issue ${issue}` : '';
	const pageRange = pages?.replace('-', '–');
	return [volumeIssue, pageRange].filter(Boolean).join(', ') || undefined;
}

export function orcidUrl(orcid: string): string {
	return `https://orcid.org/${orcid}`;
}
