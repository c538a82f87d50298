import type { Figure, FigureKind } from '../types';
import type { TaggedToken } from '../segmenter/types';
import { clauseStart } from './clauses';
import { dayRanges, periodSpans } from './dates';
import { doublings } from './doubling';
import { kindOf } from './kind';
import { normalize } from './normalize';
import { applyRules, inShortQuote } from './rules';
import { scanNumbers, type Candidate } from './scan';
import { placeSubjects, type Placed } from './subject';
import { TokenIndex } from './tokens';
import { PRICE_MOVES } from './units';
import { parseChineseNumeral } from '../numbers/chinese';

export interface FigureOptions {
  /** The year, for date ranges printed without one (12月10日至11日 → 2024-12-10). */
  year?: number;
}

/**
 * Key figures of a cleaned article text (see fixtures/README.md for what counts).
 * `tags` are the segmenter's tagged words of the same `text`; offsets are UTF-16 into `text`.
 * Figures come in text order, one per fact at its first mention.
 */
export function extractFigures(text: string, tags: readonly TaggedToken[], options: FigureOptions = {}): Figure[] {
  const tokens = new TokenIndex(tags, text.length);
  const days = dayRanges(text, options.year);
  const periods = [...periodSpans(text), ...days];

  const kept: Candidate[] = days.map((d) => ({
    start: d.start,
    end: d.end,
    outerStart: d.start,
    outerEnd: d.end,
    value: null,
    unit: '',
    def: null,
    factor: 1,
    category: 'date',
    qualifier: null,
    chinese: false,
    startDate: d.startDate,
    endDate: d.endDate,
  }));
  for (const s of scanNumbers({ text, tokens, taken: days })) {
    const c = applyRules(text, tokens, s);
    if (c) kept.push(c);
  }
  kept.push(...bigCounts(text, tokens, kept));
  kept.push(...medalTallies(text, kept));
  if (/[涨跌]/u.test(text)) kept.push(...priceTallies(text, kept));
  if (text.includes('番')) kept.push(...doublings(text, kept));
  const results = raceResults(text);
  if (results.length) {
    // 17米23 is one result, not 17米 and a stray 23.
    const overlaps = (k: Candidate) => results.some((r) => k.start < r.end && r.start < k.end);
    kept.splice(0, kept.length, ...kept.filter((k) => !overlaps(k)), ...results);
  }
  kept.sort((a, b) => a.start - b.start);

  const found = kept.map((c) => ({ c, kind: kindOf(text, tokens, c, clauseStart(text, c.outerStart)) }));
  const placed = placeSubjects(text, tokens, found, periods);
  return firstMentions(text, placed).map((p) => toFigure(text, p));
}

/** Words after N大 that make it a name, not a count (二十大, 三大战役 aside: 大会, 大学, 大桥 …). */
const BIG_WORD = /^(?:会|学|赛|道|桥|厦|楼|院|队|型|量|幅|力|约|概|多|批|家|众|部|小|于|事|力度|步|半|片|雨|火|风|胆|方|气|奖|礼|片|姐|哥|叔|爷|妈|娘|嫂)/u;

/**
 * The word after N大 heads the things counted: a noun, a place word or a new word jieba did not
 * know (三大 水上项目, 四大 灯阵), 系列 (4大 系列活动), or a verb before a noun (6大 应用 平台).
 */
function bigCountHead(tokens: TokenIndex, next: { start: number; end: number; word: string; tag: string }): boolean {
  if (/^(?:n|nz|vn|l|s|x|j)/.test(next.tag)) return true;
  if (next.word === '系列') return true;
  const after = tokens.after(next.end);
  return /^v$/.test(next.tag) && after != null && after.start === next.end && /^n/.test(after.tag);
}

/**
 * 三大门类, 4大中心, 八大发展模式: a one-digit number and 大 before a noun counts the things named
 * (the corpus gold's count, unit 大). 十八大 and 二十大 (party congresses) are names, and 一大 (这一大
 * 亮点, 一大批) is never a count in the corpus's gold.
 */
