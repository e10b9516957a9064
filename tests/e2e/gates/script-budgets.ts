const KB = 1024;

/**
 * Script files loaded with the page, with the modules they import, by page type: none on reading pages.
 * The search page has its own code (Pagefind loads after it), about 6 KB, which a reader's first search waits for. The learning log has its code and idb, the
 * small IndexedDB wrapper: about 10 KB, with room for the log to grow a little, but not for a framework. The offline
 * page has a few lines that register the service worker when the reader asks (the worker is not loaded with the page).
 */
export const JS_FILE_BUDGETS: Record<string, number> = { 'search index': 7 * KB, 'learning-log index': 16 * KB, 'offline index': 2 * KB };

/** A page that loads no script file until the reader does something: every page without a budget above. */
export const isReadingPage = (type: string) => !(type in JS_FILE_BUDGETS);
