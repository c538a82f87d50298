import { codeSet } from '../clean/chars';
import { parseFraction, parseNumeral, parsePercentWord } from '../numbers';
import type { TokenIndex } from './tokens';
import { DIGITS, Scanner } from './scanner';
import { QUASI_UNIT_NOUNS, unitAt, unitByName, type UnitCategory, type UnitDef } from './units';

/** A number with its unit as found in the text, before kind and subject. */
export interface Candidate {
  /** The figure's text span: numeral, inner qualifier, unit (and 内 of a deadline). */
  start: number;
  end: number;
  /** Span including printed hedges before and after (约20台左右 → from 约 to 右). */
  outerStart: number;
  outerEnd: number;
  value: number | null;
  /** The unit as the figure shows it: magnitude + unit (亿元, 万人次, 个). */
  unit: string;
  def: UnitDef | null;
  /** 10^k of the printed magnitude (1e8 for 亿). */
  factor: number;
  category: UnitCategory | 'rank' | 'date' | 'bare';
  qualifier: string | null;
  /** Written in Chinese numerals (三笔), not Arabic. */
  chinese: boolean;
  startDate?: string;
  endDate?: string;
  /** A dimension noun taken into the text (7个方面 → 方面). */
  noun?: string;
}

const D = '零〇一二两三四五六七八九';
const ARABIC = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
// A Chinese numeral never starts with 零 (零部件, 零售).
const CN = `[${D.slice(2)}十][${D}十百千万亿]*(?:点[${D}]+)?`;
/** 1/4, 2/3: a part of a whole written with a slash (a date's 12/12 or a round's 1/4决赛 are ruled out below). */
const SLASH_FRACTION = String.raw`\d{1,2}/\d{1,3}(?![\d/])`;
const SLASH_FRACTION_WHOLE = /^(\d{1,2})\/(\d{1,3})$/;
/** What follows a slash pair that makes it a date or a round, not a part (3/8日, 1/4决赛). */
const NOT_A_PART_AFTER = /^(?:[月日号]|决赛|赛)/u;

/** A slash fraction's share in %, or null when it is no part of a whole (5/3, 12/31, 3/8日). */
function slashShare(text: string, start: number, core: string): number | null {
  const m = SLASH_FRACTION_WHOLE.exec(core);
  if (!m) return null;
  const num = Number(m[1]);
  const den = Number(m[2]);
  if (num < 1 || den > 100 || num >= den) return null;
  if (/[\d./年]/u.test(text[start - 1] ?? '') || NOT_A_PART_AFTER.test(text.slice(start + core.length, start + core.length + 2))) return null;
  return Math.round((num / den) * 10000) / 100;
}

/** Numeral cores; magnitudes after an Arabic numeral are taken in (1.2万, 3千万). */
const NUMERAL = new RegExp(
  [
    `百分之(?:${ARABIC}|${CN})`,
    `(?:${ARABIC}|${CN})分之(?:${ARABIC}|${CN})`,
    SLASH_FRACTION,
    `(?:${ARABIC})[十百千万亿]*`,
    '[数几上][十百千万]+',
    '[百千万](?=[余多])',
    '[百千][万亿]+|万亿',
    CN,
  ].join('|'),
  'g',
);
/** A numeral opens with a digit, 百 (百分之), a Chinese digit, 十, 数 几 上, or a bare magnitude. */
const NUMERAL_SCAN = new Scanner(NUMERAL, DIGITS + D.slice(2) + '十百千万数几上');
const RANGE_PREFIX = new RegExp(`(?<![\\d.,A-Za-z])(\\d+(?:\\.\\d+)?[万亿]?|[${D}十]+)(?:至|到|—|－|-|～|~)$`);
/** A numeral (with its range's high end) followed by a temperature's unit. */
const BELOW_ZERO_AFTER = /^[\d.]+(?:℃|摄氏度)/u;
/** The minus sign or 零下 right before `at`, when it is a sign and not a range's dash (3-5℃) or a code's. */
function belowZeroSign(text: string, at: number): string {
  if (text.slice(at - 2, at) === '零下') return '零下';
  const mark = text[at - 1];
  if (mark !== '-' && mark !== '－') return '';
  return /[\dA-Za-z.%℃)）]/u.test(text[at - 2] ?? '') ? '' : mark;
}
/** What a numeral written in Chinese opens with, by code unit (one test per numeral found). */
const CHINESE_START = codeSet(`${D}十百千万数几上`);
/** Magnitude characters, by code unit. */
const MAGNITUDE_CODES = codeSet('十百千万亿');

