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
  const memo = new Map<string, { score: number; plan: number[] }>();

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

  const best = (i: number, used: number): { score: number; plan: number[] } => {
    if (i >= n) return { score: 0, plan: [] };
    const key = `${i}:${used}`;
    const hit = memo.get(key);
    if (hit) return hit;
    // Leaving a line unassigned costs a little, so every line that fits somewhere is used.
    const skip = best(i + 1, used);
    let result = { score: skip.score - 0.05, plan: [-1, ...skip.plan] };
    if (!lines[i]!.byline) {
      for (let j = i + 1; j <= Math.min(n, i + MAX_GROUP + 1); j++) {
        if (j - 2 >= i && lines[j - 2]!.byline) break; // a byline only closes a group
        pool.forEach((c, ci) => {
          if (used & (1 << ci)) return;
          const s = groupScore(i, j, c, ci);
          if (s === -Infinity) return;
          const rest = best(j, used | (1 << ci));
          if (s + rest.score > result.score) {
            result = { score: s + rest.score, plan: [...(Array(j - i).fill(c.index) as number[]), ...rest.plan] };
          }
        });
      }
    }
    memo.set(key, result);
    return result;
  };

  return best(0, 0).plan;
}
