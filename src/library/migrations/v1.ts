import type { AnalyzedArticle } from '@/src/analysis/types';

/**
 * Schema v1, the first shape: every article in one item, `library`, keyed by URL as the page
 * gave it (alias host and ?div=-1 included), savedAt in epoch ms, page as two fields, no tags
 * or note. One item for everything meant two tabs saving at once could overwrite each other,
 * which is why v2 splits it.
 */
export const V1_KEY = 'library';

export interface V1Article {
  url: string;
  paper: string;
  issueDate: string;
  pageNumber: string | null;
  pageName: string | null;
  title: string;
  introTitle: string | null;
  subTitle: string | null;
  article: AnalyzedArticle;
  savedAt: number;
}

export interface V1Library {
  version: 1;
  articles: Record<string, V1Article>;
}
