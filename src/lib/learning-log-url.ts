/**
 * The learning log's address, and the link from an entry page that opens its form
 * prefilled. Built here once; the page's script reads the same parameter names.
 */
export const LEARNING_LOG_PATH = '/learning-log/';

export const PREFILL_PARAMS = { title: 'title', url: 'url' } as const;

/** "/learning-log/?title=…&url=/papers/x/": the entry's own path, so the log links to wherever the site is served. */
export function addToLearningLogHref(title: string, url: string): string {
	return `${LEARNING_LOG_PATH}?${new URLSearchParams({ [PREFILL_PARAMS.title]: title, [PREFILL_PARAMS.url]: url })}`;
}
