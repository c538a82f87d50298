import type { AnalyzedArticle, Figure, Official, Span } from '@/src/analysis/types';

/** Fact ids the side panel uses to ask for a scroll: `figure:3`, `official:0:1`. */
export const figureId = (index: number): string => `figure:${index}`;
export const officialId = (index: number, mention: number): string => `official:${index}:${mention}`;

export type Fact =
  | { id: string; kind: 'figure'; span: Span; figure: Figure }
  | { id: string; kind: 'official'; span: Span; official: Official };

/** Every highlightable span of an article: its figures, then each mention of each official. */
export function factsOf(article: AnalyzedArticle): Fact[] {
  const out: Fact[] = [];
  article.figures.forEach((figure, i) => out.push({ id: figureId(i), kind: 'figure', span: figure, figure }));
  article.officials.forEach((official, i) =>
    official.mentions.forEach((span, m) => out.push({ id: officialId(i, m), kind: 'official', span, official })),
  );
  return out;
}
