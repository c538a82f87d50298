/**
 * The storage layout, version 4: per article, the article itself, its list entry and its facts
 * (v4: figures, officials and people without the text, for 走势, 数字 and 人物), all three written
 * in one set() call; each article and entry has its source (v3: null for articles read on the
 * e-paper page, else where pasted text came from).
 */
export const SCHEMA_VERSION = 4;
/** The shape of an article (export files): v4 changed storage, not the article. */
export const ARTICLE_VERSION = 3;

/** { schemaVersion } — written last by a migration, so a half-done one runs again. */
export const META_KEY = 'lib.meta';
/** lib.a:<key> → SavedArticle */
export const ARTICLE_PREFIX = 'lib.a:';
/** lib.i:<key> → LibraryEntry (what the list reads without loading every text). */
export const ENTRY_PREFIX = 'lib.i:';
/** lib.f:<key> → ArticleFacts as a string (facts-codec.ts): what 走势, 数字 and 人物 read without loading every text (v4). */
export const FACTS_PREFIX = 'lib.f:';

/** lib.series → SeriesChoices: the reader's merges, splits and removed points of 走势 (no migration: absent is none). */
export const SERIES_CHOICES_KEY = 'lib.series';

export const articleKey = (key: string): string => ARTICLE_PREFIX + key;
export const entryKey = (key: string): string => ENTRY_PREFIX + key;
export const factsKey = (key: string): string => FACTS_PREFIX + key;

export interface LibraryMeta {
  schemaVersion: number;
}
