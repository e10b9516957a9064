import type { CollectionEntry } from 'astro:content';

type Paper = CollectionEntry<'papers'>;
type EvidenceLink = CollectionEntry<'messages'>['data']['evidence'][number];

/** Papers linked to a key message, grouped by who made the link, with a heading that says so. */
export interface EvidenceGroup {
	label: string;
	papers: Paper[];
}

/** Who made a link, in words: the record ties no paper to a message unless a source does. */
export function linkedBy(link: EvidenceLink): string {
	return link.by === 'source' ? `linked by ${link.source}` : "chosen by our editors";
}

/**
 * Links made by sources first, one group per source, then the editors' further reading.
 * A linked paper not on the site yet (a draft, or under embargo) is left out until it is.
 */
export function groupEvidence(links: readonly EvidenceLink[], paper: (id: string) => Paper | undefined): EvidenceGroup[] {
	const groups = new Map<string, Paper[]>();
	for (const link of [...links].sort((a, b) => Number(a.by === 'editors') - Number(b.by === 'editors'))) {
		const shown = paper(link.paper.id);
		if (!shown) continue;
		const label = link.by === 'source' ? `Linked to this message by ${link.source}` : "Further reading chosen by our editors";
		groups.set(label, [...(groups.get(label) ?? []), shown]);
	}
	return [...groups].map(([label, papers]) => ({ label, papers }));
}
