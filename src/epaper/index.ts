/**
 * Public face of the page model:
 *   parsePage(doc: Document, url: string): ParsedPage
 *   articleInputFromParsed(article: ParsedArticle): ArticleInput
 *   classifyUrl(url: string): { kind: PageKind; paper: string | null; date: string | null; contentId: string | null; nodeId: string | null }
 *   canonicalUrl(url), decodeHtml(bytes, contentType?), decodeText(bytes), parsePeriodXml(xml), createLayoutReader(options)
 */
export type * from './types';
export { parsePage, notAPageProblem } from './parse-page';
export { articleInputFromParsed } from './article-input';
export {
  classifyUrl,
  canonicalUrl,
  paperRootUrl,
  isEpaperUrl,
  isLayoutPage,
  isArticlePage,
  isIssueRoot,
  PAPER_NAMES,
  EPAPER_HOSTS,
  type UrlInfo,
} from './url';
export { decodeHtml, decodeText, bomOf, sniffMetaCharset } from './decode';
export { parsePeriodXml, adjacentIssues, periodXmlUrl, issueFrontPageUrl, type PeriodEntry } from './period';
export {
  createLayoutReader,
  MAX_CONCURRENT,
  CROSS_ORIGIN_ERROR,
  type LayoutReader,
  type LayoutReaderOptions,
  type ArticleReadResult,
} from './layout-reader';
export { readAdjacentIssues, type IssueLink, type IssueNavOptions } from './issue-nav';
