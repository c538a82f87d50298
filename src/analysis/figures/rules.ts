import { codeSet } from '../clean/chars';
import type { Candidate } from './scan';
import { isStatedDuration } from './scan';
import type { TokenIndex } from './tokens';
import { AREA_COUNT } from './units';

/** A character that makes an area's unit part of a longer word (市长, 县委, 区域, 村民, 乡镇). */
const AREA_WORD_AFTER = /^[长委民政级场内里域中区镇乡村县省州属直管辖界际外]/u;

/**
 * The not-a-figure rules and the rank rule: ordinals (第二届) are names, not figures, unless they
 * state a position (中西部第一, 排名全国第3位); 一家/两个 are mostly articles; durations are
 * figures only when stated as a period; numeral slogans (“两个确立”) are not counts.
 */

/** Words that set the field of a ranking: 全国第一, 中西部第一, 同类城市前三. */
const SCOPE_WORDS = new Set(
  (
    '全国 全省 全市 全区 全州 全县 全球 世界 国内 省内 市内 国际 亚洲 中部 西部 东部 东北 中西部 ' +
    '中部地区 西部地区 同类 同行业 行业 全行业 同类城市 省会城市 中部六省 全国同类 榜单 排行榜 同期'
  ).split(' '),
);
const SCOPE_SUFFIX = /(?:省|市|部|国|地区|城市|榜|县|州|强)$/;
const RANK_VERBS = new Set(
  (
    '居 位居 稳居 跃居 升居 位列 名列 排名 排 排在 排位 列 列居 保持 位于 跻身 进入 挺进 获 获得 荣获 夺得 摘得 ' +
    '跃升 跃升至 升至 上升至 晋级 排名第 位次 居于 雄踞 领跑'
  ).split(' '),
);

const RANK_VERB_BEFORE = new RegExp(`(?:${[...RANK_VERBS].sort((a, b) => b.length - a.length).join('|')})$`);

/** Scopes that are the whole of an area: 全国, 全省, 全球 … */
const WHOLE_AREA = /^全(?:国|省|市|区|州|县|球)$/u;

function isScope(word: string, tag: string): boolean {
  return SCOPE_WORDS.has(word) || tag === 'ns' || (word.length >= 2 && SCOPE_SUFFIX.test(word) && /^n/.test(tag));
}

/** For 第N / 前N at `markPos`: the scope's start, or the mark when a rank verb precedes, or null. */
function rankStart(text: string, tokens: TokenIndex, markPos: number): number | null {
  let at = markPos;
  let scoped = false;
  let named = false; // a scope worth printing with the rank (中西部第一, 国内第一)
  for (let n = 0; n < 2; n++) {
    const t = tokens.before(at);
    if (!t || t.end !== at || !isScope(t.word, t.tag)) break;
    at = t.start;
    scoped = true;
    named ||= !WHOLE_AREA.test(t.word) && t.tag !== 'ns' && !t.word.endsWith('强');
  }
  // 全国第10位, 全省前三, 张家界市第二: the rank is the number; the whole country or a place
  // around it is what the subject says.
  if (scoped) return named ? at : markPos;
  // 排名第15位: jieba may glue the verb to 第, so read the verb off the text.
  if (RANK_VERB_BEFORE.test(text.slice(Math.max(0, at - 4), at))) return markPos;
  // 位居中部机场第一: a rank verb, then the field ranked in (nouns, up to eight characters). The
  // field is printed with the rank only when it names an area (荣获团体总分第一名 prints 第一名).
  for (let n = 0, from = at, area = false; n < 3; n++) {
    const t = tokens.before(from);
    if (!t || t.end !== from || !/^(?:n|ns|nz|j|nt|f)$/.test(t.tag) || at - t.start > 8) break;
    from = t.start;
    area ||= isScope(t.word, t.tag);
    if (RANK_VERB_BEFORE.test(text.slice(Math.max(0, from - 4), from))) return area ? from : markPos;
  }
  // 全国储量第二, 全省增速第一: an area, then the measure it is ranked on, then the rank.
  const field = tokens.before(at);
  if (field && field.end === at && /^(?:n|vn|v)$/.test(field.tag) && field.word.length >= 2 && field.word.length <= 3) {
    const area = tokens.before(field.start);
    if (area && area.end === field.start && isScope(area.word, area.tag)) return markPos;
  }
  return null;
}

const CJK = /[\u3400-\u9fff]/;

