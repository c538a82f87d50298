/**
 * The analysis JSON contract (docs/analysis-json.md, version 1).
 * Extend freely; never rename or drop a field without bumping ANALYSIS_VERSION.
 */
export const ANALYSIS_VERSION = 1;

export type FigureKind = 'amount' | 'growth' | 'share' | 'count' | 'rank' | 'date-range';

/** A UTF-16 span into an article's `text`. */
export interface Span {
  start: number;
  end: number;
}

export interface Figure extends Span {
  /** The span as it stands in `text`, e.g. "5121.9亿元". */
  text: string;
  value: number | null;
  unit: string;
  /** The value in a base unit (元, 人, …), null when there is none. */
  normalized: { value: number; unit: string } | null;
  kind: FigureKind;
  /** What the number measures, a few words from the text. */
  subject: string;
  /** 约 / 近 / 余 / 多 / 以上 / 左右 …, when printed. */
  qualifier: string | null;
  /** date-range only: the stated start and end, when known. */
  startDate?: string;
  endDate?: string;
}

export interface Official {
  name: string;
  titles: string[];
  mentions: Span[];
  /** An editor-style normalisation of the body the titles belong to, when obvious. */
  org?: string;
}

export interface Journalist {
  name: string;
  /** 全媒体记者 / 记者 / 通讯员 / 全媒体评论员 / 评论员 / 摄影 … as printed. */
  role: string;
}

export interface Person {
  name: string;
  role: string | null;
  mentions?: Span[];
}

export interface AnalyzedArticle {
  /** content_NNNNNNN when known, else a stable id within this input ("a1", "a2", …). */
  id: string;
  title: string;
  introTitle: string | null;
  subTitle: string | null;
  continuedFrom: string | null;
  dateline: string | null;
  journalists: Journalist[];
  /** The cleaned body: PDF artefacts removed, one paragraph per line. */
  text: string;
  figures: Figure[];
  officials: Official[];
  people: Person[];
  places: string[];
  orgs: string[];
  keywords: string[];
  summary: string[];
}

export type SourceKind = 'text' | 'article-page' | 'layout-page';

export interface IssueInfo {
  paper: string | null;
  date: string | null;
  page: { number: string | null; name: string | null };
}

export interface AnalysisDocument {
  version: number;
  source: { path: string; kind: SourceKind };
  issue: IssueInfo;
  articles: AnalyzedArticle[];
  timings: { segmentMs: number; extractMs: number };
}

/**
 * What the analyser takes for one article: the title lines as printed and the body.
 * `body` may be clean page text or raw PDF text; the cleaner handles both.
 */
export interface ArticleInput {
  id: string;
  title: string;
  introTitle?: string | null;
  subTitle?: string | null;
  /** A byline printed apart from the body (commentary: 湖南日报全媒体评论员 周泽中). */
  byline?: string | null;
  /** Photo credits and captions printed apart from the body. */
  captions?: string[];
  continuedFrom?: string | null;
  body: string;
  /**
   * true: `body` is raw PDF text (a piece of a page dump), false: clean page text; when absent
   * the cleaner tells them apart by itself.
   */
  rawText?: boolean;
}
