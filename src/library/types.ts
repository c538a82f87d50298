import type { AnalyzedArticle } from '@/src/analysis/types';

/**
 * Where a saved article's text came from when it was not read on the e-paper page (schema v3):
 * 'paste', pasted into the panel's 粘贴文本 box, with what the reader said of its source (a URL,
 * "PDF 第02版"), '' when they said nothing. The label is the reader's text, shown as text.
 */
export interface ArticleSource {
  kind: 'paste';
  label: string;
}

/** The longest source label kept. */
export const MAX_SOURCE_LABEL = 500;

/** One saved article as the library keeps it (schema v3, the current shape). */
export interface SavedArticle {
  /** content_NNNNNNN, or the canonical URL when the page has no content id. */
  key: string;
  contentId: string | null;
  /** canonicalUrl(url): alias host folded, https, no query or fragment. */
  url: string;
  /** hnrb, sxdsb … */
  paper: string;
  /** YYYY-MM-DD */
  issueDate: string;
  page: { number: string | null; name: string | null };
  title: string;
  introTitle: string | null;
  subTitle: string | null;
  /** The text and its facts, as the analyser produced them. */
  article: AnalyzedArticle;
  /** ISO 8601; the first save, kept when the article is saved again. */
  savedAt: string;
  /** ISO 8601; the last save or edit. */
  updatedAt: string;
  tags: string[];
  note: string;
  /** null: read on the e-paper page (`url` says where); else where the pasted text came from (v3). */
  source: ArticleSource | null;
}

/** What a caller hands to save(): the key and times are the library's business. */
export type SaveInput = Omit<SavedArticle, 'key' | 'savedAt' | 'updatedAt' | 'tags' | 'note' | 'source'> & {
  /** Absent or null: read on the e-paper page. */
  source?: ArticleSource | null;
  tags?: string[];
  note?: string;
  /** Only import and undo pass these, to keep an entry's history. */
  savedAt?: string;
  updatedAt?: string;
};

/** The small record the list, the filters and the people filter read (one per article). */
export interface LibraryEntry {
  key: string;
  url: string;
  paper: string;
  issueDate: string;
  page: { number: string | null; name: string | null };
  title: string;
  introTitle: string | null;
  savedAt: string;
  updatedAt: string;
  tags: string[];
  note: string;
  /** Names of the officials and people in the article. */
  people: string[];
  figureCount: number;
  /** As on the article (v3). */
  source: ArticleSource | null;
}

export type FailureReason = 'quota' | 'storage' | 'invalid' | 'not-found';

export interface Failure {
  ok: false;
  reason: FailureReason;
  /** A sentence the reader can be shown as is (Chinese). */
  message: string;
}

export type Result<T> = { ok: true; value: T } | Failure;

export type ListOrder = 'saved' | 'issue';