/** 联赛第四名, 总分第八名, 较好的前三名: the event or measure the placing is in comes right before. */
const RIVAL_BEFORE = /(?:领先|超过|超越|落后|击败|战胜|甩开)$/u;
function placedAfter(tokens: TokenIndex, mark: number): boolean {
  const t = tokens.before(mark);
  if (!t || t.end !== mark || RIVAL_BEFORE.test(t.word)) return false;
  return t.word === '的' || /^(?:n|nz|vn|j)$/.test(t.tag);
}

function startsNoun(tokens: TokenIndex, at: number): boolean {
  const t = tokens.after(at);
  return t !== null && t.start === at && /^(?:n|nr|ns|nt|nz|vn|j)/.test(t.tag);
}

type Scanned = Candidate & { ordinal: boolean; front: boolean };

/** A verb of winning earlier in the clause: the 第N名 / 前N名 after it is a placing. */
const WON_IN_CLAUSE = /(?:获得|夺得|摘得|斩获|取得|荣获|获|夺|摘|位列|名列|进入|跻身)/u;
function clauseBefore(text: string, at: number): string {
  const head = text.slice(Math.max(0, at - 24), at);
  return head.slice(Math.max(...[...'，。；：！？\n'].map((p) => head.lastIndexOf(p))) + 1);
}

/** The items of a list of ranks before an item's 第 (第1、第3、). */
const RANK_LIST_BEFORE = /(?:第[\d一二三四五六七八九十]+、)+$/u;

/**
 * 位列2024年度全国综合实力百强县市第五, 排名…绿色发展百强县市第四位、投资潜力百强县市第三位: a rank
 * verb, then a long field (a ranking's name and year) and the rank; the items after a 、 share the verb
 * when each item before ends in its own rank.
 */
const RANK_VERB_FAR = /(?:排名|排在|位居|稳居|跃居|升居|位列|名列|居于)([^，。；：！？\n“”]{1,64})$/u;
const ENDS_IN_RANK = /第[\d一二三四五六七八九十]+[位名]?$/u;
function rankAfterLongField(text: string, mark: number): boolean {
  const m = RANK_VERB_FAR.exec(text.slice(Math.max(0, mark - 72), mark));
  if (!m) return false;
  const items = m[1]!.split('、');
  // (排名从第5位掉到…, 从第14名到第12名: a move between ranks is read elsewhere.)
  return !/[把将从由到至]/u.test(m[1]!) && items.slice(0, -1).every((i) => ENDS_IN_RANK.test(i));
}

/** The rank a 第N/前N candidate states, or null when it is an ordinal or a period. */
function asRank(text: string, tokens: TokenIndex, c: Scanned): Candidate | null {
  const mark = c.start - 1;
  let end = c.end;
  if (c.category === 'rank') {
    const next = text[end];
    if (next === '强' && c.front) end += 1;
    else if (next !== undefined && CJK.test(next) && next !== '大' && next !== '的') return null;
  } else if (!(c.def && (c.def.printed === '位' || c.def.printed === '名') && c.factor === 1)) {
    return null; // 第一台设备, 第二届, 前11个月
  }
  // 分居全国第1、第2位: each item of a list of ranks is a rank, read from the list's first item.
  const list = RANK_LIST_BEFORE.exec(text.slice(Math.max(0, mark - 24), mark));
  let start = list ? (rankStart(text, tokens, mark - list[0].length) === null ? null : c.start - 1) : rankStart(text, tokens, mark);
  if (start === null && !c.front && rankAfterLongField(text, mark)) start = mark;
  // 夺得混合团体组第一名, 获得55岁组女子单打前三名: a placing (名) won in a named event.
  if (start === null && c.def?.printed === '名' && WON_IN_CLAUSE.test(clauseBefore(text, mark))) start = mark;
  // 联赛第四名更让…, 以总分第八名的成绩, 较好的前三名: 第N名 / 前N名 closing its phrase is a placing
  // (第一名志愿者, with a noun after it, counts people instead; 领先第二名, 从第14名 name a rival).
  if (start === null && c.def?.printed === '名' && !startsNoun(tokens, c.end) && placedAfter(tokens, mark)) start = mark;
  // 完成率前3位分别是…, 增速前3名的市州: the top places of a measure (前3位专家, with a noun after it, counts people).
  if (start === null && c.front && !startsNoun(tokens, c.end)) start = mark;
  // 我省第二大天然湖泊, 非洲的第一大贸易伙伴: the N-th largest of the things named after it is a rank
  // in itself (第一大将, one word of jieba's, is a general's rank).
  if (start === null && c.ordinal && text[c.end] === '大' && tokens.startsWord(c.end + 1) && startsNoun(tokens, c.end + 1)) {
    start = mark;
    end = c.end + 1;
  }
  if (start === null) return null;
  // The list's 位 is all its items': 第2位 after 第1、 is printed 第2 (as 第1 is).
  if (list && c.def && /^[位名]$/.test(c.def.printed)) end = c.end - c.def.printed.length;
  return {
    ...c,
    start,
    end,
    outerStart: start,
    outerEnd: end,
    unit: '位',
    def: null,
    category: 'rank',
    qualifier: null,
  };
}

