import type { TaggedToken } from '../segmenter/types';
import { STOP_WORDS, idfOf } from './idf-table';

/** Part-of-speech weights: names and nouns make the best keywords, verbs the weakest. */
function posWeight(tag: string, word: string): number {
  if (/^(nr|ns|nt|nz)/.test(tag)) return 1.5;
  if (tag === 'x' && /^[\u4e00-\u9fff]{2,}$/.test(word)) return 1.2; // unknown names come out as x
  if (tag === 'n' || tag === 'vn' || tag === 'j' || tag === 'l' || tag === 'i') return 1;
  if (tag === 'v' || tag === 'an') return 0.5;
  return 0;
}

/**
 * TF-IDF keywords of an article: words of two or more characters from the segmenter's tags,
 * weighted by part of speech, with a boost for words the headline repeats. Best first.
 */
export function extractKeywords(tags: readonly TaggedToken[], opts: { title?: string; max?: number } = {}): string[] {
  const max = opts.max ?? 8;
  const title = opts.title ?? '';
  const score = new Map<string, number>();
  for (const t of tags) {
    const w = t.word;
    if (w.length < 2 || !/[\u4e00-\u9fff]/.test(w) || STOP_WORDS.has(w) || /[0-9０-９]/.test(w)) continue;
    const pos = posWeight(t.tag, w);
    if (pos === 0) continue;
    score.set(w, (score.get(w) ?? 0) + pos);
  }
  const ranked = [...score].map(([w, tf]) => [w, tf * idfOf(w) * (title.includes(w) ? 1.8 : 1)] as const);
  ranked.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  // Drop a word contained in a better-ranked one (进出口 over 出口 is fine; 长沙 inside 长沙海关 goes).
  const out: string[] = [];
  for (const [w] of ranked) {
    if (out.some((k) => k.includes(w))) continue;
    out.push(w);
    if (out.length >= max) break;
  }
  return out;
}
