import type { FigureKind } from '../types';
import { DAYS_COUNTED, type Candidate } from './scan';
import type { TokenIndex } from './tokens';
import { PRICE_MOVE_UNITS } from './units';

/** Words that make a number a change: 增长 10%, 多 349 家, 提升 30%. */
const GROWTH = new Set(
  (
    '增长 增加 减少 下降 提高 提升 降低 上升 回落 上涨 下跌 增速 增幅 降幅 涨幅 跌幅 拉动 回升 下滑 扩大 ' +
    '缩小 收窄 增 减 涨 跌 降 升 翻番 增长率 增量 净增 净减 增长了 下降了 提高了 提升了 增加了 减少了 ' +
    '同比增长 同比下降 同比增加 同比减少 环比增长 环比下降 环比增加 环比减少 同比 环比 节约 节省 缩短 高于 低于 快于 慢于 多于 少于 上调 下调 调高 调低 压降 压减 增收 减收 增产 减产 ' +
    '压缩 缩减 削减 精简 上浮 下浮 提速 降本 偏高 偏低 偏多 偏少 高出 超出 多出'
  ).split(' '),
);
/** Comparatives that are changes only after 比/较: 比上年多, 较全国高. */
const COMPARATIVE = new Set('多 少 高 低 快 慢 大 小'.split(' '));
const COMPARISON = new Set('比 较 同比 环比 比上年 较上年 相比'.split(' '));
/** Names of a change, not verbs: 增幅为 3.6% is a change, not a level. */
const RATE_NOUN = new Set('增速 增幅 降幅 涨幅 跌幅 增长率 增量'.split(' '));
/** A bare 万 after these words counts people or things: 参保人数达到3200万. */
const COUNT_NOUN = /(?:人数|人次|数量|户数|个数|家数|人口|总数|规模以上.*数)$/;
/** Words of a price around a number of 块 (卖, 斤, 钱, 价). */
const PRICE_WORDS = /[卖买斤钱价元]/u;
/** Words that make a percentage a part of a whole: 占 45.9%, 比重, 占比. */
const SHARE = new Set('占 占比 比重 份额 占到 占全 覆盖率 贡献率 占有率'.split(' '));
/** 提高到 30%, 降至 5%: the number is the new level, not the change. */
const LEVEL = new Set('到 至 为 达 达到'.split(' '));
/** Words skipped when looking for the verb right before a count or an amount. */
const TRANSPARENT = new Set('了 分别 同比 环比 共 共计 累计 合计 约 近 超 超过 逾 达 到'.split(' '));

/** The words before the gap between a water level and a line (超警戒水位, 距保证水位还差). */
const GAP_TO_LINE = /(?:(?<!不)超|高出|距|距离|离)(?:警戒|保证|设防|历史最高|汛限)水位(?:线)?(?:还差|还有|尚有|仍有|约|近)?$/u;

/** A growth or share cue word, for subjects that start with one (增长 11.3% → inherit the topic). */
export function isCue(word: string): boolean {
  return GROWTH.has(word) || SHARE.has(word);
}

function cueOf(word: string, comparing: boolean): 'growth' | 'share' | null {
  if (GROWTH.has(word)) return 'growth';
  if (comparing && COMPARATIVE.has(word)) return 'growth';
  if (SHARE.has(word)) return 'share';
  if (word.endsWith('率') && word.length >= 2) return word.startsWith('增') ? 'growth' : 'share';
  return null;
}

/** The kind of a kept candidate, from its unit and the words of its clause before it. */
const LEAD_OVER = /(?:领先|落后)[^，。；！？、]{0,8}$/u;

export function kindOf(text: string, tokens: TokenIndex, c: Candidate, clauseStart: number): FigureKind {
  if (c.category === 'rank') return 'rank';
  // 7涨3跌2持平, 五连涨: a tally of goods whose prices moved counts goods, whatever move it names.
  if (c.category === 'count' && PRICE_MOVE_UNITS.has(c.unit)) return 'count';
  const words = tokens.inside(clauseStart, c.outerStart);
  if (c.category === 'time' || c.category === 'date') {
    // 减少半小时, 缩短了两天: a span a verb of change stands right before is the change.
    const verb = words.filter((t) => t.word !== '了').at(-1);
    // 优良天数321天: a number of days counted, not a span.
    if (c.category === 'time' && DAYS_COUNTED.test(text.slice(Math.max(0, c.outerStart - 5), c.outerStart))) return 'count';
    // 领先第二名近3秒: a margin over a rival is a difference, not a span.
    if (c.category === 'time' && LEAD_OVER.test(text.slice(Math.max(clauseStart, c.outerStart - 10), c.outerStart))) return 'growth';
    return c.category === 'time' && verb !== undefined && verb.end >= c.outerStart - 1 && GROWTH.has(verb.word) && !/^(?:同比|环比)$/u.test(verb.word) ? 'growth' : 'date-range';
  }
  const comparing = words.some((t) => COMPARISON.has(t.word) || t.word.startsWith('比') || t.word.startsWith('较'));
  const last = words.at(-1);
  const levelled = last !== undefined && LEVEL.has(last.word) && words.length >= 2;
  if (c.category === 'percent' || c.category === 'points' || c.category === 'times') {
    // The nearest cue before the number in its clause decides.
    for (let i = words.length - 1; i >= 0; i--) {
      const cue = cueOf(words[i]!.word, comparing);
      if (cue === 'growth') {
        // 提高到2.8% is a level; 增幅为3.6% is still the change.
        if (levelled && i === words.length - 2 && c.category === 'percent' && !RATE_NOUN.has(words[i]!.word)) return 'share';
        return 'growth';
      }
      if (cue === 'share') return 'share';
    }
    return c.category === 'percent' ? 'share' : 'growth';
  }
  // 超警戒水位0.81米, 距警戒水位还差1.73米: the gap to a water line, a change against it (超过保证水位
  // 38.37米 prints the line itself).
  if (c.category !== 'count' && GAP_TO_LINE.test(text.slice(Math.max(clauseStart, c.outerStart - 12), c.outerStart))) return 'growth';
  // Counts and amounts: a change only when the verb stands right before the number.
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!.word;
    if (TRANSPARENT.has(w) && !(LEVEL.has(w) && i === words.length - 1 && i > 0 && GROWTH.has(words[i - 1]!.word))) continue;
    if (LEVEL.has(w)) break;
    if (GROWTH.has(w) && w !== '同比' && w !== '环比') return 'growth';
    if (comparing && COMPARATIVE.has(w)) return 'growth';
    break;
  }
  if (c.category === 'bare') {
    const head = words.filter((t) => !TRANSPARENT.has(t.word) && !LEVEL.has(t.word)).at(-1);
    if (head && COUNT_NOUN.test(head.word)) return 'count';
  }
  // 卖5块, 一斤7块: 块 is money in a clause about prices, as 元 is.
  if (c.def?.printed === '块' && PRICE_WORDS.test(text.slice(clauseStart, Math.min(text.length, c.outerEnd + 4)))) return 'amount';
  return c.category === 'count' ? 'count' : 'amount';
}
