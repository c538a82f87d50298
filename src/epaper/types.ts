/** The page model of an e-paper page (layout or article), as the parsers report it. */

export type PageKind = 'layout' | 'article' | 'issue-root' | 'other';

export interface IssueRef {
  /** hnrb, sxdsb, fzzb, dzwsb … */
  paper: string;
  /** YYYY-MM-DD */
  date: string;
}

export interface PageRef {
  /** "02", "A03" … as printed, null when unknown. */
  number: string | null;
  /** 要闻 … */
  name: string | null;
  url: string | null;
  pdfUrl: string | null;
}

export interface ArticleLink {
  /** "content_1721201" (classifyUrl's contentId is the bare number). */
  id: string;
  url: string;
  title: string | null;
  /** Hot-zone on the page picture, in the picture's own pixels, when the PagePicMap has one. */
  area: { shape: string; coords: number[] } | null;
}

export interface Photo {
  src: string;
  caption: string | null;
  credit: string | null;
}

export interface ParsedArticle {
  /** "content_1721201", or null when neither the URL nor an enpproperty comment gives one. */
  id: string | null;
  url: string;
  introTitle: string | null;
  title: string;
  subTitle: string | null;
  /** A byline printed on its own line outside the body (commentary). */
  byline: string | null;
  /** The body paragraphs in order, whitespace-trimmed, indents removed. */
  paragraphs: string[];
  photos: Photo[];
  /** （上接1版③） → "1版③" */
  continuedFrom: string | null;
  /** （下转X版） → "X版" */
  continuedTo: string | null;
  prevArticleUrl: string | null;
  nextArticleUrl: string | null;
  /** The 电头 opening the first paragraph: 湖南日报12月11日讯（全媒体记者 彭可心 通讯员 苏立）. It stays in the text too. */
  dateline?: string | null;
}

export interface ParsedLayout {
  articles: ArticleLink[];
  /** The page picture with its size when known. */
  picture: { src: string; width: number | null; height: number | null } | null;
}

export interface ParsedPage {
  kind: PageKind;
  url: string;
  issue: IssueRef | null;
  /** 2024年12月12日 星期四 */
  dateLine: string | null;
  page: PageRef | null;
  prevPageUrl: string | null;
  nextPageUrl: string | null;
  pages: PageRef[];
  layout: ParsedLayout | null;
  article: ParsedArticle | null;
  /** Why the page could not be read as an article or layout, in a form the panel can show. */
  problem: string | null;
  /** The library key of this page (see canonicalUrl in url.ts). */
  canonicalUrl?: string;
  /** 上一期 / 下一期 links when the page prints them (period.xml gives them otherwise). */
  prevIssueUrl?: string | null;
  nextIssueUrl?: string | null;
  /** Article pages: the 标题导航 list of the page the article is on (links only, no areas). */
  pageArticles?: ArticleLink[];
  /** Issue roots: the first page they lead to (meta refresh or the first page link). */
  frontPageUrl?: string | null;
}