const COUNT_ITEM = /(?:\d|[一二两三四五六七八九十])[余多]?[个家场项名位台次件所条组支座套户批类种款轮例]/;

/** Is this count one item of a list of counts (一场开幕式、三个分论坛、一个展览)? */
function inCountList(text: string, c: Candidate): boolean {
  if (text[c.outerStart - 1] === '、') {
    const head = text.slice(Math.max(0, c.outerStart - 16), c.outerStart - 1);
    const item = head.slice(Math.max(...[...'，。；：！？、\n'].map((p) => head.lastIndexOf(p))) + 1);
    if (COUNT_ITEM.test(item)) return true;
  }
  const tail = text.slice(c.outerEnd, c.outerEnd + 14);
  return /^[^，。；：！？\n、]*、(?:\d|[一二两三四五六七八九十])/.test(tail);
}

/** Clause punctuation and quotation marks: a quoted slogan is a phrase of its own. */
const PHRASE_LIMITS = codeSet('，,。；;：:！!？?\n“”');

/** The phrase around a candidate, between clause punctuation or quotation marks. */
function phraseAround(text: string, c: Candidate): { start: number; end: number } {
  let start = c.start;
  while (start > 0 && !PHRASE_LIMITS.has(text.charCodeAt(start - 1))) start--;
  let end = c.end;
  while (end < text.length && !PHRASE_LIMITS.has(text.charCodeAt(end))) end++;
  return { start, end };
}

/** Verbs of building, adding or holding: what follows them is counted (新建两座, 开通两条). */
const ADDING_VERB =
  /(?:新建|新上|新增|新开|新设|新开工|建成|建起|建设|开通|开设|引进|引入|落地|投产|投用|设立|组建|成立|拥有|培育|打造|上马)了?$/;
/** 烘干和包装两条, 茶艺、陶艺两个: the count sums up the items listed just before it. */
const AFTER_ITEMS = /[\u3400-\u9fff]{1,8}(?:和|与|及|、)[\u3400-\u9fff]{1,8}$/;

/**
 * 一/两 + measure word stands for "a"/"a couple of" unless it is one item of a list of counts;
 * 两 counts for real after a verb of adding or after the items it sums up.
 */
function isArticleLike(text: string, c: Candidate): boolean {
  if (!c.chinese || c.category !== 'count' || c.factor !== 1) return false;
  if (c.value !== 1 && c.value !== 2) return false;
  if (inCountList(text, c)) return false;
  // 两 counts (两名工友, 两辆消防车), unless it points back at things just named (这两家企业,
  // 另外两组) or makes a two-digit rate (两位数).
  // (二 + a measure word is mostly a word of its own: 二次开发, 不二门.)
  if (c.value === 2 && text[c.start] === '两') return /(?:这|那|其中|另外|另)$/u.test(text.slice(Math.max(0, c.outerStart - 2), c.outerStart)) || text[c.end] === '数';
  if (c.value === 2) {
    const clause = text.slice(Math.max(phraseAround(text, c).start, c.outerStart - 12), c.outerStart);
    if (ADDING_VERB.test(clause) || AFTER_ITEMS.test(clause)) return false;
  }
  return true;
}

/**
 * 一次登记、一窗受理、一网通办; 一个标准、一把尺子: items joined by 、 that all start with 一 are
 * parallel rhetoric, not counts (一场开幕式、三个分论坛 is a list of counts).
 */
function isParallelOne(text: string, c: Candidate): boolean {
  if (!c.chinese || text[c.start] !== '一' || c.value !== 1) return false;
  const { start, end } = phraseAround(text, c);
  const items = text.slice(start, end).split('、');
  // The first item may carry the verb before it (做到一次采集、…, 坚持一个标准、…).
  const lead = items[0]!.indexOf('一');
  if (lead < 0 || lead > 4) return false;
  items[0] = items[0]!.slice(lead);
  return items.length >= 2 && items.every((it) => it.startsWith('一') && it.length >= 2 && it.length <= 8);
}