function bigCounts(text: string, tokens: TokenIndex, kept: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(/([二三四五六七八九两1-9])大/gu)) {
    const start = m.index;
    const end = start + 2;
    // (五大|学科: where jieba ends a word at 大, the words after it are not 大学 or 大会.)
    const cutAfter = tokens.startsWord(end) && !tokens.startsWord(start + 1);
    if (/[第十百千\d]/u.test(text[start - 1] ?? '') || (!cutAfter && BIG_WORD.test(text.slice(end, end + 2)))) continue;
    // 县四大班子, 五大分指挥部: a county's leading bodies and its branches, named by their number.
    if (/^(?:班子|分指挥|家领导)/u.test(text.slice(end, end + 3))) continue;
    const next = tokens.after(end);
    if (!next || next.start !== end || !bigCountHead(tokens, next)) continue;
    if (kept.some((k) => k.start < end && start < k.end)) continue;
    // “四大检察”, “八大行动”: the count inside a short quoted name is the name's.
    if (!/\d/u.test(m[1]!) && inShortQuote(text, start, end)) continue;
    const digit = m[1]!;
    const value = /\d/u.test(digit) ? Number(digit) : '一二三四五六七八九'.indexOf(digit) + 1 || 2;
    out.push({ start, end, outerStart: start, outerEnd: end, value, unit: '大', def: null, factor: 1, category: 'count', qualifier: null, chinese: !/\d/u.test(digit) });
  }
  return out;
}

/** Results as sports pages print them: 17米23 (metres, centimetres), 23秒24, 3分30秒21, 1小时22分19秒 (in seconds). */
function raceResults(text: string): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number, value: number, unit: string) =>
    out.push({ start, end, outerStart: start, outerEnd: end, value, unit, def: null, factor: 1, category: 'measure', qualifier: null, chinese: false });
  // (A text with no 米 or no 秒 is not searched for them: most have neither, and one includes()
  // costs far less than the pattern tried through the whole text.)
  if (text.includes('米')) for (const m of text.matchAll(/(?<![\d.])(\d{1,2})米(\d{2})(?![\d.万亿%米])/gu)) {
    push(m.index, m.index + m[0].length, Number(m[1]) + Number(m[2]) / 100, '米');
  }
  // (…and times by the clock: 2小时24分30秒, 51分14秒; hundredths or a larger unit make it a result.)
  if (text.includes('秒')) for (const m of text.matchAll(/(?<![\d.])(?:(\d{1,2})小时)?(?:(\d{1,2})分)?(\d{1,2})秒(\d{1,2})?(?![\d.])/gu)) {
    if (m[1] === undefined && m[2] === undefined && m[4] === undefined) continue;
    const seconds = Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3]) + Number(m[4] ?? 0) / 100;
    push(m.index, m.index + m[0].length, Math.round(seconds * 100) / 100, '秒');
  }
  return out;
}

