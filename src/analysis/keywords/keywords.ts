import type { TaggedToken } from '../segmenter/types';
import { STOP_WORDS, idfOf } from './idf-table';

/**
 * Part-of-speech weights: names and nouns make the best keywords, verbs the weakest; unknown
 * names come out as x. A switch, not a table: jieba's tags are new strings for every token, and
 * a table keyed by them costs a string look-up each (this runs once per token).
 */
function posWeight(tag: string): number {
  switch (tag) {
    case 'nr': case 'ns': case 'nt': case 'nz': case 'nrt': case 'nrfg':
      return 1.5;
    case 'x':
      return 1.2;
    case 'n': case 'vn': case 'j': case 'l': case 'i':
      return 1;
    case 'v': case 'an':
      return 0.5;
    default:
      return 0;
  }
}

/** Whether a word is all ideographs (no digits, letters or punctuation). */
function ideographs(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 0x3400 || c > 0x9fff) return false;
  }
  return true;
}

/**
 * TF-IDF keywords of an article: words of two or more characters from the segmenter's tags
 * (and the names found in the text), weighted by part of speech, with a boost for words the
 * headline repeats. Best first.
 */
export function extractKeywords(
  tags: readonly TaggedToken[],
  opts: { title?: string; max?: number; text?: string; names?: readonly string[] } = {},
): string[] {
  const max = opts.max ?? 8;
  const title = opts.title ?? '';
  const score = new Map<string, number>();
  for (const t of tags) {
    const w = t.word;
    if (w.length < 2) continue;
    const pos = posWeight(t.tag); // first: most tokens are function words or punctuation
    if (pos === 0 || !ideographs(w) || STOP_WORDS.has(w)) continue;
    score.set(w, (score.get(w) ?? 0) + pos);
  }
  // Names the entity extractor found (长沙海关, 秦国文) count as words even where the
  // segmenter cut them apart; a cut piece inside a name then drops out below.
  if (opts.text) {
    for (const name of new Set(opts.names ?? [])) {
      if (name.length < 2 || STOP_WORDS.has(name)) continue;
      let n = 0;
      for (let at = opts.text.indexOf(name); at !== -1; at = opts.text.indexOf(name, at + name.length)) n++;
      if (n > 0) score.set(name, Math.max(score.get(name) ?? 0, n * 1.5));
    }
  }
  const all: Ranked[] = [];
  score.forEach((tf, w) => void all.push([w, tf * idfOf(w) * (title.includes(w) ? 1.8 : 1)])); // (no entry pair per word)
  // Most words drop out: rank only the best few, and all of them only if the few run out.
  const names = new Set(opts.names ?? []);
  const few = pick(best(all, max * 2), names, max);
  return few.length >= max || all.length <= max * 2 ? few : pick(all.sort(byRank), names, max);
}

type Ranked = readonly [word: string, score: number];

/** Higher score first; ties in code-unit order of the word, so the result is stable. */
const byRank = (a: Ranked, b: Ranked) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** The `k` best of `all` in rank order (a bounded insertion: k is small, `all` a few hundred). */
function best(all: readonly Ranked[], k: number): Ranked[] {
  const top: Ranked[] = [];
  for (const r of all) {
    if (top.length === k && byRank(r, top[k - 1]!) >= 0) continue;
    let i = Math.min(top.length, k - 1);
    if (top.length < k) top.push(r);
    while (i > 0 && byRank(r, top[i - 1]!) < 0) {
      top[i] = top[i - 1]!;
      i--;
    }
    top[i] = r;
  }
  return top;
}

/**
 * Keywords from ranked words: drop a word contained in a better-ranked one (长沙 inside 长沙海关);
 * a name replaces a better-ranked piece of itself (秦国 → 秦国文).
 */
function pick(ranked: readonly Ranked[], names: ReadonlySet<string>, max: number): string[] {
  const out: string[] = [];
  for (const [w] of ranked) {
    if (out.some((k) => k.includes(w))) continue;
    const piece = names.has(w) ? out.findIndex((k) => w.includes(k)) : -1;
    if (piece >= 0) {
      out[piece] = w;
      continue;
    }
    out.push(w);
    if (out.length >= max) break;
  }
  return out;
}