/** [start, end) lies inside a quoted phrase of at most eight characters (“黄金十条”, “四大检察”). */
export function inShortQuote(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf('“', start - 1);
  if (open < 0 || start - open > 8) return false;
  const close = text.indexOf('”', end);
  return close >= 0 && close - open - 1 <= 8 && !/[”\n]/u.test(text.slice(open + 1, start));
}

/** “两个确立”, “四个意识”, 五个坚持: numeral slogans. */
function isSlogan(text: string, tokens: TokenIndex, c: Candidate): boolean {
  if (!c.chinese) return false;
  // 打通“最后一公里”: the last stretch of a service, a figure of speech, not a distance.
  if (c.def?.base === '公里' && text.slice(Math.max(0, c.outerStart - 2), c.outerStart) === '最后') return true;
  if (text[c.outerStart - 1] === '“') {
    const close = text.indexOf('”', c.end);
    if (close >= 0 && close - c.start <= 8) return true;
  }
  // 招商“黄金十条”, “长江四口”: a count inside a short quoted name is the name's, wherever it stands.
  if (c.category === 'count' && inShortQuote(text, c.start, c.end)) return true;
  if (c.def?.printed === '个' && !c.noun && !inCountList(text, c)) {
    const next = tokens.after(c.end);
    // 两个维护, 四个坚持: a two-character verb; jieba also tags some nouns v (兴趣班).
    if (next && next.start === c.end && /^v/.test(next.tag) && next.tag !== 'vn' && next.end - next.start === 2) {
      return true;
    }
  }
  return false;
}

