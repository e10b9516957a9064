import { COLLECTIONS } from './collections';
import { headingsOf } from './entry-text';
import { titleOf, type SiteContent } from './site-content';
import { entryAtPath, entryHref, parseEntryTarget, targetHref, type EntryRef } from '../urls';

/**
 * What the links of an entry's text lead to on the built site, for every form the text
 * takes (its page, its JATS file). A link or cross-reference to an entry not published yet
 * (a draft, or under embargo) is left out until it is: a link keeps its words, a
 * cross-reference names only the kind of entry, never its title (npm run check warns of
 * each). A cross-reference shows its target's title as it is now, so a renamed paper is
 * never cited by its old title; the content check has made sure every target exists.
 */
export interface TextLinks {
	/** The entry an address of this site leads to, when that entry is not published yet. */
	heldBack(href: string): EntryRef | undefined;
	/** A `<CrossRef to="…">`'s words, and its address unless its target is held back. */
	crossRef(to: string): { href?: string | undefined; text: string };
}

export function textLinks(entry: EntryRef & { filePath?: string | undefined }, site: Pick<SiteContent, 'entryAt' | 'publicationOf'>): TextLinks {
	const here = new URL(entryHref(entry), 'https://site.invalid');

	const heldBack = (href: string): EntryRef | undefined => {
		const url = new URL(href, here);
		const target = url.origin === here.origin ? entryAtPath(url.pathname) : undefined;
		return target && !site.entryAt(target) && site.publicationOf(target).state !== 'published' ? target : undefined;
	};

	const crossRef = (to: string) => {
		const target = parseEntryTarget(to);
		const waiting = target && heldBack(entryHref(target));
		if (waiting) return { text: `a forthcoming ${COLLECTIONS[waiting.collection].noun.one}` };
		const other = target && site.entryAt(target);
		if (!target || !other || other.collection === 'people') {
			throw new Error(`<CrossRef to="${to}"> in ${entry.filePath}: no such entry on the site. Run npm run check for the file and line.`);
		}
		const withText = other.collection !== 'symposia' && other.collection !== 'editions';
		const heading = target.anchor && withText ? headingsOf(other).find((h) => h.slug === target.anchor) : undefined;
		return { href: targetHref(target), text: heading ? `“${heading.text}” in ${titleOf(other)}` : titleOf(other) };
	};

	return { heldBack, crossRef };
}
