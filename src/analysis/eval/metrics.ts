import { normalizeWidth } from '../clean/width';
/** Precision, recall and F1 from counts. */
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/**
 * Text as compared: without white space, and with the analyser's width normalisation, so that a
 * gold written on a copy with ASCII punctuation (增长8.3%,全县) matches the cleaned text (，).
 */
export const nows = (s: string | null | undefined): string => normalizeWidth(s ?? '').replace(/[\s\u3000]+/g, '');

/** Counts of a set comparison (strings compared whitespace-insensitively). */
export function setCounts(gold: readonly string[], pred: readonly string[]): { tp: number; fp: number; fn: number } {
  const g = new Set(gold.map(nows));
  const p = new Set(pred.map(nows));
  let tp = 0;
  for (const x of p) if (g.has(x)) tp++;
  return { tp, fp: p.size - tp, fn: g.size - tp };
}

/**
 * Order-preserving matching of two sequences by key (longest common subsequence): the pairs
 * [goldIndex, predIndex] of the matched items, in order.
 */
export function matchInOrder<T, U>(gold: readonly T[], pred: readonly U[], key: (x: T | U) => string): Array<[number, number]> {
  const n = gold.length;
  const m = pred.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i]![j] = key(gold[i]!) === key(pred[j]!) ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (key(gold[i]!) === key(pred[j]!)) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** Ideograph, letter and digit bigrams of a phrase (punctuation and spaces dropped). */
function charBigrams(s: string): string[] {
  const c = s.replace(/[^\p{L}\p{N}]/gu, '');
  if (c.length < 2) return c ? [c] : [];
  const out: string[] = [];
  for (let i = 0; i + 1 < c.length; i++) out.push(c.slice(i, i + 2));
  return out;
}

/**
 * Lenient subject match on words (the segmenter's cut, words of two or more characters, digits
 * dropped): the share of the smaller word set found in the other is at least 0.5. So
 * "出口" matches gold "前11个月出口" and "怀化增长" matches "怀化进出口增长", but "出口" does not
 * match "对俄罗斯进出口" (进出口 ≠ 出口). A pure-function fallback, used when no word cutter is
 * given, is subjectMatches below.
 */
export function subjectWordsMatch(gold: readonly string[], pred: readonly string[]): boolean {
  const keep = (ws: readonly string[]) => new Set(ws.filter((w) => /^[\p{L}]{2,}$/u.test(w)));
  const g = keep(gold);
  const p = keep(pred);
  if (g.size === 0 || p.size === 0) return false;
  let shared = 0;
  for (const w of p) if (g.has(w)) shared++;
  return shared / Math.min(g.size, p.size) >= 0.5;
}

/**
 * Fallback subject match without a word cutter: the Dice coefficient of the two phrases' character bigrams is at
 * least 0.5 ("进出口总值" vs gold "前11个月湖南省进出口总值": 0.67 → match; "增长" vs
 * "进口增长": 0.5 → match; "出口" vs "对俄罗斯进出口": 0.29 → no match).
 */
export function subjectMatches(gold: string, pred: string): boolean {
  const g = charBigrams(gold);
  const p = charBigrams(pred);
  if (g.length === 0 || p.length === 0) return false;
  const pool = [...p];
  let shared = 0;
  for (const b of g) {
    const k = pool.indexOf(b);
    if (k >= 0) {
      shared++;
      pool.splice(k, 1);
    }
  }
  return (2 * shared) / (g.length + p.length) >= 0.5;
}

/** Character n-grams of a Chinese text for ROUGE (punctuation and spaces dropped). */
function charNgrams(s: string, n: number): Map<string, number> {
  const c = [...s.replace(/[^\p{L}\p{N}]/gu, '')];
  const out = new Map<string, number>();
  for (let i = 0; i + n <= c.length; i++) {
    const g = c.slice(i, i + n).join('');
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

export interface Rouge {
  recall: number;
  precision: number;
  f1: number;
}

/** Character-level ROUGE-n of a candidate against one reference (clipped counts). */
export function rougeN(reference: string, candidate: string, n: number): Rouge {
  const r = charNgrams(reference, n);
  const c = charNgrams(candidate, n);
  let overlap = 0;
  for (const [g, k] of c) overlap += Math.min(k, r.get(g) ?? 0);
  const rt = [...r.values()].reduce((a, b) => a + b, 0);
  const ct = [...c.values()].reduce((a, b) => a + b, 0);
  const recall = rt ? overlap / rt : 0;
  const precision = ct ? overlap / ct : 0;
  return { recall, precision, f1: recall + precision ? (2 * recall * precision) / (recall + precision) : 0 };
}
