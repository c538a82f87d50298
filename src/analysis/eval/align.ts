import type { AnalyzedArticle } from '../types';
import type { GoldArticle } from './gold';
import { nows } from './metrics';

/**
 * Pair gold articles with predicted ones by their text: the predicted body must hold the gold
 * body's last fifteen characters (or, failing that, its reference summary). Each predicted
 * article pairs once. Returns, per gold article, the index of its predicted article or -1.
 */
export function alignArticles(gold: readonly GoldArticle[], pred: readonly AnalyzedArticle[]): number[] {
  const texts = pred.map((a) => nows(a.text));
  const used = new Set<number>();
  const pick = (test: (t: string) => boolean) => texts.findIndex((t, i) => !used.has(i) && test(t));
  return gold.map((g) => {
    const tail = nows(g.body_span.last15_nows);
    let i = tail ? pick((t) => t.endsWith(tail)) : -1;
    if (i < 0 && tail) i = pick((t) => t.includes(tail));
    if (i < 0 && g.summary_ref) i = pick((t) => t.includes(nows(g.summary_ref)));
    if (i >= 0) used.add(i);
    return i;
  });
}

/** The whole headline of an article as printed, whitespace removed. */
export const headlineOf = (a: Pick<AnalyzedArticle, 'introTitle' | 'title' | 'subTitle'>) =>
  nows([a.introTitle, a.title, a.subTitle].filter(Boolean).join(''));