/** Hedges printed before a numeral (达 is not one: it states the figure). */
const PRE_QUALIFIER = /(?:大约|约|将近|接近|近|超过|超|逾|不足|不到|不少于|不低于|至少|最多|最高)$/;
/** Hedges after the unit; 以内 after a duration is part of a deadline instead. */
const POST_QUALIFIER = /以上|左右|以下|上下|有余|之多|以内/y;
const INNER_QUALIFIER = /[余多来几]/y;
const MAGNITUDE = /[十百千万亿]+/y;
const DEADLINE = /(?:以内|之内|内)/y;
/** A verb of change and its 至/为 before the span it comes to (缩短至, 缩减为). */
const CHANGED_TO = /(?:缩短|缩减|压缩|减少|降低|下降)(?:至|到|为)$/u;
/** What comes before a duration that makes it a stated period rather than a time reference. */
const DURATION_CUE =
  /(?:时隔|相隔|阔别|为期|扶贫|历时|历经|经过|通过|用时|耗时|仅用|只用|用了|花了|需要?|只需要?|仅需要?|怀孕|连续|接连|一连|未来|长达|持续|缩短至|缩短到|缩短为|缩至|缩到|压缩至|压缩到|压缩为|缩减至|减少至|提前|延长至|延长到|延长|不超过|期限为|期限|工期|周期为?|期为|徒刑|拘役|(?:打|干|做|工作|务工|坚守|奋斗|学习|经营|扎根)了|(?:会期|假期|赛期|展期|任期|学制|刑期|车程|航程)(?:为|是|共|仅)?|(?:奋战|鏖战|驻村|驻点|任职|任教|执教|服役|拥有|有着|已有|具有)了?|(?:潜逃|在逃|逃亡|停产|停工|停业|闭馆|坚守|守护|陪伴|驱车|步行|开车|骑行|飞行|行驶)了?|(?:缩短|减少|节省|节约|压缩|缩减|增加|增多|多出)了?|接下来的)$/;
/**
 * A verb of holding to a calling, and its object, before a span (从教32年, 耕耘教学园地39年, 当兵24年):
 * the span is a length of service (not 工作人员18年如一日: the verb inside a word for people).
 */
const SERVICE_BEFORE = /(?:从教|从医|从警|从军|从业|从政|当兵|行医|教书|务农|耕耘|深耕|坚守|扎根|奉献|任教|执教|工作|服务)(?!人员|者|中心|站)[^，。；！？、\d]{0,6}$/u;
/**
 * A verb of living or doing a thing for a while, its object between (从事进出口外贸业务17年, 入驻湖南
 * 20年, 当了近30年村干部, 做过20年编辑, 带了谭嘉炜4年): the span is how long it went on.
 */
const LIVED_BEFORE = /(?:从事|入驻|落户|定居|居住|经商|创业|打拼|务工|漂泊|(?:带|当|做|干|读|学|住|待|呆)[了过])(?!人员|者)[^，。；！？、\d]{0,8}$/u;
/** 树龄达417年, 党龄50年: an age of a tree, a membership or a service. */
const AGE_OF_BEFORE = /(?:树龄|党龄|工龄|教龄|军龄|驾龄|房龄|车龄)(?:达到?|为|有|超过?|已|近|约)?$/u;

