import type { FigureKind } from '../types';
import type { TaggedToken } from '../segmenter/types';
import { clauseEnd, clauseStart, sentenceStart } from './clauses';
import { isCue } from './kind';
import type { Candidate } from './scan';
import type { TokenIndex } from './tokens';

/**
 * What each figure measures, from the words of its clause: the noun phrase and verb before the
 * number (湖南省进出口总值 5121.9亿元), the noun counted after it (3个 分论坛), the topic of the
 * previous figure when the clause only has a verb (…进口2118.5亿元、增长10% → 进口增长), and the
 * items of a list paired with a list of numbers (怀化、株洲分别增长32.4%、27.1%).
 */

export interface Placed {
  c: Candidate;
  kind: FigureKind;
  subject: string;
  /** The subject without its change/share verb, for the next figures to inherit. */
  topic: string;
  /** The figure's own words before it in its clause. */
  lead: string;
  /** Where the figure and the nouns it counts end. */
  postEnd: number;
}

interface Span {
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
const HOLDER = /^[全我各本该][省国市县区州地]$/;
const KEEP_PREPOSITION = new Set('对 向 与 同 给'.split(' '));
const NOUN_TAG = /^(?:n|vn|nz|ns|nt|nr|j|b|l|an|ng)/;
/** Nouns that say what is measured (ns/nr/nt name who or where, not what). */
const COMMON_NOUN_TAG = /^(?:n|vn|nz|l|j|an|ng)$/;
const CONNECTOR = /^(?:暨|及|和|与|以及)$/;
const MAX_CHARS = 24;

const isPunct = (t: TaggedToken) => !/[\p{L}\p{N}]/u.test(t.word);
/** jieba tags unknown words (mostly names) x; they are nouns here. */
const isNoun = (t: TaggedToken) => NOUN_TAG.test(t.tag) || (t.tag === 'x' && !isPunct(t));
const isVerb = (t: TaggedToken) => /^v/.test(t.tag) && t.tag !== 'vn';

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

function overlaps(t: Span, spans: SpanMask): boolean {
  return spans.overlaps(t);
}

function trim(words: TaggedToken[], periods: SpanMask): TaggedToken[] {
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

const join = (w: readonly TaggedToken[]) => w.map((t) => t.word).join('');

/** 国家级“绿色工厂 → 国家级“绿色工厂”: a subject cut inside quotes gets its closing mark. */
function balanceQuotes(s: string): string {
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

/** Nouns right after a figure: what a count counts (3个分论坛 → 分论坛; 25万元的“第一桶金”). */
function nounsAfter(text: string, tokens: TokenIndex, from: number, limit: number, counted: boolean): TaggedToken[] {
  let at = from;
  if (text[at] === '的') at++;
  const words = tokens.wordsIn(text, at, limit).filter((t) => t.word !== '“' && t.word !== '”');
  const out: TaggedToken[] = [];
  for (let i = 0; i < words.length && out.length < 4; i++) {
    const t = words[i]!;
    if (isNoun(t)) out.push(t);
    else if (/^a/.test(t.tag) && words[i + 1] && isNoun(words[i + 1]!)) out.push(t);
    else if (out.length && CONNECTOR.test(t.word) && words[i + 1] && isNoun(words[i + 1]!)) out.push(t);
    // jieba sometimes tags a counted noun as a verb (12组选手, 1个展览): accept it before a stop.
    else if (counted && !out.length && /^v/.test(t.tag) && i + 1 < words.length && (isPunct(words[i + 1]!) || words[i + 1]!.tag === 'p')) out.push(t);
    // 三笔资金预算，: a noun phrase whose last word jieba tags as a verb.
    else if (out.length && /^v/.test(t.tag) && t.word.length > 1 && (i + 1 === words.length || isPunct(words[i + 1]!))) out.push(t);
    else if (counted && !out.length && /^v/.test(t.tag) && limit === clauseEnd(text, from) && i + 1 === words.length) out.push(t);
    else break;
  }
  return out;
}

/** The rest of a clause after `from`, trimmed: what happens to what was counted. */
function restOfClause(text: string, tokens: TokenIndex, from: number, to: number, periods: SpanMask): TaggedToken[] {
  return trim(tokens.wordsIn(text, from, to), periods).slice(0, 8);
}

export function placeSubjects(
  text: string,
  tokens: TokenIndex,
  found: ReadonlyArray<{ c: Candidate; kind: FigureKind }>,
  periodSpans: readonly Span[],
): Placed[] {
  const periods = new SpanMask(text.length, periodSpans);
  const placed: Placed[] = [];
  for (let n = 0; n < found.length; n++) {
    const { c, kind } = found[n]!;
    const cs = clauseStart(text, c.outerStart);
    const ss = sentenceStart(text, c.outerStart);
    const prev = placed[n - 1];
    const prevInClause = prev && prev.c.outerEnd > cs ? prev : undefined;
    const prevInSentence = prev && prev.c.outerEnd > ss ? prev : undefined;
    const preStart = prevInClause ? prevInClause.postEnd : cs;
    const raw = tokens.wordsIn(text, preStart, c.outerStart);
    const pre = trim(raw, periods);
    const nextStart = found[n + 1]?.c.outerStart ?? text.length;
    const end = Math.min(clauseEnd(text, c.outerEnd), nextStart);
    const post = nounsAfter(text, tokens, c.outerEnd, end, kind === 'count' || kind === 'amount');
    // 7个方面, 1000个站点: the counted noun printed inside the figure's text.
    const inside = c.noun ? tokens.wordsIn(text, c.end - c.noun.length, c.end) : [];
    const postEnd = post.at(-1)?.end ?? c.outerEnd;
    // A, B等N家X: the items before 等 are examples; X is what is counted.
    const enumerated = raw.filter((t) => !isPunct(t)).at(-1)?.word === '等';
    const cueStart =
      pre.length === 0 || isCue(pre[0]!.word) || (kind === 'growth' && pre.every((t) => !isNoun(t)));

    let subject: string;
    let topic: string;
    const ownNoun = pre.some((t) => COMMON_NOUN_TAG.test(t.tag) && !HOLDER.test(t.word));
    if (kind === 'date-range') {
      let words = [...pre, ...restOfClause(text, tokens, c.outerEnd, end, periods)];
      if (!pre.length && /[，,]/.test(text[c.outerEnd] ?? '')) {
        // 12月10日至11日，全省…座谈会在长沙举行: the event heads the next clause.
        const next = tokens.wordsIn(text, c.outerEnd + 1, clauseEnd(text, c.outerEnd + 1));
        const k = next.findIndex((t) => t.tag === 'p' || isPunct(t));
        words = trim(next.slice(0, k < 0 ? 8 : Math.min(k, 10)), periods);
      }
      subject = topic = join(words);
    } else if (kind === 'count') {
      const counted = [...inside, ...post];
      // 11个省份的近1000个站点: the second count shares the first one's lead.
      const lead = pre.length ? join(pre) : prevInClause && !enumerated ? prevInClause.lead : '';
      let words = [...pre, ...counted];
      if (enumerated) {
        const verbs: TaggedToken[] = [];
        for (const t of pre) {
          if (!isVerb(t)) break;
          verbs.push(t);
        }
        words = verbs.length ? [...verbs, ...counted] : [...counted, ...restOfClause(text, tokens, postEnd, end, periods)];
      } else if (!pre.length) {
        words = [...counted, ...restOfClause(text, tokens, postEnd, end, periods)];
      }
      subject = topic = (pre.length || enumerated ? '' : lead) + join(words);
    } else if (post.length && text[c.outerEnd] === '的' && !ownNoun) {
      // 全省30%的规上企业实现盈利: what is measured follows 的.
      subject = topic = join([...pre, ...post, ...restOfClause(text, tokens, postEnd, end, periods).slice(0, 4)]);
    } else if (!pre.length && post.length) {
      // 30%的企业…, 三分之一的受访者表示满意: what is measured follows.
      subject = topic = join([...post, ...restOfClause(text, tokens, postEnd, end, periods).slice(0, 4)]);
    } else if (prevInSentence && (pre.length === 0 || (cueStart && (kind === 'growth' || kind === 'share')))) {
      // …进口2118.5亿元、增长10% → 进口增长
      topic = prevInSentence.topic;
      subject = topic + join(pre);
    } else if (!ownNoun && kind === 'amount' && post.length) {
      // 湖南获得8.6524亿元支持
      subject = topic = join([...pre, ...post]);
    } else if (!ownNoun && pre.length && prevInSentence && prevInSentence.c.category === c.category) {
      // 全国总额是134.3180亿元，湖南获得5.5181亿元: the same measure, another holder.
      subject = topic = /^[vdp]/.test(pre[0]!.tag) ? prevInSentence.topic + join(pre) : join(pre) + prevInSentence.topic;
    } else {
      subject = join(pre);
      topic = join(pre.filter((t) => !isCue(t.word)));
    }
    if (!subject) {
      // Nothing in its own clause (“最艰难的时候，我们50块钱…”): the clause before, then what follows.
      const pcs = clauseStart(text, Math.max(ss, cs - 1));
      const before = pcs >= ss && cs > ss ? trim(tokens.wordsIn(text, pcs, cs - 1), periods) : [];
      subject = join([...before, ...restOfClause(text, tokens, c.outerEnd, end, periods).slice(0, 2)]);
    }
    subject = balanceQuotes(subject);
    placed.push({ c, kind, subject, topic: balanceQuotes(topic) || subject, lead: join(pre), postEnd });
  }
  pairLists(text, tokens, placed, periods);
  return placed;
}

/**
 * 怀化、株洲、郴州分别增长32.4%、27.1%、10.5% and 对巴西、俄罗斯分别进出口230亿、203.3亿元,
 * then …，分别增长1.3%、17.3%: the i-th number goes with the i-th item.
 */
function pairLists(text: string, tokens: TokenIndex, placed: Placed[], periods: SpanMask): void {
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
