import type { Fact } from './facts';
import { foldString, type DomText, type FoldedString } from './text-map';

/** A fact found in the DOM's folded text: [start, end) indices into DomText.text. */
export interface Placement {
  fact: Fact;
  start: number;
  end: number;
}

const CONTEXT = 12;

/**
 * Find each fact in the DOM by its surface string and its occurrence index in the article text.
 * When the DOM holds a different number of occurrences (the dateline and captions are in the page
 * but not in `text`), the occurrence whose surrounding characters agree best wins, ties going to
 * the same occurrence index. Facts whose surface is not in the DOM are reported, never guessed.
 */
export function locateFacts(articleText: string, dom: DomText, facts: readonly Fact[]): { placed: Placement[]; missing: Fact[] } {
  const folded = foldString(articleText);
  const inText = new Map<string, number[]>();
  const inDom = new Map<string, number[]>();
  const placed: Placement[] = [];
  const missing: Fact[] = [];
  for (const fact of facts) {
    const { start, end } = fact.span;
    if (!(start >= 0 && end > start && end <= articleText.length)) {
      missing.push(fact);
      continue;
    }
    const a = folded.at[start]!;
    const needle = folded.text.slice(a, folded.at[end]!);
    if (!needle) {
      missing.push(fact);
      continue;
    }
    const t = occurrences(inText, folded.text, needle);
    const d = occurrences(inDom, dom.text, needle);
    const k = t.indexOf(a);
    const at = d.length === 0 || k < 0 ? -1 : choose(folded, a, needle.length, dom.text, d, k, d.length === t.length);
    if (at < 0) missing.push(fact);
    else placed.push({ fact, start: at, end: at + needle.length });
  }
  return { placed, missing };
}

function occurrences(cache: Map<string, number[]>, hay: string, needle: string): number[] {
  let list = cache.get(needle);
  if (!list) {
    list = [];
    for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) list.push(i);
    cache.set(needle, list);
  }
  return list;
}

function choose(folded: FoldedString, a: number, len: number, dom: string, cands: number[], k: number, sameCount: boolean): number {
  const text = folded.text;
  let best = -1;
  let bestScore = -1;
  let bestDist = Infinity;
  cands.forEach((c, rank) => {
    let left = 0;
    while (left < CONTEXT && a - left > 0 && c - left > 0 && text[a - left - 1] === dom[c - left - 1]) left++;
    let right = 0;
    while (right < CONTEXT && a + len + right < text.length && text[a + len + right] === dom[c + len + right]) right++;
    const score = left + right;
    const dist = Math.abs(rank - k);
    if (score > bestScore || (score === bestScore && dist < bestDist)) {
      best = c;
      bestScore = score;
      bestDist = dist;
    }
  });
  // With differing counts, a candidate that shares no neighbouring character is only a guess.
  if (!sameCount && bestScore < 1) return -1;
  return best;
}
