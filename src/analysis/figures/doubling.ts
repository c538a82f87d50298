import type { Candidate } from './scan';

/**
 * 翻番, 翻一番, 翻了两番: a doubling printed without a numeral of 倍. Doubling N times is a growth of
 * 2^N − 1 times (翻番 = 增长1倍, 翻两番 = 增长3倍), as the corpus gold writes it (value 1, unit 倍).
 * Not a goal counted as a slogan (两个翻番, 实现“两个翻番”): a count word before it makes it a name.
 */
const DOUBLING = /翻了?([一两二三四1-4])?番/gu;
/** 接近翻番, 近翻番: the hedge stays out of the text, as with numerals. */
const HEDGE = /(?:接近|将近|近|超过|超)$/u;
const TIMES = new Map([['一', 1], ['两', 2], ['二', 2], ['三', 3], ['四', 4]]);

export function doublings(text: string, kept: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(DOUBLING)) {
    const start = m.index;
    const end = start + m[0].length;
    if (/个[“"‘]?$/u.test(text.slice(Math.max(0, start - 2), start))) continue;
    if (kept.some((k) => k.start < end && start < k.end)) continue;
    const n = m[1] === undefined ? 1 : (TIMES.get(m[1]) ?? Number(m[1]));
    const hedge = HEDGE.exec(text.slice(Math.max(0, start - 2), start))?.[0] ?? null;
    const outerStart = start - (hedge?.length ?? 0);
    out.push({ start, end, outerStart, outerEnd: end, value: 2 ** n - 1, unit: '倍', def: null, factor: 1, category: 'times', qualifier: hedge, chinese: true });
  }
  return out;
}