/** 4金1银3铜, 连入2金, 再添1银, 世锦赛3金: a medal tally (medals side by side, after a verb of winning or after the event); not 3枚金牌. */
function medalTallies(text: string, kept: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  if (!/[金银铜]/u.test(text)) return out; // (no medal named: the pattern need not be tried throughout)
  for (const m of text.matchAll(/(\d{1,3}|[一二两三四五六七八九十]{1,3})([金银铜])(?!牌)/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    const tally = /^[\d一二两三四五六七八九十]{1,3}[金银铜]/u.test(text.slice(end, end + 4)) || /[\d一二两三四五六七八九十][金银铜]$/u.test(text.slice(Math.max(0, start - 4), start));
    const won = /(?:[揽夺获摘收入连添得]|拿下|斩获|入账)$/u.test(text.slice(Math.max(0, start - 2), start));
    // 举重世锦赛3金、汤姆斯杯1金: medals right after the event they were won at.
    const atEvent = /(?:[赛杯]|运会|奥运)$/u.test(text.slice(Math.max(0, start - 3), start));
    if (!tally && !won && !atEvent) continue;
    const c = tallyCount(text, kept, start, end, m[1]!, m[2]!);
    if (c) out.push(c);
  }
  return out;
}

/** One item of a tally (3金, 7涨) as a count; null inside a longer number or a figure already kept. */
function tallyCount(text: string, kept: readonly Candidate[], start: number, end: number, digits: string, unit: string): Candidate | null {
  if (/[\d.]/u.test(text[start - 1] ?? '') || kept.some((k) => k.start < end && start < k.end)) return null;
  const chinese = !/\d/u.test(digits);
  const value = chinese ? parseChineseNumeral(digits) : Number(digits);
  return { start, end, outerStart: start, outerEnd: end, value, unit, def: null, factor: 1, category: 'count', qualifier: null, chinese };
}

/**
 * A tally of prices moving, as price reports print it: “7涨3跌2持平”, 六涨一降一平, 19涨9降 (each item a
 * count of goods), and a run of weeks, 五连涨, 六连跌. Not 三去一降一补 (no tally: 去 and 补 are no moves).
 */
const TALLY_NUMBER = '(\\d{1,3}|[一二两三四五六七八九十]{1,3})';
const MOVE = `(${PRICE_MOVES.join('|')})`;
const TALLY_ITEM = new RegExp(`${TALLY_NUMBER}${MOVE}`, 'gu');
const TALLY_NEXT = new RegExp(`^[、，,]?${TALLY_NUMBER}${MOVE}`, 'u');
const TALLY_PREV = new RegExp(`${TALLY_NUMBER}${MOVE}[、，,]?$`, 'u');
const RUN_OF_MOVES = /([一二三四五六七八九十]{1,2}|\d{1,2})连(涨|跌|降)/gu;
function priceTallies(text: string, kept: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(TALLY_ITEM)) {
    const end = m.index + m[0].length;
    if (!TALLY_NEXT.test(text.slice(end, end + 5)) && !TALLY_PREV.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const c = tallyCount(text, kept, m.index, end, m[1]!, m[2]!);
    if (c) out.push(c);
  }
  for (const m of text.matchAll(RUN_OF_MOVES)) {
    const c = tallyCount(text, kept, m.index, m.index + m[0].length, m[1]!, `连${m[2]!}`);
    if (c) out.push(c);
  }
  return out;
}

/** 7个方面 … 7个方面的宣传重点: the same fact again is not a new figure. */
function firstMentions(text: string, placed: Placed[]): Placed[] {
  const seen = new Map<string, Placed[]>();
  const out: Placed[] = [];
  for (const p of placed) {
    const key = `${p.kind}|${text.slice(p.c.start, p.c.end)}`;
    const earlier = seen.get(key) ?? [];
    const changeLike: FigureKind[] = ['growth', 'share'];
    // (…but 曹某等5人当选A，黄某等5人当选B: the same count again in the same sentence, of another
    // subject, is a fact of its own.)
    const sameSentence = (e: Placed) => !/[。！？!?\n]/u.test(text.slice(e.c.end, p.c.start));
    // (…and 这9站 points back at the 9站 just counted, in whatever sentence.)
    const pointsBack = /(?:这|这些|上述|该)$/u.test(text.slice(Math.max(0, p.c.start - 2), p.c.start));
    const same = earlier.some((e) => (!changeLike.includes(p.kind) && (!sameSentence(e) || pointsBack)) || e.subject === p.subject);
    if (same) continue;
    earlier.push(p);
    seen.set(key, earlier);
    out.push(p);
  }
  return out;
}

function toFigure(text: string, { c, kind, subject }: Placed): Figure {
  const figure: Figure = {
    text: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    value: c.value,
    unit: c.unit,
    normalized: normalize(c),
    kind,
    subject,
    qualifier: c.qualifier,
  };
  if (c.startDate) figure.startDate = c.startDate;
  if (c.endDate) figure.endDate = c.endDate;
  return figure;
}
