/**
 * Public face of the page model (owned by the page-model work):
 *   parsePage(doc: Document, url: string): ParsedPage
 *   articleInputFromParsed(article: ParsedArticle): ArticleInput
 *   classifyUrl(url: string): { kind: PageKind; paper: string | null; date: string | null; contentId: string | null; nodeId: string | null }
 */
export type * from './types';
