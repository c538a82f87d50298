import type { TaggedToken } from '../segmenter/types';

/** Word-level helpers for subjects: trimming a clause's words down to what is measured. */

export interface Span {
  start: number;
  end: number;
}

const LEAD_DROP = new Set(
  (
    '其中 其 同期 今年 去年 全年 当年 同比 环比 分别 共 共计 累计 合计 此外 另外 目前 截至 截止 当前 近日 日前 ' +
    '今天 昨天 此前 最终 已 已经 还 也 并 且 而 又 即 其间 期间 在 从 据 于 经 经过 由 就 为 将 把 以 同时 ' +
    '与此同时 当天 当日 随后 下一步 比 较 这 该 此 上述 以上 如今 现 现有 共有 约'
  ).split(' '),
);
const TRAIL_DROP = new Set(
  (
    '是 为 达 达到 约 近 超 超过 逾 共 共计 合计 总计 计 了 的 有 到 至 突破 分别 同比 环比 比 较 保持 稳居 ' +
    '位居 居 跻身 位列 名列 跃居 继续 仍 已 已经 还 也 都 均 等 之 再 又 共有 总共 累计 实现 完成 首次 首 就 将 即 已有'
  ).split(' '),
);
/** Pronouns that say nothing about what is measured (我国, 我省, 各地 do, and stay). */
const PRONOUNS = new Set('其 其中 这 那 这些 那些 该 此 他 她 它 他们 她们 它们 我们 你们 大家 自己 本 每 有的 一些'.split(' '));
/** Who or where, not what: 全省, 我市, 各地. */
export const HOLDER = /^[全我各本该][省国市县区州地]$/;
const KEEP_PREPOSITION = new Set('对 向 与 同 给'.split(' '));
const NOUN_TAG = /^(?:n|vn|nz|ns|nt|nr|j|b|l|an|ng)/;
/** Nouns that say what is measured (ns/nr/nt name who or where, not what). */
export const COMMON_NOUN_TAG = /^(?:n|vn|nz|l|j|an|ng)$/;
export const CONNECTOR = /^(?:暨|及|和|与|以及)$/;
const MAX_CHARS = 24;

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
/** (A common ideograph first answers at once: most words are Chinese.) */
export const isPunct = (t: TaggedToken) => {
  const c = t.word.charCodeAt(0);
  return !(c >= 0x4e00 && c <= 0x9fa5) && !LETTER_OR_NUMBER.test(t.word);
};
/** jieba tags unknown words (mostly names) x; they are nouns here. */
export const isNoun = (t: TaggedToken) => NOUN_TAG.test(t.tag) || (t.tag === 'x' && !isPunct(t));
export const isVerb = (t: TaggedToken) => /^v/.test(t.tag) && t.tag !== 'vn';

/** Positions covered by dates and periods, for O(1) look-ups while trimming. */
export class SpanMask {
  private readonly mask: Uint8Array;
  constructor(length: number, spans: readonly Span[]) {
    this.mask = new Uint8Array(length + 1);
    for (const s of spans) this.mask.fill(1, s.start, s.end);
  }
  overlaps(t: Span): boolean {
    for (let p = t.start; p < t.end; p++) if (this.mask[p]) return true;
    return false;
  }
}

export function overlaps(t: Span, spans: SpanMask): boolean {
  return spans.overlaps(t);
}

export function trim(words: TaggedToken[], periods: SpanMask): TaggedToken[] {
  let w = words.filter((t) => !overlaps(t, periods));
  let i = 0;
  while (i < w.length) {
    const t = w[i]!;
    const drop =
      isPunct(t) ||
      LEAD_DROP.has(t.word) ||
      /^(?:t|c|d|u|m|q|f|uj|ul|uz|y|e|o)$/.test(t.tag) ||
      (t.tag === 'p' && !KEEP_PREPOSITION.has(t.word)) ||
      (t.tag === 'r' && PRONOUNS.has(t.word));
    if (!drop) break;
    i++;
  }
  w = w.slice(i);
  let j = w.length;
  while (j > 0) {
    const t = w[j - 1]!;
    if (!(isPunct(t) || TRAIL_DROP.has(t.word) || /^(?:u|uj|ul|uz|d|c|p|m|q|y|f)$/.test(t.tag))) break;
    j--;
  }
  w = w.slice(0, j);
  // Keep the tail next to the number: the head noun is there.
  let chars = 0;
  let k = w.length;
  while (k > 0 && chars + w[k - 1]!.word.length <= MAX_CHARS) chars += w[--k]!.word.length;
  return w.slice(k === w.length && w.length ? w.length - 1 : k);
}

export const join = (w: readonly TaggedToken[]) => w.map((t) => t.word).join('');

/** 国家级“绿色工厂 → 国家级“绿色工厂”: a subject cut inside quotes gets its closing mark. */
export function balanceQuotes(s: string): string {
  let open = 0;
  let unopened = 0;
  for (const ch of s) {
    if (ch === '“') open++;
    else if (ch === '”') {
      if (open > 0) open--;
      else unopened++;
    }
  }
  return '“'.repeat(unopened) + s + '”'.repeat(open);
}

