import type { AnalyzedArticle } from '@/src/analysis/types';
import type { SegmenterPath } from '@/src/analysis/segmenter/types';
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

/**
 * Where this page's text is analysed: 'engine', the shared engine (Chrome's offscreen document,
 * Firefox's background page); 'content', jieba in the page's content script, when the engine
 * cannot be reached; 'background', the CSP fallback segmenter, when the engine cannot be reached
 * and the page forbids WebAssembly.
 */
export type AnalysisPath = 'engine' | Exclude<SegmenterPath, 'node'>;

export interface AnalysisPathInfo {
  path: AnalysisPath;
  /** The segmenter's start-up (wasm, dictionary) in ms, where it was measured; null if unknown. */
  startupMs: number | null;
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
      /** Where the analysis runs; null until known (and on pages with nothing to analyse). */
      segmenter: AnalysisPathInfo | null;
      articles: ArticleView[];
      highlights: { enabled: boolean; placed: number; missing: number };
      /** Neighbouring issues from the month's period.xml, when it could be read. */
      issues?: { prev: IssueLink | null; next: IssueLink | null };
      timings: { readyMs: number; analysedMs: number | null; highlightedMs: number | null };
    };
