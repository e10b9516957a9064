import { element } from '../dom';
import { excerptFragment } from './excerpt';
import type { PagefindResultData } from './pagefind-api';
import { FACET_LABELS, FACETS, facetValueLabel, offersFacet } from '../../lib/search/facets';
import type { SearchState } from '../../lib/search/url-state';

function link(href: string, text: string): HTMLAnchorElement {
	const anchor = element('a', 'result-link', text);
	anchor.href = href;
	return anchor;
}

/** A result: its kind (and, on a site of several symposia, the symposium it is from), title, authors and date, excerpt and sections. */
export function resultItem(data: PagefindResultData, { series }: { series: boolean }): HTMLLIElement {
	const { meta } = data;
	const details = [meta.authors, meta.shownDate].filter(Boolean).join(' · ');
	const symposia = series ? (data.filters.symposium ?? []) : [];
	const kind = [facetValueLabel('type', data.filters.type?.[0] ?? ''), ...symposia].join(' · ');
	const article = element('article', 'result', element('p', 'kicker', kind), element('h2', 'result-title', link(data.url, meta.title ?? data.url)));
	if (details) article.append(element('p', 'result-meta', details));
	article.append(element('p', 'excerpt', excerptFragment(data.excerpt)));
	const pageUrl = data.url.split('#')[0];
	// The entry's text is headed by the page's title for the index (EntryLayout): the result itself, not a section.
	const sections = data.sub_results.filter((sub) => sub.url.includes('#') && sub.url.split('#')[0] === pageUrl && sub.title !== meta.title).slice(0, 3);
	if (sections.length > 0) {
		article.append(
			element(
				'ul',
				'sub-results',
				...sections.map((sub) => element('li', '', link(sub.url, sub.title), ' ', element('span', 'excerpt', excerptFragment(sub.excerpt)))),
			),
		);
	}
	return element('li', '', article);
}

/** One fieldset per facet with a checkbox per value and its count; checked values stay even at 0. */
export function renderFacets(
	container: HTMLElement,
	all: Record<string, Record<string, number>>,
	counts: Record<string, Record<string, number>>,
	state: SearchState,
): void {
	const fieldsets = FACETS.flatMap((facet) => {
		const values = Object.keys(all[facet] ?? {}).sort((a, b) => facetValueLabel(facet, a).localeCompare(facetValueLabel(facet, b), 'en'));
		if (!offersFacet(facet, values.length) && state.filters[facet].length === 0) return [];
		const options = values.map((value, index) => {
			const count = counts[facet]?.[value] ?? 0;
			const id = `filter-${facet}-${index}`;
			const box = element('input', '');
			Object.assign(box, { type: 'checkbox', name: facet, value, id, checked: state.filters[facet].includes(value) });
			const label = element('label', '', facetValueLabel(facet, value), ' ', element('span', 'count', `(${count})`));
			label.htmlFor = id;
			return element('li', count === 0 && !box.checked ? 'empty' : '', box, label);
		});
		return [element('fieldset', '', element('legend', '', FACET_LABELS[facet]), element('ul', 'plain-list', ...options))];
	});
	container.replaceChildren(...fieldsets);
}
