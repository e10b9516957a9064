import { COLLECTIONS } from '../content/collections';
import { folderOf } from '../content/collection-files';

/** Where the search vocabulary lives: always content/search/, for the fixture and benchmark sites too, since it is about the field, not one event. */
export const SYNONYMS_FILE = `${folderOf('synonyms', 'content')}/${COLLECTIONS.synonyms.files.file}`;

/** A group of interchangeable terms, from SYNONYMS_FILE. */
export type SynonymGroup = readonly string[];
