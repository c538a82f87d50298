import type { AnalyzedArticle } from '@/src/analysis/types';

/** One saved article as the library keeps it (schema v2, the current shape). */
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
}

/** What a caller hands to save(): the key and times are the library's business. */
export type SaveInput = Omit<SavedArticle, 'key' | 'savedAt' | 'updatedAt' | 'tags' | 'note'> & {
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
