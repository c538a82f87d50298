/**
 * The storage layout, version 3: one item per article plus one small entry per article, each
 * with its source (v3: null for articles read on the e-paper page, else where pasted text came from).
 */
export const SCHEMA_VERSION = 3;

/** { schemaVersion } — written last by a migration, so a half-done one runs again. */
export const META_KEY = 'lib.meta';
/** lib.a:<key> → SavedArticle */
export const ARTICLE_PREFIX = 'lib.a:';
/** lib.i:<key> → LibraryEntry (what the list reads without loading every text). */
export const ENTRY_PREFIX = 'lib.i:';

/** lib.series → SeriesChoices: the reader's merges, splits and removed points of 走势 (no migration: absent is none). */
export const SERIES_CHOICES_KEY = 'lib.series';

export const articleKey = (key: string): string => ARTICLE_PREFIX + key;
export const entryKey = (key: string): string => ENTRY_PREFIX + key;

export interface LibraryMeta {
  schemaVersion: number;
}
