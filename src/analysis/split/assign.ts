import { bigrams, containment, type Bigrams } from './similarity';

export interface TitleCandidate {
  /** Index of the article this candidate stands for. */
  index: number;
  words: Bigrams;
  /** The article printed right next to the headline block (its own, by the page's convention). */
  adjacent: boolean;
  /** A commentary (no dateline): the only kind a separately printed byline can belong to. */
  commentary: boolean;
}

export interface HeadlineLine {
  text: string;
  /** A commentary byline (湖南日报全媒体评论员 X): it stays with the headline printed above it. */
  byline: boolean;
}

const MAX_GROUP = 4;

/**
 * Share out a block of headline lines among the articles that still lack a title: contiguous
 * groups, one article each, maximising how much of each line's wording the article's body
 * repeats (headlines restate their story). Returns, per line, the candidate index or -1.
 */
export function assignHeadlines(lines: readonly HeadlineLine[], cands: readonly TitleCandidate[]): number[] {
  const n = lines.length;
  // The nearest 16 untitled articles: keeps the search small (and the bitmask within 32 bits).
  const pool = cands.slice(-16);
  // How much of each line each candidate's body repeats, computed once (the search below asks often).
  const lineWords = lines.map((l) => bigrams(l.text));
  const shares = lineWords.map((w) => pool.map((c) => containment(w, c.words)));

  const groupScore = (from: number, to: number, c: TitleCandidate, ci: number): number => {
    let sum = 0;
    let counted = 0;
    let hasByline = false;
    for (let i = from; i < to; i++) {
      if (lines[i]!.byline) {
        hasByline = true;
        continue;
      }
      sum += shares[i]![ci]!;
      counted++;
    }
    if (counted === 0) return -Infinity; // a byline alone is not a headline
    const mean = sum / counted;
    if (mean < 0.15 && !c.adjacent) return -Infinity;
    let score = sum + (c.adjacent ? 0.3 : 0);
    if (hasByline) score += c.commentary ? 1 : -1;
    return score;
  };

  // The search keeps, per state (line, candidates used), its best score and the choice that
  // makes it (a number key, no plan array per improvement); the plan is read back at the end.
  const stride = n + 1;
  const choices = new Map<number, { score: number; j: number; ci: number }>();
  const best = (i: number, used: number): number => {
    if (i >= n) return 0;
    const key = used * stride + i;
    const hit = choices.get(key);
    if (hit) return hit.score;
    // Leaving a line unassigned costs a little, so every line that fits somewhere is used.
    const result = { score: best(i + 1, used) - 0.05, j: -1, ci: -1 };
    if (!lines[i]!.byline) {
      for (let j = i + 1; j <= Math.min(n, i + MAX_GROUP + 1); j++) {
        if (j - 2 >= i && lines[j - 2]!.byline) break; // a byline only closes a group
        for (let ci = 0; ci < pool.length; ci++) {
          if (used & (1 << ci)) continue;
          const s = groupScore(i, j, pool[ci]!, ci);
          if (s === -Infinity) continue;
          const rest = best(j, used | (1 << ci));
          if (s + rest > result.score) {
            result.score = s + rest;
            result.j = j;
            result.ci = ci;
          }
        }
      }
    }
    choices.set(key, result);
    return result.score;
  };

  best(0, 0);
  const plan: number[] = [];
  for (let i = 0, used = 0; i < n; ) {
    const c = choices.get(used * stride + i)!;
    if (c.j < 0) {
      plan.push(-1);
      i++;
    } else {
      for (let k = i; k < c.j; k++) plan.push(pool[c.ci]!.index);
      i = c.j;
      used |= 1 << c.ci;
    }
  }
  return plan;
}
