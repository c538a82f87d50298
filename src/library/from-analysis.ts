import type { AnalyzedArticle } from '@/src/analysis/types';
import type { IssueRef, PageRef } from '@/src/epaper/types';
import { classifyUrl } from '@/src/epaper/url';
import { normalizeContentId } from './key';
import type { SaveInput } from './types';

/** Where an analysed article was read: its page URL and, when the page model has them, issue and page. */
export interface SaveSource {
  url: string;
  issue?: IssueRef | null;
  page?: Pick<PageRef, 'number' | 'name'> | null;
}

/**
 * The save() input for an analysed article: ids from the URL when the page model has none,
 * titles from the analysis (which cleaned them).
 */
export function savedFromAnalysis(article: AnalyzedArticle, source: SaveSource): SaveInput {
  const info = classifyUrl(source.url);
  return {
    contentId: normalizeContentId(info.contentId) ?? normalizeContentId(article.id),
    url: source.url,
    paper: source.issue?.paper ?? info.paper ?? 'hnrb',
    issueDate: source.issue?.date ?? info.date ?? '',
    page: { number: source.page?.number ?? null, name: source.page?.name ?? null },
    title: article.title,
    introTitle: article.introTitle,
    subTitle: article.subTitle,
    article,
  };
}
