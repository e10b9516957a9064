/** What an entry's MDX renders through, for every page that shows an entry's body: `<Content components={proseComponents} />`. */
export const proseComponents = {};
