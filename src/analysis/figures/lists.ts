import type { TaggedToken } from '../segmenter/types';
import { clauseStart, sentenceStart } from './clauses';
import type { Placed } from './subject';
import type { TokenIndex } from './tokens';
import { isPunct, join, overlaps, trim, type SpanMask } from './words';

/**
 * 怀化、株洲、郴州分别增长32.4%、27.1%、10.5% and 对巴西、俄罗斯分别进出口230亿、203.3亿元,
 * then …，分别增长1.3%、17.3%: the i-th number goes with the i-th item.
 */
export function pairLists(text: string, tokens: TokenIndex, placed: Placed[], periods: SpanMask): void {
  let lastList: { ss: number; bases: string[] } | null = null;
  for (let i = 0; i < placed.length; ) {
    // A run of figures joined only by 、/和/与/及 in one clause.
    let j = i + 1;
    while (j < placed.length && /^(?:、|和|与|及|以及)$/.test(text.slice(placed[j - 1]!.c.outerEnd, placed[j]!.c.outerStart))) j++;
    const run = placed.slice(i, j);
    i = j;
    if (run.length < 2) continue;
    const first = run[0]!.c;
    const cs = clauseStart(text, first.outerStart);
    const ss = sentenceStart(text, first.outerStart);
    const words = tokens.wordsIn(text, cs, first.outerStart).filter((t) => !overlaps(t, periods));
    const fenbie = words.findIndex((t) => t.word === '分别');
    if (fenbie < 0) continue;
    const verb = join(trim(words.slice(fenbie + 1), periods).filter((t) => !isPunct(t)));
    const items = splitItems(words.slice(0, fenbie), periods);
    if (items.length === run.length) {
      const bases = items;
      const withVerb = bases.map((b) => b + verb);
      run.forEach((p, k) => {
        p.subject = withVerb[k]!;
        p.topic = bases[k]!;
      });
      lastList = { ss, bases: withVerb };
    } else if (items.length === 0 && lastList && lastList.ss === ss && lastList.bases.length === run.length) {
      const bases = lastList.bases;
      run.forEach((p, k) => {
        p.subject = bases[k]! + verb;
        p.topic = bases[k]!;
      });
    }
  }
}

/**
 * The list items before 分别, split on 、 (and a last 和/与/及). The first item's verb or
 * preposition is spread to all (出口汽车、平板显示模组 → 出口平板显示模组), and a verb trailing
 * the last item is the shared predicate (国有企业、外资企业进出口 → 国有企业进出口, 外资企业进出口).
 */
function splitItems(words: TaggedToken[], periods: SpanMask): string[] {
  if (!words.some((t) => t.word === '、')) return [];
  const groups: TaggedToken[][] = [[]];
  for (const t of words) {
    if (t.word === '、' || ((t.word === '和' || t.word === '与' || t.word === '及') && groups.length > 1)) groups.push([]);
    else groups.at(-1)!.push(t);
  }
  const items = groups.map((g) => trim(g, periods)).filter((g) => g.length);
  if (items.length < 2) return [];
  const first = items[0]!;
  const last = items.at(-1)!;
  let predicate = '';
  const isPredicate = (t: TaggedToken | undefined) => t !== undefined && /^(?:v|vn)$/.test(t.tag);
  if (!isPredicate(first.at(-1))) {
    let k = last.length;
    while (k > 1 && isPredicate(last[k - 1])) k--;
    if (k < last.length) {
      predicate = join(last.slice(k));
      items[items.length - 1] = last.slice(0, k);
    }
  }
  // 出口汽车 (出口 may be tagged vn): a verb-like first word followed by a noun.
  const shared =
    first.length > 1 && (/^(?:v|p)$/.test(first[0]!.tag) || (first[0]!.tag === 'vn' && /^n/.test(first[1]!.tag)))
      ? first[0]!.word
      : '';
  return items.map((g, k) => (k > 0 && shared && g[0]!.word !== shared ? shared : '') + join(g) + predicate);
}
