/**
 * The addresses pages' scripts need (src/client/): kept apart from urls.ts, which holds
 * every address on the site, so that a script loads only these few bytes.
 */

/** The service worker that keeps the site for offline reading, and what it stores: written after the build (src/integrations/offline.ts). */
export const OFFLINE_FILES = { worker: '/sw.js', precache: '/offline/precache.json' } as const;

/** The names of the learning log's prefill parameters: links to the log (urls.ts) and the log's script read the same ones. */
export const PREFILL_PARAMS = { title: 'title', url: 'url' } as const;
