import type { FigureKind } from '../types';
import type { TaggedToken } from '../segmenter/types';
import { clauseEnd, clauseStart, sentenceStart } from './clauses';
import { pairLists } from './lists';
import { isCue } from './kind';
import type { Candidate } from './scan';
import type { TokenIndex } from './tokens';
import { balanceQuotes, COMMON_NOUN_TAG, CONNECTOR, HOLDER, isNoun, isPunct, isVerb, join, SpanMask, trim, type Span } from './words';

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

/** Words that start what is said about the counted thing, whatever jieba tags them (预计/vn). */
const PREDICATE_START = new Set(['预计', '计划', '预期', '力争', '争取', '有望', '将', '已', '已经', '正在', '共', '累计', '同比', '环比']);

/** Nouns right after a figure: what a count counts (3个分论坛 → 分论坛; 25万元的“第一桶金”). */
function nounsAfter(text: string, tokens: TokenIndex, from: number, limit: number, counted: boolean): TaggedToken[] {
  let at = from;
  if (text[at] === '的') at++;
  const words = tokens.wordsIn(text, at, limit).filter((t) => t.word !== '“' && t.word !== '”');
  const out: TaggedToken[] = [];
  for (let i = 0; i < words.length && out.length < 4; i++) {
    const t = words[i]!;
    if (PREDICATE_START.has(t.word)) break;
    if (isNoun(t)) out.push(t);
    else if (/^a/.test(t.tag) && words[i + 1] && isNoun(words[i + 1]!)) out.push(t);
    else if (out.length && CONNECTOR.test(t.word) && words[i + 1] && isNoun(words[i + 1]!)) out.push(t);
    // 冷链 分拣/v 中心: a two-character verb between nouns inside one name of a thing.
    else if (out.length && isVerb(t) && t.word.length === 2 && words[i + 1] && isNoun(words[i + 1]!) && !isPunct(words[i + 1]!) && words[i + 1]!.tag !== 'x' && (i + 2 >= words.length || isPunct(words[i + 2]!))) out.push(t);
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

/** What a count of an area's households or people measures. */
const POPULATION: Readonly<Record<string, string>> = { 户: '户数', 人: '人口', 口: '人口', 名: '人数', 家: '家数' };

/** A size or a sum (亩, 平方米, 吨, 元), as opposed to a share or a count. */
const isSize = (c: Candidate): boolean => c.category === 'measure' || c.category === 'money';

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
    let lastWord = raw.length - 1; // the last word that is not punctuation (no filtered copy)
    while (lastWord >= 0 && isPunct(raw[lastWord]!)) lastWord--;
    const enumerated = lastWord >= 0 && raw[lastWord]!.word === '等';
    const cueStart =
      pre.length === 0 || isCue(pre[0]!.word) || (kind === 'growth' && pre.every((t) => !isNoun(t)));

    let subject: string;
    let topic: string;
    const ownNoun = pre.some((t) => COMMON_NOUN_TAG.test(t.tag) && !HOLDER.test(t.word) && !PREDICATE_START.has(t.word));
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
    } else if (post.length && text[c.outerEnd] === '的' && isSize(c) && pre.length > 0 && isVerb(pre.at(-1)!)) {
      // 县里建起两千平方米的冷链分拣中心: the size of what was built, bought or opened.
      subject = topic = join(post);
    } else if (post.length && text[c.outerEnd] === '的' && !ownNoun) {
      // 全省30%的规上企业实现盈利: what is measured follows 的.
      subject = topic = join([...pre, ...post, ...restOfClause(text, tokens, postEnd, end, periods).slice(0, 4)]);
    } else if (!pre.length && post.length) {
      // 30%的企业…, 三分之一的受访者表示满意: what is measured follows; a size (80亩桃园) is the
      // size of the thing after it, whatever the clause goes on to say.
      const rest = isSize(c) ? [] : restOfClause(text, tokens, postEnd, end, periods).slice(0, 4);
      subject = topic = join([...post, ...rest]);
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
    // 全村有386户1529人: an area alone says whose, the unit says what (户数, 人口).
    if (kind === 'count' && /^(?:全|该|本)[村镇乡县市省区]$|^村里$/u.test(subject)) subject += POPULATION[c.unit] ?? '';
    placed.push({ c, kind, subject, topic: balanceQuotes(topic) || subject, lead: join(pre), postEnd });
  }
  pairLists(text, tokens, placed, periods);
  return placed;
}

