/** The saved-articles library: model, store, search, people and figures, export and import. */
export type { ArticleSource, SavedArticle, SaveInput, LibraryEntry, ListOrder, Result, Failure, FailureReason } from './types';
export { libraryKey, normalizeContentId } from './key';
export { savedFromAnalysis, type SaveSource } from './from-analysis';
export { savedFromPaste, pasteKey, isPasteUrl, cleanSourceLabel, PASTE_PREFIX } from './from-paste';
export { createLibraryStore, type LibraryStore, type LibraryStoreOptions, type SaveManyResult, type SearchResult } from './store';
export { libraryStore, browserLocalArea } from './browser-store';
export { memoryArea, storageBytes, type StorageArea } from './area';
export { isQuotaError, MESSAGES } from './errors';
export { SCHEMA_VERSION } from './schema';
export { migrateLibrary, MIGRATIONS, type Migration } from './migrations';
export { LibrarySearch, type SearchFilters, type SearchHit } from './search';
export { bigramTokens } from './tokenize';
export { buildPeopleIndex, type PersonIndexEntry, type TitleSpan, type PersonArticle } from './people';
export { buildCareers, type Career, type CareerStop, type GoneTitle, type CareerArticle } from './career';
export { buildFiguresView, type FigureRow, type FigureFilter } from './figures';
export { toFacts, type ArticleFacts } from './facts';
export {
  buildSeries,
  subjectKey,
  seriesIdOf,
  pointId,
  compatible,
  withMerge,
  withSplit,
  withRemoved,
  cleanChoices,
  NO_CHOICES,
  type Series,
  type SeriesPoint,
  type SeriesChoices,
} from './series';
export * from './export';
export { importLibraryJson } from './import-file';
