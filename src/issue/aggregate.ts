/**
 * The facts of a whole issue (本期速览) from its articles' analyses: officials with every title
 * they carry in the issue and the articles they appear in, the headline figures grouped by kind,
 * the places and keywords most articles share. Pure: the panel and the tests call it alike.
 */
import type { AnalyzedArticle, Figure, FigureKind } from '@/src/analysis/types';

export interface IssueArticleFacts {
  id: string;
  url: string;
  title: string;
  /** "02" as printed. */
  pageNumber: string | null;
  analysis: AnalyzedArticle;
}

export interface ArticleRef {
  id: string;
  url: string;
  title: string;
  pageNumber: string | null;
}

export interface IssueOfficial {
  name: string;
  /** Every title the issue gives the name, in order of first appearance. */
  titles: string[];
  articles: ArticleRef[];
}

export interface IssueFigure {
  text: string;
  subject: string;
  kind: FigureKind;
  normalized: Figure['normalized'];
  article: ArticleRef;
}

export interface IssueOverview {
  articles: number;
  officials: IssueOfficial[];
  /** The kinds in a fixed order, empty kinds left out. */
  figures: Array<{ kind: FigureKind; items: IssueFigure[]; total: number }>;
  places: Array<{ name: string; articles: number }>;
  keywords: Array<{ word: string; articles: number }>;
}

export interface OverviewLimits {
  /** Figures shown per kind. */
  figuresPerKind?: number;
  places?: number;
  keywords?: number;
}

const KIND_ORDER: FigureKind[] = ['amount', 'growth', 'share', 'count', 'rank', 'date-range'];

const refOf = (a: IssueArticleFacts): ArticleRef => ({ id: a.id, url: a.url, title: a.title, pageNumber: a.pageNumber });

/**
 * How much a figure heads its article: printed in a headline first, then near the start of the
 * text (the lead carries the news), then larger before smaller within the same unit.
 */
function headlineScore(f: Figure, a: AnalyzedArticle): number {
  const heads = [a.introTitle, a.title, a.subTitle].filter(Boolean).join(' ');
  const inHeadline = heads.includes(f.text) ? 1 : 0;
  const position = a.text.length > 0 ? 1 - f.start / a.text.length : 0;
  return inHeadline * 2 + position;
}

/** Names counted by the number of articles they appear in, most first, ties in order of appearance. */
function countByArticle(lists: string[][], limit: number): Array<{ name: string; articles: number }> {
  const counts = new Map<string, number>();
  for (const list of lists) for (const name of new Set(list)) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts]
    .map(([name, articles]) => ({ name, articles }))
    .sort((x, y) => y.articles - x.articles)
    .slice(0, limit);
}

export function aggregateIssue(articles: readonly IssueArticleFacts[], limits: OverviewLimits = {}): IssueOverview {
  const perKind = limits.figuresPerKind ?? 5;

  const officials = new Map<string, IssueOfficial>();
  for (const a of articles) {
    for (const o of a.analysis.officials) {
      const entry = officials.get(o.name) ?? { name: o.name, titles: [], articles: [] };
      for (const title of o.titles) if (!entry.titles.includes(title)) entry.titles.push(title);
      if (!entry.articles.some((r) => r.id === a.id)) entry.articles.push(refOf(a));
      officials.set(o.name, entry);
    }
  }

  const byKind = new Map<FigureKind, Array<IssueFigure & { score: number }>>();
  for (const a of articles) {
    const seen = new Set<string>();
    for (const f of a.analysis.figures) {
      // A unit with no number (百万元 as a class of funds) is no headline figure.
      if (f.value === null && f.normalized === null && f.kind !== 'date-range') continue;
      // The same figure printed twice in one article counts once.
      const key = `${f.kind}|${f.text}|${f.subject}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const list = byKind.get(f.kind) ?? [];
      list.push({ text: f.text, subject: f.subject, kind: f.kind, normalized: f.normalized, article: refOf(a), score: headlineScore(f, a.analysis) });
      byKind.set(f.kind, list);
    }
  }
  const figures = KIND_ORDER.filter((k) => byKind.has(k)).map((kind) => {
    const list = byKind.get(kind)!;
    const items = [...list]
      .sort((x, y) => y.score - x.score || (y.normalized?.value ?? 0) - (x.normalized?.value ?? 0))
      .slice(0, perKind)
      .map(({ score: _score, ...f }) => f);
    return { kind, items, total: list.length };
  });

  return {
    articles: articles.length,
    // The officials of most articles first; ties keep the issue's order.
    officials: [...officials.values()].sort((x, y) => y.articles.length - x.articles.length),
    figures,
    places: countByArticle(articles.map((a) => a.analysis.places), limits.places ?? 12),
    keywords: countByArticle(articles.map((a) => a.analysis.keywords), limits.keywords ?? 15).map(({ name, articles: n }) => ({ word: name, articles: n })),
  };
}
