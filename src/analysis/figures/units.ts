/**
 * Units a figure can carry, with the base unit its value is normalised to.
 * The printed unit of a figure is its magnitude (万, 亿 …) followed by one of these.
 */
export type UnitCategory =
  | 'money' // 元 and currencies
  | 'percent' // %, ‰, 成
  | 'points' // 个百分点: a difference of percentages, not a percentage
  | 'times' // 倍
  | 'count' // measure words counting things, people, events
  | 'measure' // mass, area, length, power, energy, volume
  | 'time'; // durations and deadlines (天, 个月, 年 …)

export interface UnitDef {
  /** The unit as printed after the numeral. */
  printed: string;
  /** The unit the figure's `unit` field shows (块钱 → 元). */
  shown: string;
  category: UnitCategory;
  /** Base unit of `normalized`, and how many base units one printed unit is. */
  base: string;
  factor: number;
}

type Row = [printed: string, category: UnitCategory, base?: string, factor?: number, shown?: string];

const ROWS: Row[] = [
  ['元', 'money'],
  ['块钱', 'money', '元', 1, '元'],
  ['美元', 'money'],
  ['欧元', 'money'],
  ['港元', 'money'],
  ['日元', 'money'],
  ['英镑', 'money'],
  ['%', 'percent'],
  ['‰', 'percent', '%', 0.1],
  ['成', 'percent', '%', 10],
  ['个百分点', 'points'],
  ['百分点', 'points', '个百分点', 1],
  ['个千分点', 'points'],
  ['倍', 'times'],
  // mass
  ['吨', 'measure'],
  ['公斤', 'measure', '公斤'],
  ['千克', 'measure', '公斤', 1],
  ['斤', 'measure', '公斤', 0.5],
  ['克', 'measure'],
  ['毫克', 'measure', '克', 0.001],
  // concentrations (PM2.5 34微克/立方米)
  ['微克/立方米', 'measure'],
  ['微克每立方米', 'measure', '微克/立方米', 1, '微克/立方米'],
  ['毫克/立方米', 'measure', '微克/立方米', 1000],
  ['毫克/升', 'measure'],
  // area
  ['亩', 'measure'],
  ['公顷', 'measure'],
  ['平方米', 'measure'],
  ['平方公里', 'measure'],
  ['平方千米', 'measure', '平方公里', 1],
  // Latin symbols as a building's plans print them (总建筑面积138314.17m2)
  ['m2', 'measure', '平方米', 1],
  ['m²', 'measure', '平方米', 1],
  ['㎡', 'measure', '平方米', 1],
  ['立方米每秒', 'measure'],
  ['立方米', 'measure'],
  ['m3', 'measure', '立方米', 1],
  // 58亿方 gas, 80万方 earth: read only with 万 or 亿 (505方摩崖 counts carvings, see rules.ts)
  ['方', 'measure', '立方米', 1],
  ['m³', 'measure', '立方米', 1],
  ['升', 'measure'],
  ['毫升', 'measure', '升', 0.001],
  // length
  ['公里', 'measure'],
  ['千米', 'measure', '公里', 1],
  ['米', 'measure', '公里', 0.001],
  ['毫米', 'measure'],
  ['厘米', 'measure', '毫米', 10],
  // Latin symbols as weather reports print rainfall (3小时最大降雨量102.8mm)
  ['mm', 'measure', '毫米', 1],
  // power and energy
  ['千瓦时', 'measure', '千瓦时'],
  ['度', 'measure', '千瓦时', 1],
  ['千瓦', 'measure'],
  ['兆瓦', 'measure', '千瓦', 1000],
  ['吉瓦', 'measure', '千瓦', 1e6],
  // Latin symbols as printed in project news (150MW渔光互补光伏发电项目)
  ['MW', 'measure', '千瓦', 1000],
  ['GW', 'measure', '千瓦', 1e6],
  ['kW', 'measure', '千瓦', 1],
  ['KW', 'measure', '千瓦', 1],
  ['kWh', 'measure', '千瓦时', 1],
  // speeds (设计速度80公里/小时, 风速12米/秒)
  ['公里/小时', 'measure'],
  ['千米/小时', 'measure', '公里/小时', 1],
  ['公里每小时', 'measure', '公里/小时', 1, '公里/小时'],
  ['km/h', 'measure', '公里/小时', 1],
  ['米/秒', 'measure'],
  ['米每秒', 'measure', '米/秒', 1, '米/秒'],
  ['标箱', 'measure'],
  ['℃', 'measure'],
  ['摄氏度', 'measure', '℃', 1],
  // a person's age (50岁, 80多岁), or in decades (六旬老人, 年过七旬)
  ['岁', 'measure'],
  ['旬', 'measure'],
  // a score (666分, 90.05分): read after an Arabic numeral only (十分 is "very"), never a clock's minute
  ['分', 'measure'],
  // durations (figures only as a deadline or a stated duration)
  ['个工作日', 'time', '工作日', 1],
  ['工作日', 'time'],
  ['个小时', 'time', '小时', 1],
  // 1个多月, 3个多小时: the hedge printed inside the unit
  ['个多小时', 'time', '小时', 1, '个小时'],
  ['个多月', 'time', '月', 1, '个月'],
  ['小时', 'time'],
  ['分钟', 'time'],
  ['秒钟', 'time'],
  // a race's time (6.84秒): a result when printed with decimals (figures/rules.ts), else a duration
  ['秒', 'time'],
  ['个月', 'time', '月', 1],
  // 走过了10个年头: years lived through, always a stated span
  ['个年头', 'time', '年', 1],
  ['天', 'time'],
  ['日', 'time', '天', 1],
  ['周', 'time'],
  ['年', 'time'],
];