/** 超过10亿元的, 过2亿元的: a line passed, before 的. */
const OVER_BEFORE = /(?:超过|超|逾|过|高于|突破)$/u;
/** …的有7家公司, …的5家, …的重大项目53个: the things counted, in the same clause. */
const COUNTED_AFTER = /^的[^，,。；;！？、（(]{0,10}?(?:\d+|[一二三四五六七八九十两百千]+)(?:家|个|项|款|座|户|名|宗|批|所|只|种|条|位)/u;

/**
 * 10亿元以上项目, 100人以下企业: a size class naming a category, not a figure. So is the line
 * that defines a group counted next: 净利润超过10亿元的有7家公司, 过2亿元的重大项目53个.
 */
function isThreshold(text: string, tokens: TokenIndex, c: Candidate): boolean {
  if (c.category !== 'date' && c.category !== 'rank' && c.category !== 'time' && c.outerEnd === c.end) {
    if (OVER_BEFORE.test(text.slice(Math.max(0, c.start - 2), c.start)) && COUNTED_AFTER.test(text.slice(c.end, c.end + 16))) return true;
  }
  if (c.category !== 'money' && c.category !== 'measure' && c.category !== 'count') return false;
  // 39℃以上高温 is a forecast, not a class of things above a line.
  if (c.def?.base === '℃') return false;
  if (!/^(?:以上|以下)$/.test(text.slice(c.end, c.outerEnd))) return false;
  // (…with or without 的: 60岁以上老人, 60岁以上的老人.)
  const at = text[c.outerEnd] === '的' ? c.outerEnd + 1 : c.outerEnd;
  const next = tokens.after(at);
  return next !== null && next.start === at && /^(?:n|vn|nz|j|l)/.test(next.tag);
}

/** The verbs before a count of editions held (连续举办十四届, 已开展11届, 共办了5届). */
const EDITIONS_HELD = /(?:连续|举办了?|举行了?|开展了?|办了|已办|累计|先后|共)$/u;

/** 省十二届人大五次会议, 十八届三中全会: the session's number is an ordinal name, not a count. */
function isSessionOrdinal(text: string, c: Candidate): boolean {
  if (!c.def || !/^[次中]$/u.test(c.def.printed)) return false;
  return /^(?:会议|全会|全体会议|会)/u.test(text.slice(c.end, c.end + 4)) && /届/u.test(text.slice(Math.max(0, c.start - 10), c.start));
}

/**
 * 500米直道竞速, 100米自由泳, 4×100米接力, 75公斤级, 55岁组, 女子八人单桨有舵手: a distance, a weight
 * class, an age group or a crew that names an event is no figure.
 */
function isRaceName(text: string, c: Candidate): boolean {
  if (/(?:公斤|千克)$/.test(c.unit) && text[c.end] === '级') return true;
  // 55岁组, 60岁以上组: an age group names an event too.
  if (/岁$/.test(c.unit) && /^(?:以上|以下)?组/u.test(text.slice(c.end, c.end + 3))) return true;
  if (c.category === 'count' && /人$/.test(c.unit) && /^(?:双桨|单桨|单人|双人|划艇|皮艇|赛艇|艇)/u.test(text.slice(c.end, c.end + 2))) return true;
  if (c.category !== 'measure' || !/米$/.test(c.unit)) return false;
  return /^(?:直道|竞速|赛跑|跑|自由泳|蛙泳|仰泳|蝶泳|混合泳|接力|跨栏|障碍|短跑|长跑|决赛|预赛|比赛|项目|冠军)/u.test(text.slice(c.end, c.end + 4));
}

/** Keep, turn into a rank, or drop (null) one scanned candidate. */
/**
 * 凌晨441分, 上午930分: a clock time some reposting sites print with its 时 lost. Three or four
 * digits that read as hours and minutes, after a part of the day or opening a clause that a comma
 * closes (453分，首批救援人员抵达), are no score.
 */
function isClockWithoutHour(text: string, c: Candidate): boolean {
  const digits = text.slice(c.start, c.end - 1);
  if (!/^\d{3,4}$/u.test(digits)) return false;
  const n = Number(digits);
  if (n % 100 > 59 || n / 100 > 24) return false;
  const before = text.slice(Math.max(0, c.outerStart - 2), c.outerStart);
  return /(?:凌晨|上午|下午|晚上|早上|中午|傍晚|夜间|当晚|今晨|[晚早]|日)$/u.test(before) || (/(?:^|[。，,；;\n])$/u.test(before) && /^[，,]/u.test(text.slice(c.end, c.end + 1)));
}

/** Two or more administrative levels listed before a count of tiers (省市县三级, 市、县两级, 乡(镇、街道)四级). */
const LEVEL = '(?:[省市州县区乡镇村组户]|街道|社区)(?:[（(][^（()）]{0,6}[)）])?';
const LEVELS_BEFORE = new RegExp(`${LEVEL}(?:[、，,]?${LEVEL})+[”"]?$`, 'u');
/** The systems a count of tiers builds (五级河长, 三级林长体系, 四级联动, 三级物流网, 五级实体平台). */
const TIERED_AFTER = /^(?:[”"]?联动|[\u3400-\u9fff]{0,4}(?:体系|河长|林长|湖长|网络|网|平台))/u;
/** A wind force or an earthquake's magnitude (5级以上偏北大风, 风力7级, 3.1级地震): a measure. */
const SCALE_AFTER = /^(?:以上|左右|至\d+级)?(?:的)?[东南西北偏]{0,3}(?:大风|阵风|风|地震|余震)/u;
const SCALE_BEFORE = /(?:风力|阵风|风|震级|里氏)(?:达到?|为|约)?$/u;

/**
 * 级 after a numeral is a rank of hospitals, posts, species and responses (三级医院, 一级巡视员,
 * 国家二级保护动物, 一级响应) far more often than a figure. It is one in two kinds of text: the count
 * of tiers of government a task runs through (省市县三级, 四级联动), and a wind force or a quake.
 */
function asLevelCount(text: string, c: Candidate): Candidate | null {
  const before = text.slice(Math.max(0, c.outerStart - 16), c.outerStart);
  const after = text.slice(c.end, c.end + 8);
  if (SCALE_AFTER.test(after) || SCALE_BEFORE.test(before)) return { ...c, category: 'measure' };
  if (c.factor !== 1 || c.value === null || c.value > 9) return null;
  return LEVELS_BEFORE.test(before) || TIERED_AFTER.test(after) ? c : null;
}

/** 连播三集, 纪录片共5集: episodes; not 三一集团 or 汇集. 字 only after an Arabic numeral (十字路口, 一字排开). */
function isEpisodeOrCharCount(text: string, c: Candidate): boolean {
  if (c.def?.printed === '字') return !c.chinese;
  return !/^[团中聚市镇群约成资装体结]/u.test(text.slice(c.end, c.end + 1));
}

/** The units of an address's parts, and the places they follow (…村一组, …小区11栋). */
const ADDRESS_PARTS: ReadonlySet<string> = new Set(['组', '栋', '幢', '单元']);
const ADDRESS_BEFORE = /(?:村|社区|小区|花园|公寓|大厦|[^\d]苑)$/u;

export function applyRules(text: string, tokens: TokenIndex, c: Scanned): Candidate | null {
  if (c.ordinal || c.front) {
    const rank = asRank(text, tokens, c);
    if (rank) return rank;
    if (c.ordinal || c.category === 'rank' || c.category === 'time') return null;
  }
  // 排名首位: the scan took 首位 only after a rank verb.
  if (c.category === 'rank') return /^(?:首位|榜首|之首)$/u.test(text.slice(c.start, c.end)) ? c : null;
  if (c.category === 'time') {
    // 2025年 is a year; 1700多年 (the 多 or 余 says so) is a span.
    if (c.value !== null && c.value >= 1000 && c.def?.printed === '年' && c.factor === 1 && !/[多余]年$/u.test(text.slice(c.start, c.end))) return null;
    // 服务时长3亿小时: a total of time, measured like any other quantity.
    if (c.factor >= 1e4) return { ...c, category: 'measure' };
    // 以6.84秒夺冠: a time clocked to the hundredth is a result, measured like a distance.
    if (c.def?.printed === '秒' && text.slice(c.start, c.end).includes('.')) return { ...c, category: 'measure' };
    return isStatedDuration(text, c) ? c : null;
  }
  if (c.category === 'bare' && !(c.factor >= 1e4)) return null;
  // 六成, 9成以上, 约占4成: tenths of a whole; not 5成员 or 八成新 (a word goes on after 成).
  if (c.def?.printed === '成') {
    if (c.factor !== 1 || c.value === null || c.value > 10 || !Number.isInteger(c.value)) return null;
    const next = text.slice(c.end, c.end + 2);
    if (CJK.test(next[0] ?? '') && !/^(?:以上|左右|以下|多|的|是|为|来自|都|均|由|通过)/.test(next)) return null;
  }
  // (before the threshold test: 6级以上西北大风 is a force, not a group of winds above 6级)
  if (c.def?.printed === '级') return asLevelCount(text, c);
  if (isThreshold(text, tokens, c)) return null;
  // 一度成为, 一年一度: the adverb "once" and "every year", never a kilowatt-hour (节约一度电 is one).
  if (c.def?.printed === '度' && c.chinese && c.value === 1 && text[c.end] !== '电') return null;
  // 红旗村一组, 红树湾小区11栋: a village's group or a compound's building in an address, no count.
  if (c.def && ADDRESS_PARTS.has(c.def.printed) && ADDRESS_BEFORE.test(text.slice(Math.max(0, c.outerStart - 2), c.outerStart))) return null;
  // 一家三口: the size of a household, not a count of wells or ponds (66口山塘).
  if (c.def?.printed === '口' && text[c.outerStart - 1] === '家') return null;
  if (isRaceName(text, c)) return null;
  // 分 is a score only after an Arabic numeral, and never a clock's or a measure's minute (8时30分, 2亩4分).
  if (c.def?.printed === '分' && (c.chinese || /[时点亩]\d*$/u.test(text.slice(Math.max(0, c.outerStart - 3), c.outerStart)))) return null;
  if (c.def?.printed === '分' && isClockWithoutHour(text, c)) return null;
  // 58亿方, 80万方: cubic metres only with a magnitude (三方协议, 505方摩崖石刻 are no volume).
  if (c.def?.printed === '方' && c.factor < 1e4) return null;
  // 环湖3圈: laps after an Arabic numeral; 一核两轴三圈 is a slogan's rings. 16站超警: stations after an
  // Arabic numeral; 一站式, 第一站 are no count.
  if ((c.def?.printed === '圈' || c.def?.printed === '站') && c.chinese) return null;
  if (isSessionOrdinal(text, c)) return null;
  if ((c.def?.printed === '集' || c.def?.printed === '字') && !isEpisodeOrCharCount(text, c)) return null;
  if (c.def?.printed === '届' && !EDITIONS_HELD.test(text.slice(Math.max(0, c.outerStart - 6), c.outerStart))) return null;
  // 25县市, 14市州, 6镇14村: areas counted after an Arabic numeral; 湘鄂两省, 长株潭三市 name their areas.
  if (c.def && AREA_COUNT.has(c.def.printed) && (c.chinese || c.factor !== 1 || AREA_WORD_AFTER.test(text.slice(c.end, c.end + 1)))) return null;
  if (isArticleLike(text, c)) return null;
  if (isSlogan(text, tokens, c)) return null;
  if (isParallelOne(text, c)) return null;
  return c;
}
