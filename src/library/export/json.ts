import { ARTICLE_VERSION } from '../schema';
import type { SavedArticle } from '../types';

/** Marks a file as ours, so import can refuse anything else before touching the library. */
export const EXPORT_FORMAT = 'xiangbao-zhudu-library';

export interface LibraryExportFile {
  format: typeof EXPORT_FORMAT;
  /** The schema of `articles` (ARTICLE_VERSION at export time: storage's facts items are not exported). */
  schemaVersion: number;
  exportedAt: string;
  articles: SavedArticle[];
}

/** Full fidelity: every stored field of every article. */
export function buildExport(articles: readonly SavedArticle[], exportedAt = new Date().toISOString()): LibraryExportFile {
  const sorted = [...articles].sort((a, b) => a.savedAt.localeCompare(b.savedAt) || a.key.localeCompare(b.key));
  return { format: EXPORT_FORMAT, schemaVersion: ARTICLE_VERSION, exportedAt, articles: sorted };
}

export function exportJson(articles: readonly SavedArticle[], exportedAt?: string): string {
  return JSON.stringify(buildExport(articles, exportedAt), null, 1);
}