/**
 * Areas counted by their level (25县市, 14市州, 13县次, 6镇14村): a count only after an Arabic
 * numeral (湘鄂两省, 三市 are names; see rules.ts).
 */
export const AREA_COUNT: ReadonlySet<string> = new Set(['市州', '县市区', '县市', '县区', '市县', '县次', '省', '市', '县', '区', '镇', '乡', '村']);

/** Measure words that count things, people and events (and the areas above). */
const COUNT_WORDS =
  '人次 场次 架次 车次 班次 艘次 辆次 户次 批次 家次 台次 件次 项次 站次 个次 台套 ' +
  '家 个 人 名 位 台 辆 架 艘 列 场 次 所 项 件 批 笔 条 组 支 座 套 户 只 头 羽 尾 株 棵 篇 本 册 份 张 幅 首 枚 颗 ' +
  '把 间 栋 幢 处 类 大类 部门 部委 种 款 轮 圈 例 宗 起 单 层 块 根 碗 杯 瓶 箱 袋 包 盒 门 票 部 届 口 床 顶 趟 对 方面 桌 ' +
  // 级, 集 and 字 are kept only in the contexts figures/rules.ts names (三级联动, 连播三集, 40000字)
  '级 集 字 ' +
  // devices and bodies (康复辅具2000多具), and the ranks of a species tally (16目44科, 121科346属;
  // taken only in such a run, see unitAt)
  '具 目 科 属 ' +
  // courts and fields (10片网球场; a Chinese 一片 is a stretch of something, see rules.ts)
  '片 ' +
  // gauging and weather stations (16站超警, 11站出现冰冻; a Chinese 一站 is 一站式, see rules.ts)
  '站 ' +
  [...AREA_COUNT].join(' ');

const TABLE = new Map<string, UnitDef>();
for (const [printed, category, base, factor, shown] of ROWS) {
  TABLE.set(printed, { printed, category, base: base ?? printed, factor: factor ?? 1, shown: shown ?? printed });
}
for (const w of COUNT_WORDS.split(/\s+/)) {
  if (w && !TABLE.has(w) && !w.startsWith('万')) TABLE.set(w, { printed: w, category: 'count', base: w, factor: 1, shown: w });
}
// 届 is almost always an ordinal (第二届, 二十届三中全会); figures/rules.ts keeps it only as the
// count of editions held (连续举办十四届, 已开展11届).

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&');
const ALTERNATION = [...TABLE.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
/** Sticky: set lastIndex, then exec. Longest unit first (个百分点 before 个, 人次 before 人). */
const UNIT_AT = new RegExp(`(?:${ALTERNATION})`, 'y');

/** A rank of living things, a unit only in a run of them: 16目44科, 121科346属, 6目12科30种. */
const TAXON = /^[目科属]$/u;
const TAXON_NEXT = /^[0-9一二三四五六七八九十百]+[科属种]/u;
const TAXON_BEFORE = /[目科属][0-9一二三四五六七八九十百]+$/u;

/** The unit printed at `at`, if any. */
export function unitAt(text: string, at: number): UnitDef | null {
  UNIT_AT.lastIndex = at;
  const m = UNIT_AT.exec(text);
  if (!m) return null;
  // 2月12日元宵节, 31日元旦: a day before a festival, not yen.
  if (m[0] === '日元' && /[宵旦]/u.test(text[at + 2] ?? '')) return TABLE.get('日')!;
  // 具有, 具备, 具体: a verb or an adverb, not the measure word.
  if (m[0] === '具' && /[有备体]/u.test(text[at + 1] ?? '')) return null;
  if (TAXON.test(m[0]) && !TAXON_NEXT.test(text.slice(at + 1, at + 6)) && !TAXON_BEFORE.test(text.slice(Math.max(0, at - 10), at))) return null;
  return TABLE.get(m[0])!;
}

/** The moves of a price tally (7涨3跌2持平) and of a run of weeks (五连涨): units of counts of goods. */
export const PRICE_MOVES: readonly string[] = ['持平', '涨', '跌', '降', '平'];
export const PRICE_MOVE_UNITS: ReadonlySet<string> = new Set([...PRICE_MOVES, '连涨', '连跌', '连降']);

export function unitByName(printed: string): UnitDef | null {
  return TABLE.get(printed) ?? null;
}

/**
 * Nouns that, right after 个, name the dimension being counted (7个方面, 11个省份, 1000个站点, as
 * the seed's gold prints them); the figure's text takes them in when they head their phrase. The
 * places counted (9个市州, 278个行政村, 15个国家) are not taken in, nor kinds (3个类别, 57个品种,
 * 7个门类, 1个领域): the corpus's gold prints those as the shortest span, 13 times in 13.
 */
export const QUASI_UNIT_NOUNS: ReadonlySet<string> = new Set(
  (
    '方面 环节 层面 维度 板块 批次 方向 部分 ' +
    '省份 省区市 站点 点位 网点'
  ).split(' '),
);
