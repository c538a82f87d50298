import type { AnalyzedArticle } from '@/src/analysis/types';
import type { SegmenterInfo } from '@/src/analysis/segmenter/types';
import type { ArticleLink, IssueRef, PageKind, PageRef } from '@/src/epaper/types';
import type { IssueLink } from '@/src/epaper/issue-nav';

/** One article as the panel shows it: its place on the page and, once analysed, its facts. */
export interface ArticleView {
  id: string;
  url: string;
  title: string;
  introTitle: string | null;
  subTitle: string | null;
  area: ArticleLink['area'];
  status: 'pending' | 'ready' | 'error';
  error?: string;
  analysis: AnalyzedArticle | null;
  tokenCount: number;
}

/** What the content script knows about its page, sent to the side panel. */
export type PageState =
  | { status: 'loading'; url: string }
  | { status: 'error'; url: string; message: string }
  | {
      status: 'ready';
      url: string;
      kind: PageKind;
      issue: IssueRef | null;
      dateLine: string | null;
      page: PageRef | null;
      /** Why the page could not be read, in words for the reader; null when all is well. */
      problem: string | null;
      segmenter: SegmenterInfo | null;
      articles: ArticleView[];
      highlights: { enabled: boolean; placed: number; missing: number };
      /** Neighbouring issues from the month's period.xml, when it could be read. */
      issues?: { prev: IssueLink | null; next: IssueLink | null };
      timings: { readyMs: number; analysedMs: number | null; highlightedMs: number | null };
    };
