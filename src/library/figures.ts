import type { Figure, FigureKind } from '@/src/analysis/types';
import type { ArticleFacts } from './facts';

export interface FigureRow {
  key: string;
  issueDate: string;
  page: { number: string | null; name: string | null };
  articleTitle: string;
  figure: Figure;
}

export interface FigureFilter {
  /** Words the subject (or the printed figure) must contain, e.g. 进出口. */
  subject?: string;
  kind?: FigureKind;
}

/** Every saved figure, newest issue first, in text order within an article. */
export function buildFiguresView(articles: readonly ArticleFacts[], filter: FigureFilter = {}): FigureRow[] {
  const needle = filter.subject?.trim() ?? '';
  const rows: FigureRow[] = [];
  const sorted = [...articles].sort((a, b) => b.issueDate.localeCompare(a.issueDate) || a.key.localeCompare(b.key));
  for (const a of sorted) {
    for (const f of a.article.figures) {
      if (filter.kind && f.kind !== filter.kind) continue;
      if (needle && !f.subject.includes(needle) && !f.text.includes(needle)) continue;
      rows.push({ key: a.key, issueDate: a.issueDate, page: a.page, articleTitle: a.title, figure: f });
    }
  }
  return rows;
}