/** 优良天数321天: the number of days something counted, printed as a span (a count, see kind.ts). */
export const DAYS_COUNTED = /(?:天数|日数)(?:为|达到?|是|有|共)?$/u;
/** After a span: time gone by (40多天过去了), what was done in it (10天完成土地审批, 3天上涨了2.8米, 预计2年竣工), the length of a journey (3个半小时左右的车程), or the time a thing or a life has lasted (114年办学历史, 43年的人生, 28年的捕鱼生涯). */
const SPAN_AFTER = /^(?:过去了|(?:就|即|便|才)?(?:完成|建成|竣工|投产|卖完|售罄|办结|走完|跑完|修通|建好|上涨|下降)|(?:左右)?的?(?:车程|航程|路程|行程)|的?[\u4e00-\u9fff]{0,6}?(?:历史|生涯|人生|岁月|光阴|历程|时光)(?!同期|最|新|上|以来))/u;
/** 由原来的8小时 (缩至…), 从过去的3天 (压缩到…): the start of a change of a span. */
const CHANGE_FROM = /(?:由|从)(?:原来|以前|过去|现在|目前|此前)?的?约?$/u;
const CHANGE_AFTER = /^[^，。；！？\n]{0,4}?(?:缩|减|压|降|延长|变为|提速)/u;
/** Before a numeral: it is part of a name or a code (4K, 5G, G60, 1+N+1, PM2.5, 0731-…). */
const CODE_BEFORE = /[A-Za-z0-9.+\-_/#×＋·:：]/;

/** Unit printed right after a bare magnitude further on in a list: 230亿、203.3亿、186.9亿元. */
const LIST_ITEM = new RegExp(`[、和与及](?:${ARABIC}|${CN})[余多]?([十百千万亿]+)[余多]?`, 'y');

function unitOfListTail(text: string, from: number, magnitude: string): UnitDef | null {
  let at = from;
  for (let n = 0; n < 12; n++) {
    LIST_ITEM.lastIndex = at;
    const m = LIST_ITEM.exec(text);
    if (!m || m[1] !== magnitude) return null;
    at = LIST_ITEM.lastIndex;
    const def = unitAt(text, at);
    if (def) return def.category === 'money' || def.category === 'measure' || def.category === 'count' ? def : null;
  }
  return null;
}

/** One-character verbs and adverbs jieba glues to 人 after a count (人学, 人在, 人说). */
const VERB_AFTER_PEOPLE = new Set('学说来去在都也参报受获到看给把被将会要能为');
/** 万亿台阶, 10万人民, 30家庭农场: the "unit" starts a longer noun, so it is no unit. */
function inLongerWord(tokens: TokenIndex, at: number, length: number): boolean {
  const i = tokens.at(at);
  if (i < 0) return false;
  const t = tokens.tokens[i]!;
  // (jieba may glue a half to its unit: 4 天半; or a verb or an adverb to 人: 150多 人学 得, 30 人在.)
  if (t.end === at + length + 1 && (t.word.endsWith('半') || (t.word[0] === '人' && VERB_AFTER_PEOPLE.has(t.word[1]!)))) return false;
  return t.start === at && t.end > at + length && t.tag.startsWith('n');
}

function sticky(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : null;
}

export interface ScanContext {
  text: string;
  tokens: TokenIndex;
  /** Spans already taken (day ranges): numerals inside are skipped. */
  taken: ReadonlyArray<{ start: number; end: number }>;
}

const isCjk = (c: string | undefined) => c !== undefined && /[\u3400-\u9fff]/.test(c);

/** A phrase naming people after a bare 万 (160万建档立卡贫困人口, 7300万湖南人民). */
const PEOPLE_AFTER = /^[\u4e00-\u9fff]{0,8}?(?:人口|人民|群众|农民|居民|市民|游客|学生|儿童|老人|职工|党员|农户|贫困户|网民|用户|观众|湖南人|儿女|同胞|乡亲|村民|考生|患者|员工|农民工|会员|粉丝)/u;
/** Money named after a bare 万 (捐了50万现金, 获得30万奖金): an amount in yuan. */
const MONEY_AFTER = /^(?:现金|善款|奖金|资金|补贴|补助|奖励|贷款|款项)/u;

/** All numeral+unit candidates of a text, in order, before the not-a-figure rules. */
export function scanNumbers(ctx: ScanContext): Array<Candidate & { ordinal: boolean; front: boolean }> {
  const { text, tokens } = ctx;
  const out: Array<Candidate & { ordinal: boolean; front: boolean }> = [];
  for (const m of NUMERAL_SCAN.all(text)) {
    const start = m.index;
    const core = m[0];
    if (ctx.taken.some((s) => start < s.end && start + core.length > s.start)) continue;
    const chinese = CHINESE_START.has(core.charCodeAt(0)) && !core.startsWith('百分之');
    const before = text[start - 1];
    // 三番五次, 统一, 万一: inside a word (第一, 前三 may be one word with their mark).
    if (chinese && !tokens.startsWord(start) && !((before === '第' || before === '前') && tokens.startsWord(start - 1))) continue;
    // 3至5年内, 10-15家: a range; its low end becomes the qualifier.
    const range = RANGE_PREFIX.exec(text.slice(Math.max(0, start - 10), start));
    // -3℃, 零下5摄氏度, -3至-1℃: a temperature below zero carries its sign (a dash after a number is a range's).
    const sign = !chinese && BELOW_ZERO_AFTER.test(text.slice(start, start + core.length + 4)) ? belowZeroSign(text, start) : '';
    const signedRange = sign && !range ? RANGE_PREFIX.exec(text.slice(Math.max(0, start - sign.length - 10), start - sign.length)) : null;
    if (!chinese && before !== undefined && CODE_BEFORE.test(before) && !range && !sign && !/(?:%|℃)[-—～~]$/.test(text.slice(Math.max(0, start - 2), start))) continue;
    const ordinal = before === '第';
    // 前三, and 后3位 after a rank verb (排名后3位: the last three).
    const front = (before === '前' && tokens.startsWord(start - 1)) || (before === '后' && RANKED_LAST.test(text.slice(Math.max(0, start - 4), start - 1)));

    if (core.includes('/')) {
      const v = slashShare(text, start, core);
      if (v === null) continue;
      const end = start + core.length;
      out.push(withHedges(text, tokens, {
        start, end, outerStart: start, outerEnd: end, value: v, unit: '%', def: null, factor: 1,
        category: 'percent', qualifier: null, chinese: false, ordinal, front,
      }));
      continue;
    }
    // Percent words and fractions carry their own unit.
    if (core.startsWith('百分之') || core.includes('分之')) {
      const value = core.startsWith('百分之') ? parsePercentWord(core) : parseFraction(core);
      if (value === null) continue;
      const v = core.startsWith('百分之') ? value : Math.round(value * 10000) / 100;
      const end = start + core.length;
      out.push(withHedges(text, tokens, {
        start, end, outerStart: start, outerEnd: end, value: v, unit: '%', def: null, factor: 1,
        category: 'percent', qualifier: null, chinese: true, ordinal, front,
      }));
      continue;
    }

    // Try the unit after the whole core, then give magnitude characters back (3千米 is 3 km).
    // (the magnitude characters ending the core: /[十百千万亿]*$/)
    let magLen = 0;
    while (magLen < core.length && MAGNITUDE_CODES.has(core.charCodeAt(core.length - 1 - magLen))) magLen++;
    let found: { numEnd: number; end: number; def: UnitDef | null; inner: string | null; magnitude: string } | null = null;
    // (a bare magnitude whose unit is the people or the money a noun after it names: 160万贫困人口, 50万现金)
    let namedAfter = false;
    // A cut that reads a longer unit wins (60千米/小时 is 60 km/h, not 60千 米).
    for (let cut = 0; cut <= magLen; cut++) {
      const numEnd = start + core.length - cut;
      if (numEnd <= start) break;
      let at = numEnd;
      const inner1 = sticky(INNER_QUALIFIER, text, at);
      if (inner1) at += inner1.length;
      let magnitude = '';
      if (inner1 && cut === 0) {
        magnitude = sticky(MAGNITUDE, text, at) ?? '';
        at += magnitude.length;
      }
      const inner2 = magnitude ? sticky(/[余多]/y, text, at) : null;
      if (inner2) at += inner2.length;
      const def = unitAt(text, at);
      if (def && !inLongerWord(tokens, at, def.printed.length) && (!found || at + def.printed.length > found.end)) {
        found = { numEnd, end: at + def.printed.length, def, inner: inner1 ?? inner2, magnitude };
      }
    }
    // 百亿元, 百万辆 need their unit; a bare 百万 or 千万 is a word, not a figure.
    if (!found && !/^[百千万]/.test(core)) {
      // A bare magnitude: 230亿 (unit further on in the list) or 1.2万 standing alone.
      const numEnd = start + core.length;
      let at = numEnd;
      const inner1 = sticky(INNER_QUALIFIER, text, at);
      if (inner1) at += inner1.length;
      const magnitude = inner1 ? (sticky(MAGNITUDE, text, at) ?? '') : '';
      at += magnitude.length;
      const printed = parseNumeral(text.slice(start, numEnd) + magnitude)?.magnitude ?? '';
      // …1.2万。 stands alone; 10万人民 is no bare magnitude but a unit inside a word…
      if (/[万亿]/.test(printed) && (!isCjk(text[at]) || THRESHOLD_AFTER.test(text.slice(at, at + 2)))) {
        const listDef = unitOfListTail(text, at, printed);
        found = { numEnd, end: at, def: listDef, inner: inner1, magnitude };
      } else if (/[万亿]/.test(printed) && PEOPLE_AFTER.test(text.slice(at, at + 12))) {
        // …but 160万建档立卡贫困人口, 7300万湖南人民 count the people the phrase after them names.
        found = { numEnd, end: at, def: unitByName('人'), inner: inner1, magnitude };
        namedAfter = true;
      } else if (/[万亿]/.test(printed) && MONEY_AFTER.test(text.slice(at, at + 2))) {
        // …and 50万现金, 30万奖金 an amount of the money named.
        found = { numEnd, end: at, def: unitByName('元'), inner: inner1, magnitude };
        namedAfter = true;
      }
    }
    if (!found) {
      if (ordinal || front) {
        // 第一 / 前三 with no unit: a possible rank, decided later.
        const p = parseNumeral(core);
        if (p) {
          out.push({
            start, end: start + core.length, outerStart: start, outerEnd: start + core.length,
            value: p.value * p.factor, unit: '位', def: null, factor: 1, category: 'rank',
            qualifier: null, chinese, ordinal, front,
          });
        }
      }
      continue;
    }
    // 三番五次, 一把手: a Chinese numeral and its unit must not sit inside a longer word.
    if (chinese) {
      const t = tokens.tokens[tokens.at(start)];
      if (t && t.start === start && t.end > found.end && !/^(?:m|mq|q)$/.test(t.tag)) continue;
    }
    const numeral = text.slice(start, found.numEnd) + found.magnitude;
    const parsed = parseNumeral(numeral);
    if (!parsed) continue;

    let def = found.def;
    let end = found.end;
    // 3个半小时, 一个半月: the half sits between 个 and the unit of time it belongs to.
    let half = 0;
    if (def?.printed === '个' && text[end] === '半') {
      const time = text.startsWith('小时', end + 1) ? '个小时' : text[end + 1] === '月' ? '个月' : null;
      if (time) {
        def = unitByName(time);
        end += time.length;
        half = 0.5;
      }
    }
    let unit = def && !namedAfter ? parsed.magnitude + def.shown : parsed.magnitude;
    // 2.5元/斤, 34.15元/公斤: a price, printed whole with the measure in its unit (b86's and b147's
    // gold; b65's prints the money alone). (A rate of things, 10万辆/年 or 4363例/日, is printed as its count.)
    if (def && def.category === 'money' && text[end] === '/') {
      const per = unitAt(text, end + 1);
      if (per && per.category !== 'money') {
        unit += '/' + per.printed;
        end += 1 + per.printed.length;
      }
    }
    // 7个方面, 11个省份: the dimension noun joins the text when it heads its phrase.
    let noun: string | undefined;
    if (def?.printed === '个') {
      const next = tokens.after(end);
      if (next && next.start === end && QUASI_UNIT_NOUNS.has(next.word)) {
        const following = tokens.after(next.end);
        const headed = !following || following.start !== next.end || !/^(?:n|vn|nz|ns|nt|j)/.test(following.tag);
        if (headed) {
          end = next.end;
          noun = next.word;
        }
      }
    }
    let qualifier = parsed.approx ?? found.inner ?? null;
    if (found.inner === '来' || found.inner === '几') qualifier = found.inner;
    const category: Candidate['category'] = def ? def.category : 'bare';
    // A deadline keeps its 内: 30天内, 15个工作日内; a half joins its whole (两年半, 4天半).
    if (category === 'time' && text[end] === '半' && !isCjk(text[end + 1] ?? '') || (category === 'time' && text[end] === '半' && /^半[来内，。、]/u.test(text.slice(end, end + 2)))) {
      end += 1;
      half = 0.5;
    }
    // (…but not the end a change comes to: 缩短至1小时内 → 1小时, as the corpus's gold reads it.)
    if (category === 'time' && !CHANGED_TO.test(text.slice(Math.max(0, start - 4), start))) {
      const dl = sticky(DEADLINE, text, end);
      if (dl) end += dl.length;
    }
    let from = range && !(range[1]!.length > 1 && range[1]!.startsWith('0')) ? start - range[0].length : start;
    if (from < start) qualifier = range![0];
    // (…with the low end's own sign: -3至-1℃.)
    if (sign || (from < start && BELOW_ZERO_AFTER.test(text.slice(start, start + core.length + 4)))) {
      if (sign) from = signedRange ? start - sign.length - signedRange[0].length : from === start ? start - sign.length : from;
      const lowSign = from < start - sign.length ? belowZeroSign(text, from) : '';
      from -= lowSign.length;
      if (from < start - sign.length) qualifier = text.slice(from, start - sign.length);
    }
    // 100米至160米: a range printing its unit at both ends is one figure; the low end, already
    // read as a figure of its own, becomes its qualifier.
    const low = def && from === start ? unitRangePrefix(text, start, text.slice(found.numEnd, found.end)) : null;
    const lowFigure = low ? out.at(-1) : undefined;
    if (low && lowFigure && lowFigure.start === start - low.length && lowFigure.unit === unit) {
      out.pop();
      from = start - low.length;
      qualifier = low;
    }
    // 上百条, 上万例: 上 ("as many as") is a hedge outside the figure's text, like 近 and 超; so are
    // 数 and 几 before ten thousands (数万亩 → 万亩, qualifier 数). 数十个, 几百只 print no number
    // a reader can hold: no figure (the corpus's gold leaves them out 16 times in 16).
    const vague = text[from] === '数' || text[from] === '几';
    if (vague && (!/[万亿]/u.test(text.slice(from, found.numEnd + found.magnitude.length)) || !def || namedAfter)) continue;
    const bound = text[from] === '上' || vague ? 1 : 0;
    if (bound) qualifier ??= text[from]!;
    out.push(withHedges(text, tokens, {
      start: from + bound, end, outerStart: from, outerEnd: end, value: parsed.value === null ? null : (parsed.value + half) * (sign ? -1 : 1), unit, def, factor: parsed.factor,
      // 第四至八名: a range of ordinals is an ordinal.
      category, qualifier, chinese, ordinal: ordinal || (from < start && text[from - 1] === '第'), front, noun,
    }));
  }
  // 近千场, 突破万人次, 上百名: a round hundred, thousand or ten thousand after a hedge or a verb of passing.
  // The magnitude at `at` (百, 千, 万) and the unit after it, as one figure; `spans` also takes time
  // and percentages.
  const roundFigure = (at: number, spans: boolean, lead?: string) => {
    if (ctx.taken.some((s) => at < s.end && at + 1 > s.start) || out.some((c) => at >= c.start && at < c.end)) return;
    const def = unitAt(text, at + 1);
    if (!def || (!spans && (def.category === 'time' || def.category === 'percent')) || inLongerWord(tokens, at + 1, def.printed.length)) return;
    const end = at + 1 + def.printed.length;
    // 超亿元, 上亿元: a hundred million is printed as its unit (value 1, 亿元), as the gold lists it;
    // a threshold naming a kind (超亿元村, 过亿元项目) is no figure.
    const yi = text[at] === '亿';
    if (yi && (def.category !== 'money' || /^(?:的?[村户项企级])/u.test(text.slice(end, end + 2)))) return;
    const value = yi ? 1 : text[at] === '百' ? 100 : text[at] === '千' ? 1000 : 10000;
    const c = withHedges(text, tokens, {
      start: at, end, outerStart: at, outerEnd: end, value, unit: yi ? `亿${def.shown}` : def.shown, def, factor: 1,
      category: def.category, qualifier: null as string | null, chinese: true, ordinal: false, front: false,
    });
    // (上千, 过亿: the hedge that led to the round figure is its qualifier.)
    if (c.qualifier === null && lead !== undefined && /^(?:上|过)$/u.test(lead)) {
      c.qualifier = lead;
      c.outerStart = at - lead.length;
    }
    out.push(c);
  };
  for (const m of text.matchAll(ROUND_NUMBER)) roundFigure(m.index + m[0].length - 1, false, m[1]);
  // 千亩果园, 百米长龙, 突破百万元: a round hundred or thousand printed bare before an area, a length
  // or a sum (the corpus's gold lists them 21 times in 25; 千家万户, 万人义务植树 are other units).
  for (const m of text.matchAll(BARE_MAGNITUDE)) roundFigure(m.index, true);
  // 半小时, 半个月: half a unit of time, with no numeral (半年 and 半天 are mostly periods or "a long while").
  for (const m of text.matchAll(HALF_UNIT)) {
    if (ctx.taken.some((s) => m.index < s.end && m.index + m[0].length > s.start) || !tokens.startsWord(m.index)) continue;
    const def = unitAt(text, m.index + 1);
    if (!def) continue;
    let end = m.index + m[0].length;
    end += sticky(DEADLINE, text, end)?.length ?? 0; // 半个小时内
    out.push(withHedges(text, tokens, {
      start: m.index, end, outerStart: m.index, outerEnd: end, value: 0.5, unit: def.shown, def, factor: 1,
      category: 'time', qualifier: null, chinese: true, ordinal: false, front: false,
    }));
  }
  // 占全省的一半, 近一半: half of a whole is a share of 50% (the corpus's gold lists it 6 times in 6);
  // 另一半 is a spouse, 一半以上 a share all the same.
  for (const m of text.matchAll(/(?<!另)一半(?![天年月])/gu)) {
    if (ctx.taken.some((s) => m.index < s.end && m.index + 2 > s.start) || out.some((c) => m.index < c.end && m.index + 2 > c.start)) continue;
    const def = unitByName('%')!;
    out.push(withHedges(text, tokens, {
      start: m.index, end: m.index + 2, outerStart: m.index, outerEnd: m.index + 2, value: 50, unit: '%', def, factor: 1,
      category: 'percent', qualifier: null, chinese: true, ordinal: false, front: false,
    }));
  }
  // 排名首位, 居全国首位, 500强榜首, 居各地区之首: the first place, a rank written without a numeral.
  for (const m of text.matchAll(/首位|榜首|之首/gu)) {
    if (m[0] !== '榜首' && !FIRST_PLACE_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index)) && !rankVerbInClause(text, m.index)) continue;
    if (ctx.taken.some((s) => m.index < s.end && m.index + 2 > s.start)) continue;
    out.push({
      start: m.index, end: m.index + 2, outerStart: m.index, outerEnd: m.index + 2, value: 1, unit: '位', def: null, factor: 1,
      category: 'rank', qualifier: null, chinese: true, ordinal: false, front: false,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** What a bare 2万亿 or 8千亿 reaches: a level (迈上2万亿台阶, 跃过8千亿大关). */
const THRESHOLD_AFTER = /^(?:台阶|大关|关口)/u;
const ROUND_NUMBER = /(近|上|逾|超|过|约|突破|超过|达到?)([百千万亿])(?=[\u4e00-\u9fff])/gu;
const BARE_MAGNITUDE = /(?<![\d.一二三四五六七八九十两几数上近逾超万千百余多来方第每])([百千万])(?=亩|米(?![饭粉粒酒])|万元(?!户))/gu;
const RANKED_LAST = /(?:排名|排在|居|位列|位居|名列|[^系]列)$/u;
const HALF_UNIT = /(?<![一二两三四五六七八九十\d个上下前后大多])半(?:个小时|小时|个月)/gu;

/**
 * A rank verb earlier in the clause, the field ranked in between (跃居各类技术合同成交额首位, 以3037项居各
 * 地区之首); not what is put first (把安全放在首位) nor 居 of 居民.
 */
const RANK_VERB_IN_CLAUSE = /(?:排名|排在|位居|稳居|跃居|升居|位列|名列|居于|雄踞|(?<![邻民定聚安])居(?![民住家然多中]))([^，。；：！？、\n“”]{0,14})$/u;
function rankVerbInClause(text: string, at: number): boolean {
  const m = RANK_VERB_IN_CLAUSE.exec(text.slice(Math.max(0, at - 24), at));
  return m !== null && !/[把将]|(?<!排)在$/u.test(m[1]!);
}

/** A rank verb and its scope before 首位 (排名, 居全国, 位居中部六省). */
const FIRST_PLACE_BEFORE = /(?:排名|排在|居|位居|稳居|跃居|位列|名列|保持)(?:全国|全省|全市|全球|世界|中部|中部六省|同类城市|全国同类|省内|国内|[\u4e00-\u9fff]{1,6}?(?:国家|省份|城市|地区|机场|企业|高校|区县|县市区|市州))?$/u;

/**
 * `100米至` before the high end of a range whose unit (米) is printed at both ends; null when none.
 * Only 至/到: figures joined by a dash (3%—5%) stay two, as the seed reads them.
 */
function unitRangePrefix(text: string, start: number, printedUnit: string): string | null {
  if (!printedUnit) return null;
  const head = text.slice(Math.max(0, start - 12 - printedUnit.length), start);
  if (!/[至到—－\-～~]$/u.test(head)) return null; // most figures have no range before them
  let re = RANGE_LOW_END.get(printedUnit);
  if (!re) {
    // (…its low end may be hedged: 2000多元至3500元, 10余万元至20万元.)
    re = new RegExp(`(?<![\\d.,])\\d+(?:\\.\\d+)?[多余]?[十百千万亿]*[多余]?${printedUnit.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?:至|到|—|－|-|～|~)$`);
    RANGE_LOW_END.set(printedUnit, re);
  }
  const m = re.exec(head);
  return m ? m[0] : null;
}
/** The low-end pattern of a range, one per unit, built once. */
const RANGE_LOW_END = new Map<string, RegExp>();

/** Words that end in a hedge character without being one. */
const NOT_A_HEDGE = new Set(['最近', '附近', '临近', '靠近', '贴近', '亲近', '走近', '赶超', '高超']);

/** Is the hedge at [at, c.start) a word of its own, or glued to the word before it (已有近)? */
function isHedgeWord(tokens: TokenIndex, at: number, end: number): boolean {
  if (tokens.startsWord(at)) return true;
  const i = tokens.at(at);
  const t = i >= 0 ? tokens.tokens[i]! : null;
  return t !== null && t.end === end && !NOT_A_HEDGE.has(t.word.slice(-2)) && !NOT_A_HEDGE.has(t.word);
}

function withHedges<T extends Candidate>(text: string, tokens: TokenIndex, c: T): T {
  const pre = PRE_QUALIFIER.exec(text.slice(Math.max(0, c.start - 3), c.start));
  if (pre && isHedgeWord(tokens, c.start - pre[0].length, c.start)) {
    c.qualifier ??= pre[0];
    c.outerStart = c.start - pre[0].length;
  }
  if (c.category !== 'time') {
    const post = sticky(POST_QUALIFIER, text, c.end);
    if (post) {
      c.qualifier ??= post;
      c.outerEnd = c.end + post.length;
    }
  }
  return c;
}

/** Is this duration a stated period (为期3天, 30天内) rather than a time reference (近3年, 吃两天)? */
export function isStatedDuration(text: string, c: Candidate): boolean {
  // 8月14日竣工: the day of a calendar date, never a span of days.
  if (text[c.end - 1] === '日' && /[\d一二三四五六七八九十]月$/u.test(text.slice(Math.max(0, c.outerStart - 3), c.outerStart))) return false;
  if (/(?:内|年头)$/.test(text.slice(c.start, c.end))) return true;
  // 用3至5年时间, 一年时间实现…: a span of time spent on something.
  if (text.startsWith('时间', c.outerEnd) && !/[这那每该同]$/.test(text.slice(Math.max(0, c.outerStart - 1), c.outerStart))) return true;
  // 30年间, 3天里: a span of time something went on in.
  if (/^[间里](?![的])/u.test(text.slice(c.outerEnd, c.outerEnd + 2)) && /年|天|个月/u.test(text.slice(c.start, c.end)) && !/[这那近每]/u.test(text.slice(Math.max(0, c.outerStart - 1), c.start))) return true;
  // 从教32年, 耕耘教学园地39年, 当兵24年(来): a length of service, whatever follows it.
  if (SERVICE_BEFORE.test(text.slice(Math.max(0, c.outerStart - 10), c.outerStart)) && !/^如一日/u.test(text.slice(c.outerEnd, c.outerEnd + 3))) return true;
  if (/年|个月/u.test(text.slice(c.start, c.end)) && (LIVED_BEFORE.test(text.slice(Math.max(0, c.outerStart - 12), c.outerStart)) || AGE_OF_BEFORE.test(text.slice(Math.max(0, c.outerStart - 5), c.outerStart)))) return true;
  // 3年来, 40多年来: the span up to now bounds a reporting period (5年来累计…), not a stated
  // duration: the gold of b7 onwards and most batches leave it out (b2, b3 and the exam list it).
  if (/^以?来(?!的)/u.test(text.slice(c.outerEnd, c.outerEnd + 3))) return false;
  // 6个月后经第三方评估: a deadline counted from an event (not 两年后的今天, a time reference).
  if (/^后[，,经再才即]/.test(text.slice(c.outerEnd, c.outerEnd + 2)) && !/[前近过去]$/.test(text.slice(Math.max(0, c.outerStart - 1), c.outerStart))) return true;
  // 三天的支教生活: a span of days or hours opening a clause and qualifying what filled it.
  if (/^的/u.test(text.slice(c.outerEnd)) && /(?:天|小时|周|个月)$/u.test(text.slice(c.start, c.end)) && /^$|[，。；：！？、\n（(“]$/u.test(text.slice(Math.max(0, c.outerStart - 1), c.outerStart))) return true;
  // 抽了2个月左右, 忙了半个月。: a verb's completed span closing its clause (not 过了两天, 吃了两天苦
  // or 开始了一天的工作).
  const verbDone = text.slice(Math.max(0, c.outerStart - 2), c.outerStart);
  // 排了一个小时的队, 上了三年的学: the span sits inside a verb and its one-character object.
  if (/[\u4e00-\u9fff]了$/u.test(verbDone) && !/[过隔到至为]了$/u.test(verbDone) && /^(?:[^\u4e00-\u9fff]|左右|之久|有余|时间|$|的[\u4e00-\u9fff](?:[^\u4e00-\u9fff]|$))/u.test(text.slice(c.outerEnd, c.outerEnd + 3))) return true;
  // 40多天过去了; 3个半小时的车程: what follows says it is time gone by or a journey's length.
  if (SPAN_AFTER.test(text.slice(c.outerEnd, c.outerEnd + 5))) return true;
  // 由原来的8小时缩至6小时: the span a change starts from is as much a figure as the one it ends at.
  if (CHANGE_FROM.test(text.slice(Math.max(0, c.outerStart - 6), c.outerStart)) && CHANGE_AFTER.test(text.slice(c.outerEnd, c.outerEnd + 8))) return true;
  const before = text.slice(Math.max(0, c.outerStart - 5), c.outerStart);
  if (DURATION_CUE.test(before.slice(-4)) || DAYS_COUNTED.test(before)) return true;
  return isClockSpan(text, c, before);
}

/**
 * Hours, minutes and seconds are spent, not dated (8分钟成功营救, 4个多小时才到达, 一场6个多小时的
 * 手术): such a span is a stated duration wherever it stands, but for a rate (每小时), a moment
 * counted from (1小时后), round the clock (24小时值守) and a zone of travel (1小时经济圈).
 */
const CLOCK_UNIT = /(?:小时|分钟|秒钟?)$/u;
const CLOCK_SPAN_NOT_BEFORE = /(?:每|这|那|上|前|后|最后|第|时|[×*]|每[天日周][^，。；！？\n]{0,4})$/u;
const CLOCK_SPAN_NOT_AFTER = /^(?:[后前\d]|以[后前]|之[后前]|[^，。；！？\n]{0,4}圈|制|一班|一次|一趟)/u;

function isClockSpan(text: string, c: Candidate, before: string): boolean {
  if (!CLOCK_UNIT.test(text.slice(c.start, c.end))) return false;
  if (CLOCK_SPAN_NOT_BEFORE.test(before) || CLOCK_SPAN_NOT_AFTER.test(text.slice(c.outerEnd, c.outerEnd + 6))) return false;
  return !(c.value === 24 && /小时$/u.test(text.slice(c.start, c.end)));
}

