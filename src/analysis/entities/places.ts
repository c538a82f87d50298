/**
 * Places as printed: dictionary names on word boundaries, the villages and towns chained after a
 * county (吉首市 河溪镇 张排村), and rivers that jieba does not know (… 河, … 江).
 */
import { AMBIGUOUS_CITIES, AMBIGUOUS_SHORT_NAMES, CHINA_CITY_SHORT, COUNTRIES, SMALL_PLACE_TAIL } from '../dict';
import { localityNamesAt, localityMayStartAt, PLACE_TRIE } from './lexicon';
import { placeLists } from './place-lists';
import { codeSet } from '../clean/chars';
import type { Found } from './orgs';
import { breakAt, isHan, type TokenIndex } from './token-index';

/** Protected areas and parks named after a place: 东洞庭湖国家级自然保护区, 舜皇山国家森林公园. */
const PARK = /^(?:国家级|省级|市级|国家)?(?:自然保护区|湿地公园|森林公园|地质公园|风景名胜区|国家公园|湿地保护区)/u;

const SUB_UNIT = /^(?:(?![省市县区州镇乡村之])\p{Script=Han}){1,5}?(?:镇|乡|街道|村|社区)/u;
const ORDINAL_EVENT = /^(?:第[一二三四五六七八九十百零〇\d]+(?:届|次|期)|[一二三四五六七八九十百]+届)/u;
/**
 * A sports team named after a place (湖南队, 湖南体育代表团): a body, not a mention of the place
 * (a city's delegation, 黄冈市代表团来湘考察, still names the city).
 */
const TEAM_AFTER = /^(?:(?![的和与，、])[\u4e00-\u9fff]){0,6}?(?:体育代表团|代表队|龙舟队|队)(?![伍员长])/u;
const WATER = /[江河湖]$/u;
const WATER_CHARS = '江河湖';
/** Tags of a lone character jieba could not place in a word (资|水 → 资水). */
const ODD_TAGS = new Set(['g', 'x', 'ng', 'zg']);
/** Tags of a word that may be the name of a lake or river jieba cut from its 湖/河/江. */
const NAMING_TAGS = /^(?:x|nr|nrt|nz|ns)$/;
/** Set phrases built on a country's name, not mentions of the place (中国特色, 中国式现代化, 中国梦). */
const SET_PHRASE = /^(?:特色|式|梦|方案|智慧|故事|声音|驰名|智造|制造|实践|产量|算力|深度|速度|名片|年(?=[”」』，。、\s]))/u;
/**
 * The province's or city's campaigns and slogans (平安湖南, 数字湖南建设, 美丽长沙): a quality
 * glued before the name makes a goal, not a mention of the place.
 */
const SLOGAN_LEAD = /(?:平安|数字|美丽|健康|法治|绿色|智慧|诚信|书香|幸福|创新|开放|富饶|魅力|锦绣|多彩|大美|品质|人文|生态|清廉|活力|策游|创新型|现代化)$/u;
const ADMIN_TAIL = /(?:省|市|县|区|州|盟|旗|镇|乡|村)$/u;

/**
 * Words jieba tags as places that name none: kinds of region (内陆地区, 沿海地区), set phrases
 * opening with a number (半壁江山, 万水千山) and a bare unit (自治州 for 湘西州 named before).
 */
const NOT_A_PLACE_NS = /地区$|^[半一二两三四五六七八九十百千万]|^自治[州县区旗]$/u;

/**
 * Kinds of city that jieba tags as places (大城市, 文明城市, 卫生城市): a city's name ending in 城 then 市
 * (晋城市) is in the lexicon and found there.
 */
const KIND_OF_CITY = /^\p{Script=Han}{1,4}城市$/u;

/** Common words that end in a unit character (农村, 城乡, 乡镇): never a village or town's name. */
const COMMON_UNIT_WORDS = /^(?:农村|乡村|城乡|城镇|山村|渔村|小镇|乡镇|村镇|集镇|市镇|街道|社区|新农村|农村社区)$/u;

function chainAfter(idx: TokenIndex, end: number, out: Found[]): void {
  const text = idx.text;
  // jieba may glue a unit to the next name (葫芦|镇雾|溪坪村): read the chain whole, then keep it
  // up to its last link that ends where a word ends.
  const chain: Found[] = [];
  for (let at = end; ; ) {
    // 青山乡和四都镇: a conjunction between two links joins two places; the chain goes on after it.
    const joint = idx.at(at);
    if (joint && joint.start === at && joint.end === at + 1 && joint.tag === 'c' && /^[和与及或]$/u.test(joint.word)) {
      const next = SUB_UNIT.exec(text.slice(at + 1, at + 9));
      if (next && next[0].length >= 3) at += 1;
    }
    const m = SUB_UNIT.exec(text.slice(at, at + 8));
    if (!m || m[0].length < 2) break;
    // 浏阳市 农业农村局: a unit that ends inside a common word (农村, 乡村, 城乡) is no link.
    const last = idx.before(at + m[0].length);
    if (last && last.end === at + m[0].length && COMMON_UNIT_WORDS.test(last.word)) break;
    // A two-character link that jieba knows as a common word (坐镇/n) is that word.
    if (m[0].length === 2 && last && last.start === at && last.end === at + 2 && !/^(?:ns|x|nz|nr|j|zg)$/.test(last.tag)) break;
    // 洪江市坐镇指挥, 湘西送我们驻村: a link that opens with a verb or holds a pronoun is a clause.
    if (clauseInLink(idx, at, at + m[0].length)) break;
    chain.push({ text: m[0], start: at, end: at + m[0].length });
    at += m[0].length;
  }
  let keep = chain.length;
  while (keep > 0 && !idx.isEnd(chain[keep - 1]!.end)) keep--;
  out.push(...chain.slice(0, keep));
}

/** Whether a link of a chain opens with a verb or function word, or holds a pronoun or particle. */
function clauseInLink(idx: TokenIndex, from: number, to: number): boolean {
  const first = idx.at(from);
  // (A one-character word is often tagged oddly (横/v 板桥 乡): only a longer one counts.)
  if (first && first.start === from && first.word.length >= 2 && NOT_STEM_TAGS.test(first.tag)) return true;
  for (let o = from; o < to; ) {
    const t = idx.at(o);
    if (!t) return false;
    if (t.start >= from && /^(?:r|u\w*)$/.test(t.tag)) return true;
    o = t.end;
  }
  return false;
}

/** What makes a mountain a range or its area (雪峰山脉, 武陵山区), or an area a region (湘西地区). */
const REGION_TAIL = /^(?:脉|区|地区)/u;

/** The rest of an event's name after its place (…国际龙舟节, …运动会). */
const EVENT_NAME_TAIL = /^[^，。；：、\n]{0,20}?(?:节|运动会|博览会|交易会|峰会|论坛|大赛|比赛|锦标赛|马拉松|展览会|大会)/u;

/** Tails of rivers, lakes and mountains that jieba knows by name (汨罗江/ns). */
const NATURE_TAIL = /(?:江|河|湖|溪|山|岭|峰|洲|岛)$/u;

/** Kinds of village or town, not names (示范村, 贫困村, 重点镇, 特色小镇, 美丽乡村, 名城名镇). */
const KIND_OF_PLACE = /^(?:名[城镇村]|示范|贫困|行政|重点|中心|文明|美丽|特色|先进|自然|专业|明星|样板|富裕|小康|试点|边境|传统|历史文化|全国|省级|市级|县级|整|全|本|该|每|各|这|那|此|新农|农|小|古|[一二两三四五六七八九十百千几多数]+个)/u;
/** Measure words of a count (个, 座): 道 and 条 also open names (道林古镇), so only these. */
const COUNTER = /^[个座家]$/u;
const [VILLAGE, TOWN, TOWNSHIP] = ['村', '镇', '乡'].map((c) => c.charCodeAt(0));
/** What may stand right before a village's name: a break, a time, a preposition, a verb or a place. */
const BEFORE_VILLAGE = /^(?:t|p|v|vn|ns|c|f|m|u\w*)$/;

function hasVerbInside(idx: TokenIndex, from: number, to: number): boolean {
  for (let o = from; o < to; ) {
    const w = idx.at(o);
    if (!w) return false;
    // (and no conjunction or preposition: 村队|和|村 is two words joined.)
    if (w.start > from && w.end <= to && (w.tag.startsWith('v') || w.tag.startsWith('u') || w.tag === 'c' || w.tag === 'p')) return true;
    o = w.end;
  }
  return false;
}

/**
 * A village or town named on its own (……，西草坪村种植大户; 来到沙洲村): two to four characters
 * and 村/镇/乡, where jieba did not make the whole a common word (家乡, 乡镇, 贫困村/n).
 */
function villages(idx: TokenIndex, out: Found[]): void {
  const text = idx.text;
  for (const t of idx.tokens) {
    const unit = t.word.charCodeAt(t.word.length - 1);
    if (unit !== VILLAGE && unit !== TOWN && unit !== TOWNSHIP) continue;
    // The unit alone, or glued to a piece of the name (十八|洞村, 菖蒲|塘村); not a common word.
    if (t.word.length > 1 && !/^(?:x|ns|nr|zg)$/.test(t.tag)) continue;
    if (t.word.length > 3) continue;
    // 旅游|小镇, 果蔬|小镇: a common word of the kind (小镇/nr) after a common word names no place
    // (after a name it may: 洞庭湖|小镇, 祝融|小镇).
    if (t.word.length > 1 && COMMON_UNIT_WORDS.test(t.word) && !/^(?:ns|nr)$/.test(idx.before(t.start)?.tag ?? '')) continue;
    // 驻村, 进村, 下乡, 返乡: a verb of going or staying and the unit, whatever jieba tagged it.
    if (t.word.length === 2 && /^[驻进入回下到出离返留住]$/u.test(t.word[0]!)) continue;
    const end = t.end;
    // 冰糖橙之乡, 鱼米之乡: an honour, not a township.
    if (text[end - 2] === '之') continue;
    if (!idx.isEnd(end) || unitWordAfter(text, end)) continue;
    let best = -1; // the longest start that makes a name
    for (let start = end - 3; start >= Math.max(0, end - 5); start--) {
      if (!idx.isStart(start) || !isHan(text.slice(start, end)) || KIND_OF_PLACE.test(text.slice(start, end))) continue;
      const first = idx.at(start);
      // A numeral or a measure word opens a count (亿元村, 1561个城镇, 千年古镇), not a name.
      if (first && (/^(?:r|d|p|c|u\w*|a|ad|v|t|m)$/.test(first.tag) || (first.tag === 'q' && COUNTER.test(first.word)))) continue;
      // A common noun and the unit (渔业|村, 民宿|村, 美食|村) is a kind of village, not a name.
      if (first && first.start === start && first.end === end - 1 && /^(?:n|vn|an)$/.test(first.tag) && !localityNamesAt.matchesAt(text, start).includes(end - start)) continue;
      // No verb or particle inside a name (前年|回村, 世界|的|橘乡): the span is a clause, not a village.
      if (hasVerbInside(idx, start, end - 1)) continue;
      const prev = idx.before(start);
      if (breakAt(text, start - 1) || (prev && BEFORE_VILLAGE.test(prev.tag))) best = start;
    }
    // 使石|江村: a causative or a preposition jieba glued to a registered name is not part of it.
    if (best >= 0 && LEAD_WORD.test(text[best]!) && localityNamesAt.matchesAt(text, best + 1).includes(end - best - 1)) best += 1;
    if (best >= 0) out.push({ text: text.slice(best, end), start: best, end });
  }
}

/** One character that opens a clause, not a name, when jieba glued it to the name after it. */
const LEAD_WORD = /^[使让令把被将在向从对给与和及]$/u;

/**
 * 村民, 村委, 村干部, 村集体, 村级: the unit opens a word of the village's people or bodies, so
 * what ends in it (发展|村|集体) is no village's name.
 */
function unitWordAfter(text: string, end: number): boolean {
  const next = text[end];
  return next !== undefined && (/[民委里部办长]/u.test(next) || UNIT_WORD_AFTER.test(text.slice(end, end + 2)));
}
/** …of which these stand even where jieba cut the unit off as a word (沙洲|村|民俗 广场 is a village). */
const UNIT_WORD_AFTER = /^(?:集体|干部|干群|级)/u;

/**
 * Lengths of Hunan's towns and villages printed one after another from `at` (千山红镇种福村, which
 * jieba cuts 千山|红镇种|福村), every link a known name with its unit, longest links first; null
 * when there is none. A chain of one name alone must end where a word ends; after a place
 * (`anchored`: 麻阳苗族自治县 隆家堡乡 步云坪村) its last link may end inside a word.
 */
function localityChain(idx: TokenIndex, at: number, anchored: boolean, depth = 0): number[] | null {
  if (!localityMayStartAt(idx.text, at)) return null; // no name can match: the trie is not walked
  const lens = localityNamesAt.matchesAt(idx.text, at);
  for (let k = 0; k < lens.length; k++) {
    const l = lens[k]!;
    const rest = depth < 2 ? localityChain(idx, at + l, true, depth + 1) : null;
    if (rest) return [l, ...rest];
    if (anchored || (idx.isEnd(at + l) && !verbBeforeUnit(idx, at, at + l) && !UNIT_WORD_AFTER.test(idx.text.slice(at + l, at + l + 2)))) return [l];
  }
  return null;
}

/** Tags of a word that is no place name's stem: verbs, adverbs, prepositions, pronouns, particles. */
const NOT_STEM_TAGS = /^(?:v|vd|p|c|r|d|ad|u\w*)$/;

/**
 * 增加|村|集体 ("add to the village's collective"): a registered village (增加村) whose stem is one
 * word of speech, a verb or a function word, with its unit cut off as the start of the next words.
 */
function verbBeforeUnit(idx: TokenIndex, start: number, end: number): boolean {
  const first = idx.at(start);
  return first !== undefined && first.start === start && first.end < end && NOT_STEM_TAGS.test(first.tag) &&
    idx.isStart(first.end) && UNIT_ALONE.test(idx.text.slice(first.end, end));
}
const UNIT_ALONE = /^(?:镇|乡|街道|村|社区)$/u;

/**
 * Named sites as jieba cuts them, the name's words then the kind of site: 东方红 路, 芙蓉 北路,
 * 犬木塘 水库, 屈子 文化园,
 * 马栏山 文化 产业园, 长沙 高新区, 湖南 烈士 公园, 韶山 毛泽东 同志 故居, 七里山 水域; venues too
 * (长沙 国际 会展中心, 湖南省 人民 会堂): a place where things happen, not a body.
 */
const DIRECTIONS = ['', '东', '西', '南', '北', '中'];
/** The kinds of site, as jieba cuts them into a word of their own. */
const SITE_WORDS: ReadonlySet<string> = new Set([
  ...DIRECTIONS.map((d) => `${d}路`), '大道', '大街', '街', '广场', '小区', '大堤',
  ...DIRECTIONS.map((d) => `${d}站`), '高铁站', '火车站',
  '会展中心', '国际会展中心', '会议中心', '国际会议中心', '会堂', '人民会堂', '展示馆', '展览馆', '纪念馆', '体育馆',
  '体育场', '体育中心', '竞技场', '大剧院', '音乐厅',
  '公园', '森林公园', '湿地公园', '国家公园', '水库', '景区', '风景区', '旅游区', '度假区', '古城', '古镇', '故居', '旧居', '水域',
  // a tomb named after whom it holds (黄兴 墓)
  '墓',
  '产业园', '产业园区', '工业园', '工业园区', '园区', '文化园', '开发区', '技术开发区', '经济开发区', '高新区', '新区',
  '试验区', '片区', '经济带', '城市群', '集中区', '工业集中区',
  '口岸', '陆港', '物流园', '大桥', '公路', '遗址', '平原', '流域', '礼堂', '城墙', '院区',
  // irrigation districts (韶山 灌区, 欧阳海 灌区)
  '灌区',
  // An airport is where planes land (most of the corpus's gold); one that speaks (黄花机场预计…) is
  // read as a body by the organisation finder.
  '机场', '国际机场', '码头', '经开区', '自贸区', '自贸港', '国家森林公园', '国家湿地公园', '风景名胜区', '展示中心',
  '宾馆', '酒店', '大酒店', '饭店',
  // old streets (太平 老街)
  '老街', '古街',
  // power works and ports (永州 电厂, 城陵矶 港区)
  '电厂', '发电厂', '水电站', '港区', '滚装码头', '集装箱码头',
  // museums (the gold reads a named museum as a place to visit), theatres, shopping and old-town districts
  '博物馆', '剧院', '商圈', '街区', '历史文化街区', '特大桥', '步行街',
  // …and academies, playhouses and scenic areas as jieba cuts them (风景|名胜区)
  '书院', '剧场', '名胜区',
  // …and the city's interchanges and viaducts (鸭子铺 立交桥, 万家丽 高架桥)
  '立交桥', '高架桥', '立交',
  // markets, parks of trades, grounds and halls by their name (工农桥 菜市场, 长沙中电 软件园, 湖南大学
  // 体育馆, 湖南党史 陈列馆), as the gold reads places to go (a bare 市场 is mostly a trade's: 文旅市场)
  '菜市场', '农贸市场', '批发市场', '大市场', '果园', '科技园', '软件园', '电商园', '农业园',
  '创新园', '乐园', '陵园', '陈列馆', '历史馆', '文化馆', '科技馆', '展馆', '非遗馆', '足球场', '球场',
]);
/** The last characters of SITE_WORDS: one table read turns most words away before the set is asked. */
const SITE_LAST = codeSet([...SITE_WORDS].map((w) => w[w.length - 1]!));
const HOTEL_WORDS: ReadonlySet<string> = new Set(['宾馆', '酒店', '大酒店', '饭店']);
const PARK_WORDS: ReadonlySet<string> = new Set(['产业园', '产业园区', '工业园', '工业园区', '园区', '农业园', '科技园']);
/**
 * Avenues take any noun for a name (黄金 大道, 芙蓉 北路); other sites, a bare 路 among them (硬化路,
 * 产业路 are kinds of road), need a place or a proper name in theirs.
 */
const ROAD_WORDS: ReadonlySet<string> = new Set([...DIRECTIONS.slice(1).map((d) => `${d}路`), '大道', '大街']);
const SITE_NAME_TAGS = /^(?:n|ns|nr|nrt|nz|x|j|nt|l)$/;
const PROPER_NAME_TAGS = /^(?:ns|nr|nrt|nz|x|j)$/;
/** Words that go on a site's own name before the word that opened it: new words and coined names. */
const NAME_PART_TAGS = /^(?:x|nz|nrt|j)$/;
/** Words that make a site a kind, not a name (城市 公园, 文化 广场, 产业 园区). */
const KIND_OF_SITE = /^(?:自贸|自由贸易|综合保税|旅游|城市|文化|产业|工业|市民|休闲|生态|农业|科技|物流|主题|体育|商业|创业|特色|现代|国家|省级|市级|湿地|森林|示范|重点|新|老|大|小|科创|文创|双创|电商|数字|高新|视频|创新|智慧|智造|软件|康养|医药|装备|新能源)$/u;

const RING_ROAD = /[东西南北][一二三四五]环(?:路|线)?(?![保境节比卫])/gu;
/** Two numerals that name a road after a date or a number (五一, 八一, 二七, 三一). */
const NUMERAL_NAME = /^[一二三四五六七八九十]{2}$/u;
/** Sites other than roads that a date names (五一商圈, 五一广场, 八一广场). */
const NUMBERED_SITES: ReadonlySet<string> = new Set(['商圈', '广场', '步行街', '街区']);
/** The last character of a landform's name: a cave, lake, hill, isle, pond (大江洞, 香炉洲). */
const LANDFORM_TAIL = /^[洞湖山谷岭坪寨峰岛湾洲塘潭峡溪冲垸]$/u;
/** The last character of a built site's name: a walled town, temple, tower, pavilion (老司城, 南岳庙). */
const BUILT_TAIL = /^[城寺庙楼阁亭宫殿塔]$/u;
/** Public venues that a level of government names as its own (省人民会堂, 市体育馆). */
const VENUE_WORDS: ReadonlySet<string> = new Set(['会堂', '人民会堂', '礼堂', '体育馆', '体育中心', '大剧院', '音乐厅', '展览馆', '博物馆', '图书馆']);
/** The one character jieba cuts off a hall's kind (梅溪湖 大|剧院, 文化艺术中心 小|剧场). */
const HALL_SIZE = /^[大小]$/u;
const HALLS: ReadonlySet<string> = new Set(['剧院', '剧场']);
/** A preposition jieba may glue to the first character of a name after it (从梅|溪湖). */
const GLUED_PREPOSITION = /^[从在到据由向于至往经距]/u;
/** A stage art before 剧院 makes it a troupe, a body (湖南省 花鼓戏|剧院, 儿童 艺术|剧院), not a hall. */
const STAGE_ARTS = /(?:花鼓戏|湘剧|京剧|话剧|歌剧|歌舞剧|歌舞|祁剧|昆剧|艺术|戏剧)$/u;
const LEVEL = /^[省市县]$/u;
/** A count of sites (三大 景区, 五大 功能 片区), never a name. */
const COUNT_OF_SITES = /^[一二两三四五六七八九十几数多]+[大个座处条家]/u;
/** Words that describe a site, never name one (热门 景区, 著名 古镇). */
const PRAISE = /^(?:热门|著名|知名|主要|重要|各大|周边|附近|全国|全省|老旧|新建|在建|现有|既有)$/u;

/** The word ends in a kind of site (火车站, 公园, 大桥) after at least two characters of a name. */
function siteOfPlace(word: string): boolean {
  for (let cut = 2; cut <= word.length - 1; cut++) if (SITE_WORDS.has(word.slice(cut))) return true;
  return false;
}

function sites(idx: TokenIndex, out: Found[]): void {
  const tokens = idx.tokens;
  const text = idx.text;
  for (let k = 1; k < tokens.length; k++) {
    const site = tokens[k]!;
    if (!SITE_LAST.has(site.word.charCodeAt(site.word.length - 1)) || !SITE_WORDS.has(site.word)) continue;
    const road = ROAD_WORDS.has(site.word);
    // (梅溪湖 大|剧院: the hall's size is part of its kind; 花鼓戏|剧院 is a troupe, no hall.)
    const sized = HALLS.has(site.word) && k >= 2 && HALL_SIZE.test(tokens[k - 1]!.word) && tokens[k - 1]!.end === site.start;
    if (site.word === '剧院' && !sized && STAGE_ARTS.test(tokens[k - 1]!.word)) continue;
    const head = sized ? k - 1 : k;
    let start = -1;
    let proper = false;
    let kind = false;
    let named = false; // a word of the site's own name (花千谷), not a place or a kind
    let startAt = k; // the token number of start
    for (let j = head - 1; j >= Math.max(0, head - 3); j--) {
      const w = tokens[j]!;
      const landform = j === head - 1 && LANDFORM_TAIL.test(w.word) && /^(?:ng|zg|g)$/.test(w.tag);
      // A road named by a date or a number (五一 大道, 八一 路, 三一 大道), which jieba tags a numeral.
      // (…and a shopping district or square so named: 五一 商圈, 五一 广场.)
      const numbered = j === head - 1 && (road || NUMBERED_SITES.has(site.word)) && w.tag === 'm' && NUMERAL_NAME.test(w.word);
      if (w.end !== tokens[j + 1]!.start || !(SITE_NAME_TAGS.test(w.tag) || landform || numbered) || !isHan(w.word) || site.end - w.start > 12) break;
      if (numbered) {
        start = w.start;
        proper = true;
        break;
      }
      // (长沙地铁 烈士公园: a metro before a site is its line, read as one of its own.)
      if (w.word === '地铁') break;
      if (KIND_OF_SITE.test(w.word)) kind = true;
      if (PRAISE.test(w.word) || COUNT_OF_SITES.test(w.word)) break;
      // One character before the kind is no name (大 公园), unless it ends a proper name jieba cut
      // (神农|谷 国家森林公园): then the name is those two words.
      if (j === head - 1 && w.word.length < 2) {
        const before = tokens[j - 1];
        // …or a landform's last character (大江|洞 水库, 香炉|洲 大桥): the name is the word before and it.
        // (A rare character jieba left as a morpheme may open it: 濂|溪 书院.)
        const rareHead = before !== undefined && before.end === w.start && before.word.length === 1 && before.tag === 'g' && isHan(before.word);
        const joined = before !== undefined && before.end === w.start && (before.word.length >= 2 || rareHead) && isHan(before.word);
        // (A landform jieba took for a place may follow any word of two: 相思|湖 公园.)
        const cutName = joined && ((PROPER_NAME_TAGS.test(w.tag) && PROPER_NAME_TAGS.test(before.tag)) ||
          (LANDFORM_TAIL.test(w.word) && (SITE_NAME_TAGS.test(before.tag) || rareHead || (w.tag === 'ns' && /^(?:v|a)$/.test(before.tag))) && !KIND_OF_SITE.test(before.word) && !PRAISE.test(before.word)) ||
          // …or a walled town, temple or tower after a proper name (老司|城 遗址, 南岳|庙 景区).
          (BUILT_TAIL.test(w.word) && PROPER_NAME_TAGS.test(before.tag) && before.word.length >= 2));
        if (cutName) {
          start = before.start;
          proper = true;
        }
        break;
      }
      // (A county's short name that is also a word, 永州 零陵 古城, is a place before a site's kind.)
      const isPlace = PLACE_TRIE.matchesAt(text, w.start).includes(w.word.length) || (w.tag === 'ns' && ADMIN_TAIL.test(w.word)) || AMBIGUOUS_SHORT_NAMES.has(w.word);
      // A place opens the site's name (湖南 烈士 公园), read no further back; before a site
      // with a name of its own it is a place of its own (双牌县 花千谷 景区, 望城 靖港 古镇).
      if (isPlace && named) break;
      // A town or village before a site named by a common word is a place of its own, and makes the
      // site one (黔城镇 世纪 广场, 沙洲村 民俗 广场); before a kind (村 文化 广场) it names no site.
      if (isPlace && start >= 0 && /[镇乡村]$/u.test(w.word)) {
        if (!kind) proper = true;
        break;
      }
      if (isPlace || PROPER_NAME_TAGS.test(w.tag)) proper = true;
      if (!isPlace && PROPER_NAME_TAGS.test(w.tag) && !KIND_OF_SITE.test(w.word)) named = true;
      start = w.start;
      startAt = j;
      // A site's own name opens it (参观 贺龙 纪念馆): read back further only for a place, which is
      // then a place of its own.
      // (A hotel's brand may open with a word jieba takes for a place, 潇湘 华天 酒店: read on.)
      const prev = tokens[j - 1];
      // …nor for another word of the name jieba could not place (茭源/x 矿冶/j 遗址, 华源/nz 府第/nrt 小区).
      const nameGoesOn = named && prev !== undefined && prev.end === w.start && prev.word.length >= 2 && NAME_PART_TAGS.test(prev.tag) && isHan(prev.word) && !KIND_OF_SITE.test(prev.word) && !PRAISE.test(prev.word);
      // (…whose first character may be a preposition jieba glued on: 从梅/x 溪湖 大剧院.)
      if (nameGoesOn && prev.word.length === 2 && GLUED_PREPOSITION.test(prev.word)) {
        start = prev.start + 1;
        break;
      }
      if (nameGoesOn) continue;
      if (isPlace || (named && !(HOTEL_WORDS.has(site.word) && prev?.tag === 'ns') && !PLACE_TRIE.matchesAt(text, prev?.start ?? -1).length)) break;
    }
    // 省 人民 会堂, 市 体育馆: the province's or city's own venue, named by its level.
    if (start >= 0 && !proper && VENUE_WORDS.has(site.word)) {
      const own = tokens[startAt]!;
      const level = LEVEL.test(own.word) ? own : tokens[startAt - 1];
      if (level && (level === own || level.end === start) && LEVEL.test(level.word)) {
        start = level.start;
        proper = true;
      }
    }
    // (…also when jieba cut the village apart: 沙洲|村 民俗 广场.)
    if (start >= 0 && !proper && !kind && out.some((p) => p.end === start && /[镇乡村]$/u.test(p.text))) proper = true;
    // 西起铜官电厂…东至…: jieba glues 起 or 至 of a span's ends to the name after it.
    if (start >= 0 && /[起至]/u.test(text[start]!) && /[东西南北]/u.test(text[start - 1] ?? '') && tokens[startAt]!.tag === 'x') start++;
    // A rare character jieba left as a morpheme opens the name (涔|天河 水库).
    const rare = tokens[startAt - 1];
    // (…or a surname's character jieba split off a landform's name before a hall: 梅|溪湖 大剧院.)
    const split = sized && rare?.tag === 'nr' && tokens[startAt]!.tag === 'ns';
    // (…or a noun's character that jieba split off between a county and the rest: 宁乡 炭|河里 遗址.)
    const afterPlace = rare?.tag === 'n' && tokens[startAt]!.tag === 'ns' && tokens[startAt]!.end === site.start && startAt >= 2 && tokens[startAt - 2]!.end === rare.start && PLACE_TRIE.matchesAt(text, tokens[startAt - 2]!.start).includes(tokens[startAt - 2]!.word.length);
    if (start >= 0 && rare && rare.end === start && rare.word.length === 1 && (rare.tag === 'g' || split || afterPlace) && isHan(rare.word)) start = rare.start;
    if (start < 0 || !(proper || (road && !kind))) continue;
    // 安化县 国家 产业园, 芙蓉区 现代农业 产业园: a place and kinds only name a kind of park the place
    // has, not a site (隆回县 湘商 产业园 has a name of its own).
    if (kind && !named && PARK_WORDS.has(site.word) && /[省市县区]$/u.test(tokens[startAt]!.word)) continue;
    if (site.end - start < 3) continue;
    out.push({ text: text.slice(start, site.end), start, end: site.end });
  }
}

/**
 * Protected areas and parks named after a landform (清江湖国家湿地公园, 大泽湖近自然湿地公园,
 * 鹰嘴界国家级自然保护区), whatever jieba made of the name (清|江湖, 大泽|湖近): the name is the
 * shortest run of two to five ideographs before the kind that ends in a landform's character and
 * opens after a break, a verb, a preposition or a place (辰溪 仙人界省级森林公园: the county is a
 * place of its own).
 */
const PARK_KIND = /(?:国家级|省级|市级|国家|近自然)?(?:自然保护区|湿地保护区|湿地公园|森林公园|地质公园|风景名胜区|国家公园)/gu;
const PARK_NAME_TAIL = /[山湖江河溪洲岛峰岭谷洞界塘湾垸坪寨湿]$/u;
const NOT_IN_PARK_NAME = /[的和与及在是为了个座处等]/u;
const BEFORE_PARK = /^(?:v\w*|p|c|f|ns|nrt|m|q|u\w*)$/;

/**
 * Miao, Dong and Yao villages by their own names (夯吾苗寨, 皇都侗寨, 勾蓝瑶寨, 林源古寨), which jieba
 * mostly does not know: two characters of a proper name, opening a word of its own, then the kind.
 * A description before the kind names none (千年苗寨, 深山苗寨, 介绍苗寨, 寂静的苗寨).
 */
const ETHNIC_VILLAGE = /([\u4e00-\u9fff]{2})(苗寨|侗寨|瑶寨|古寨)/gu;
const NOT_A_VILLAGE_NAME = /的|土家|土乡|苗乡|苗族|侗族|瑶族|千年|百年|深山|大山|山里|网红|特色|传统|古老|美丽|这个|那个|一个|整个/u;
const VILLAGE_NAME_TAGS = /^(?:x|nz|nr\w*|ns|ng|j)$/;

function ethnicVillages(idx: TokenIndex, out: Found[]): void {
  const text = idx.text;
  for (const m of text.matchAll(ETHNIC_VILLAGE)) {
    const start = m.index;
    if (NOT_A_VILLAGE_NAME.test(m[1]!) || !idx.isStart(start)) continue;
    const first = idx.at(start);
    if (!first || !VILLAGE_NAME_TAGS.test(first.tag)) continue;
    out.push({ text: m[0], start, end: start + m[0].length });
  }
}

function parks(idx: TokenIndex, out: Found[]): void {
  const text = idx.text;
  for (const m of text.matchAll(PARK_KIND)) {
    const kindAt = m.index;
    if (out.some((p) => p.start < kindAt && p.end > kindAt)) continue;
    for (let s = kindAt - 2; s >= Math.max(0, kindAt - 5); s--) {
      const name = text.slice(s, kindAt);
      if (!isHan(name) || NOT_IN_PARK_NAME.test(name) || KIND_OF_PLACE.test(name)) break;
      if (!PARK_NAME_TAIL.test(name) && !PLACE_TRIE.matchesAt(text, s).includes(name.length)) continue;
      const prev = idx.before(s);
      const opens = breakAt(text, s - 1) || (prev !== undefined && (BEFORE_PARK.test(prev.tag) || isPlaceWord(idx, prev)));
      if (!opens) continue;
      out.push({ text: text.slice(s, kindAt + m[0].length), start: s, end: kindAt + m[0].length });
      break;
    }
  }
}

/**
 * A scenic area or an interchange whose name jieba cut into pieces it mistook for a numeral, a
 * verb or another place (万|佛山 景区, 惹|巴拉 景区, 十里|画壁 景区, 鸭子|铺 立交桥): the name runs
 * back over two to six ideographs to the farthest start that opens after a break, a verb, a
 * preposition or a place, with no verb, preposition or particle inside it; a kind (红色旅游经典景区,
 * 核心景区) names none.
 */
const SCENIC_KIND = /(?:风景区|景区|立交桥|高架桥)(?![内外里中])/gu;
const KIND_IN_SCENIC_NAME = /旅游|经典|核心|红色|文化|生态|重点|著名|热门|知名|周边|主流|不少|众多|部分|一些|国家|水利|游客|市民|参观|游览|各|该|全|本|这|那|多个|[AＡ]级|[0-9０-９]/u;

/** A word that is a place the lexicon knows, a county's short name that is also a word, or jieba's unit. */
function isPlaceWord(idx: TokenIndex, t: { start: number; word: string; tag: string }): boolean {
  return PLACE_TRIE.matchesAt(idx.text, t.start).includes(t.word.length) || AMBIGUOUS_SHORT_NAMES.has(t.word) || (t.tag === 'ns' && ADMIN_TAIL.test(t.word));
}

/** A place opens inside the span: the site's name starts after it. */
function placeInside(idx: TokenIndex, from: number, to: number): boolean {
  for (let o = from; o < to - 1; o++) if (idx.isStart(o) && isPlaceWord(idx, idx.at(o)!)) return true;
  return false;
}

function scenicAreas(idx: TokenIndex, out: Found[]): void {
  const text = idx.text;
  for (const m of text.matchAll(SCENIC_KIND)) {
    const kindAt = m.index;
    if (!idx.isEnd(kindAt + m[0].length)) continue;
    for (let s = Math.max(0, kindAt - 6); s <= kindAt - 2; s++) {
      const name = text.slice(s, kindAt);
      if (!idx.isStart(s) || !isHan(name) || NOT_IN_PARK_NAME.test(name) || KIND_OF_PLACE.test(name) || KIND_IN_SCENIC_NAME.test(name) || COUNT_OF_SITES.test(name)) continue;
      // (A name's last character jieba read as a verb, 鸭子|铺 立交桥, is the name's.)
      const last = idx.at(kindAt - 1);
      const tail = last && last.start === kindAt - 1 && SMALL_PLACE_TAIL.test(last.word) ? kindAt - 1 : kindAt;
      if (hasVerbInside(idx, s, tail) || placeInside(idx, s, kindAt) || out.some((p) => p.start >= s && p.end <= kindAt && !CHINA_CITY_SHORT.has(p.text))) continue;
      // The name opens with a word of its own, or with one character jieba took for a verb (惹|巴拉).
      const first = idx.at(s)!;
      if (/^(?:p|c|d|r|u\w*|a|ad|vn|f)$/.test(first.tag) || (first.tag.startsWith('v') && first.word.length > 1)) continue;
      const prev = idx.before(s);
      const opens = breakAt(text, s - 1) || out.some((p) => p.end === s) || (prev !== undefined && (/^(?:v\w*|p|c)$/.test(prev.tag) || isPlaceWord(idx, prev)));
      if (!opens) continue;
      out.push({ text: text.slice(s, kindAt + m[0].length), start: s, end: kindAt + m[0].length });
      break;
    }
  }
}

/**
 * Railways and expressways are named by their ends' short names (常益长 高铁, 平益 高速, 黔|张常 铁路,
 * 沪|昆 高铁), not by one place: 湖南 高速 is the province's network.
 */
const LINE_WORDS: ReadonlySet<string> = new Set(['铁路', '高铁', '高速', '高速公路', '城际铁路', '城际']);
const LINE_STARTS = codeSet([...LINE_WORDS].map((w) => w[0]!));
const SHORT_NAME_TAGS = /^(?:j|ns|x|nz|nr|nrt)$/;
const GLUED_BEFORE_LINE = /^[接经自从由至到往向在与和及连沿]/u;
const LEVEL_CHAR = /^[省市县区州]$/u;

const TRANSIT = /(?:地铁)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})号线|地铁(?!(?:集团|公司|运营|站|口|工程|建设|沿线|线网|时代)|\d|[一二三四五六七八九十])|磁浮(?:快线|线)/gu;

const STATION_AFTER = /^[\u4e00-\u9fff]{2,6}?[东西南北]?站(?![长点务台])/u;

function transit(idx: TokenIndex, out: Found[]): void {
  const text = idx.text;
  for (const m of text.matchAll(TRANSIT)) {
    let start = m.index;
    // The city whose metro it is opens the name (长沙 地铁1号线, 长沙 磁浮快线).
    for (let len = 4; len >= 2; len--) {
      if (start - len >= 0 && PLACE_TRIE.matchesAt(text, start - len).includes(len) && idx.isStart(start - len)) {
        start -= len;
        break;
      }
    }
    const end = m.index + m[0].length;
    // A metro named alone is a place only with its city (长沙地铁, not 地铁 at large).
    if (m[0] === '地铁' && start === m.index) continue;
    out.push({ text: text.slice(start, end), start, end, line: true });
    // A station printed after its line (长沙地铁 烈士公园南站, 2号线 五一广场站) is a place of its own.
    const station = STATION_AFTER.exec(text.slice(end, end + 9));
    if (station) out.push({ text: station[0], start: end, end: end + station[0].length });
  }
}

/** A national or provincial expressway's number (G55, S7101). */
const ROUTE_CODE = /(?<![A-Za-z0-9])[GS]\d{1,5}$/u;
/**
 * A section of a line: 湖南段, 常德至张家界段, 湖北段; not a part that a qualifier picks out (二广高速
 * 部分路段, 重点路段, 拥堵路段 name no stretch).
 */
const SECTION = /^(?!(?:部分|全|该|各|沿线|相关|多个|个别|重点|主要|拥堵|事故|危险|施工|封闭|结冰|积雪|易堵|事发|涉事)[路河堤]?段)(?:\p{Script=Han}{2,4}(?:至|到)\p{Script=Han}{2,5}?段|\p{Script=Han}{2,3}?段)(?![落子位时])/u;
/** Words before 收费站 that name none (各收费站, 高速收费站, 主线收费站). */
const NOT_A_STATION_NAME = /^(?:各|该|这|那|本|全|高速|主线|匝道|沿线|附近|省内|全省|所有|部分|相关|多个|临时)$/u;

/**
 * Toll stations and service areas by name (武潭收费站, 涟源西服务区), and the items of a list that
 * shares one 收费站 (马迹塘、仙溪、长塘等收费站; 安化、龙塘、羊角塘收费站): places on the road.
 */
/**
 * A residential compound by its name (橄榄城小区, 六都国际小区, 香江锦城小区): the words before 小区
 * back to a place, a break or a word of the sentence, however jieba cut them (六|都|国际|小|区内);
 * a kind of compound (老旧小区, 居民小区) names none.
 */
const COMPOUND_STOP_TAGS = /^(?:p|c|u\w*|d|r|f|m|q|t|v|vd|y|e|o|z|ad)$/;
const KIND_OF_COMPOUND = /^(?:老旧|居民|特色|城镇|示范|新建|老|新|该|本|各|整个|这个|某|周边|附近|所在|单位|住宅|商品房|物业|安置|拆迁|事发|涉事|起火|辖区)$/u;
/** A place that stands before a compound's name as a place of its own (长沙市, 湘郡社区, 武威路). */
const OWN_PLACE_TAIL = /(?:省|市|县|区|镇|乡|村|社区|街道|路|街|大道)$/u;

function namedCompounds(idx: TokenIndex, out: Found[]): void {
  const text = idx.text;
  for (let pos = text.indexOf('小区'); pos >= 0; pos = text.indexOf('小区', pos + 2)) {
    const end = pos + 2;
    if (out.some((p) => p.start < end && pos < p.end)) continue;
    let start = pos;
    for (;;) {
      const t = idx.before(start);
      if (!t || breakAt(text, t.start) || !isHan(t.word) || COMPOUND_STOP_TAGS.test(t.tag) || pos - t.start > 8) break;
      if (start === pos && KIND_OF_COMPOUND.test(t.word)) break;
      if (OWN_PLACE_TAIL.test(t.word) && (t.tag === 'ns' || PLACE_TRIE.matchesAt(text, t.start).includes(t.word.length) || t.word.length >= 3)) break;
      start = t.start;
    }
    // A road or a neighbourhood jieba glued to the name (武威|路霞|飞, 星悦社区|橄榄城) is a place before it.
    const inner = /^.*(?:社区|街道|[路街村镇乡区县市])(?=[\u4e00-\u9fff]{2})/u.exec(text.slice(start, pos));
    if (inner) start += inner[0].length;
    const name = text.slice(start, pos);
    if (name.length >= 2 && !KIND_OF_COMPOUND.test(name) && !KIND_OF_COMPOUND.test(name.slice(-2))) out.push({ text: text.slice(start, end), start, end });
  }
}

function roadsideStations(idx: TokenIndex, out: Found[]): void {
  const text = idx.text;
  for (const m of text.matchAll(/收费站|服务区/gu)) {
    const start = stationNameStart(idx, m.index);
    if (start >= 0) out.push({ text: text.slice(start, m.index + m[0].length), start, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(STATION_LIST)) {
    let at = m.index;
    for (const item of m[1]!.split('、')) {
      const end = at + item.length;
      // The first item may carry the words before it (关闭马迹塘): it is the word that ends it.
      const start = at === m.index ? stationNameStart(idx, end) : at;
      if (start >= 0 && end - start <= 5) out.push({ text: text.slice(start, end), start, end });
      at = end + 1;
    }
  }
}
/**
 * Where the name of a station ending at `end` starts: the words before it, back to a break, a list
 * mark or the road's name (益娄衡高速 | 泥 江口), two to five characters; -1 when there is none.
 */
function stationNameStart(idx: TokenIndex, end: number): number {
  let start = end;
  let proper = false; // a word of a name, not only common words (配套/a 服务区)
  for (let w = idx.before(end); w && w.end === start && isHan(w.word) && end - w.start <= 5; w = idx.before(start)) {
    if (NOT_A_STATION_NAME.test(w.word) || LINE_WORDS.has(w.word) || /^(?:v\w*|d|r|m|p|c|u\w*|q|a\w*)$/.test(w.tag) || (w.tag === 'f' && w.word.length > 1)) break;
    proper ||= w.tag !== 'f' && (w.tag !== 'n' || w.word.length >= 2);
    start = w.start;
  }
  return end - start >= 2 && proper ? start : -1;
}
/** A list of toll stations, with or without 等 (its last item keeps the 收费站, read by name). */
const STATION_LIST = /((?:\p{Script=Han}{2,5}、)+\p{Script=Han}{2,5})(?:等(?:\d+|[一二三四五六七八九十]+)?个?)?收费站/gu;

/** Stations that are works or bodies, not stops on a line (消防站, 加油站, 变电站). */
const NOT_A_STOP = /(?:消防|加油|服务|工作|水文|监测|气象|变电|换流|收费|卫生|派出|救助|检查|污水|垃圾|中转|泵)站$/u;
const STOP_LIST = /(?:\p{Script=Han}{2,8}站[、和及与])+\p{Script=Han}{2,8}站/gu;

/**
 * The stops of a line listed one after another (汽车北站站、开福区政府站、北辰三角洲站…; 开福寺站、
 * 营盘路站和湘雅路站): each is a place, the first one read from the words that end it.
 */
function stationLists(idx: TokenIndex, out: Found[]): void {
  const text = idx.text;
  for (const m of text.matchAll(STOP_LIST)) {
    // Stops of a railway or a metro, as the paragraph says (not gauging stations on rivers: 浏阳河榔梨站).
    const para = text.slice(Math.max(text.lastIndexOf('\n', m.index) + 1, m.index - 120), m.index);
    if (!/地铁|号线|车站|站点|高铁|铁路|火车|列车|磁浮|城际/u.test(para) || /水位|水文|超警|流域|雨量/u.test(para)) continue;
    let at = m.index;
    for (const item of m[0].split(/[、和及与]/u)) {
      const end = at + item.length;
      const start = at === m.index ? stationNameStart(idx, end - 1) : at;
      if (start >= 0 && !NOT_A_STOP.test(item) && end - start >= 3) out.push({ text: text.slice(start, end), start, end });
      at = end + 1;
    }
  }
}


function lines(idx: TokenIndex, out: Found[]): void {
  const tokens = idx.tokens;
  for (let k = 1; k < tokens.length; k++) {
    const line = tokens[k]!;
    if (!LINE_STARTS.has(line.word.charCodeAt(0)) || !LINE_WORDS.has(line.word)) continue;
    let start = line.start;
    let words = 0;
    for (let j = k - 1; j >= 0; j--) {
      const w = tokens[j]!;
      if (w.end !== start || !SHORT_NAME_TAGS.test(w.tag) || w.word.length > 3 || !isHan(w.word) || line.start - w.start > 6) break;
      // A one-character piece is a province's or city's short name (黔, 沪, 京), not a verb jieba
      // left unknown (接, 经, 自); a county printed in full is the line's place, not its name.
      if (w.word.length === 1 ? !/^(?:j|ns)$/.test(w.tag) : ADMIN_TAIL.test(w.word) && w.word.length === 3) break;
      // 从省|高速公路, 据省|高速公路: a preposition glued to a level is the province's network, no name.
      if (w.word.length === 2 && /^[接经自从由至到往向在与和及连沿据对]/u.test(w.word) && LEVEL_CHAR.test(w.word[1]!)) break;
      // jieba glues a preposition or a verb of motion to the short names (经杭瑞 高速, 自渝怀 铁路).
      if (w.tag === 'x' && w.word.length === 3 && GLUED_BEFORE_LINE.test(w.word)) {
        start = w.start + 1;
        words++;
        break;
      }
      start = w.start;
      words++;
    }
    if (line.start - start < 2) continue;
    const name = idx.text.slice(start, line.start);
    if (words === 1 && PLACE_TRIE.matchesAt(idx.text, start).includes(name.length)) continue;
    // Its number before it (G55 二广高速, S71 益娄衡高速) and a section after it (厦蓉高速 湖南段,
    // 呼北高速 常德至张家界段) belong to the name.
    const code = ROUTE_CODE.exec(idx.text.slice(Math.max(0, start - 6), start));
    const section = SECTION.exec(idx.text.slice(line.end, line.end + 12));
    const from = code ? start - code[0].length : start;
    const to = section ? line.end + section[0].length : line.end;
    out.push({ text: idx.text.slice(from, to), start: from, end: to, line: true });
    let first = k;
    while (first > 0 && tokens[first]!.start > start) first--;
    listedLines(idx, first, out);
  }
  // Metro and maglev lines (长沙地铁1号线, 2号线, 长沙磁浮快线) and a city's metro (长沙地铁).
  if (idx.text.includes('号线') || idx.text.includes('地铁') || idx.text.includes('磁浮')) transit(idx, out);
  if (idx.text.includes('国道') || idx.text.includes('省道')) {
    for (const m of idx.text.matchAll(NUMBERED_ROAD)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  // A city's conference or exhibition centre, however jieba cut it (长沙市 会议 中心).
  if (idx.text.includes('中心')) {
    for (const m of idx.text.matchAll(NAMED_VENUE)) {
      for (let len = 4; len >= 2; len--) {
        const start = m.index - len;
        if (start < 0 || !idx.isStart(start) || !PLACE_TRIE.matchesAt(idx.text, start).includes(len)) continue;
        out.push({ text: idx.text.slice(start, m.index + m[0].length), start, end: m.index + m[0].length });
        break;
      }
    }
  }
  // A station named with its voltage (星城500千伏变电站, 衡阳±800千伏换流站).
  if (idx.text.includes('千伏')) {
    for (const m of idx.text.matchAll(VOLTAGE_STATION)) {
      // The station's name is the word before the voltage, with the city before it if one is printed.
      const name = idx.before(m.index);
      if (!name || name.end !== m.index || !/^(?:x|ns|nz|nr\w*|j)$/.test(name.tag) || !isHan(name.word)) continue;
      const city = idx.before(name.start);
      const start = city && city.end === name.start && city.tag === 'ns' && name.tag !== 'ns' ? city.start : name.start;
      out.push({ text: idx.text.slice(start, m.index + m[0].length), start, end: m.index + m[0].length });
    }
  }
  // A city's metro line (长沙地铁1号线) is a line like a railway.
  if (!idx.text.includes('号线')) return;
  for (const m of idx.text.matchAll(METRO_LINE)) {
    if (PLACE_TRIE.matchesAt(idx.text, m.index).includes(m[1]!.length)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
}
/**
 * Lines listed before the one that carries the word share it (黔张常、张吉怀 铁路; 张吉怀、常益长 高铁):
 * each earlier item made only of short names (unknown or abbreviation words, no place of its own)
 * is a line too, printed bare.
 */
function listedLines(idx: TokenIndex, first: number, out: Found[]): void {
  const tokens = idx.tokens;
  let k = first;
  while (k > 1 && tokens[k - 1]!.word === '、') {
    let j = k - 2;
    const end = tokens[j]!.end;
    let from = end;
    while (j >= 0 && tokens[j]!.end === from && SHORT_NAME_TAGS.test(tokens[j]!.tag) && isHan(tokens[j]!.word) && end - tokens[j]!.start <= 4) {
      from = tokens[j]!.start;
      j--;
    }
    const name = idx.text.slice(from, end);
    if (name.length < 2 || name.length > 4 || PLACE_TRIE.matchesAt(idx.text, from).includes(name.length)) return;
    out.push({ text: name, start: from, end, line: true });
    k = j + 1;
  }
}

/**
 * An airport is named by its city and a name of two characters (昆明 长水 国际机场, 北京 大兴 机场),
 * however jieba cut them; that name alone names it again (边城机场), also after a prefecture printed in full.
 */
const AIRPORT = /([\u4e00-\u9fff]{2})(?:国际)?机场/gu;
function airports(text: string, out: Found[]): void {
  if (!text.includes('机场')) return;
  const named = new Set<string>();
  const bare: RegExpMatchArray[] = [];
  for (const m of text.matchAll(AIRPORT)) {
    // 长沙、武汉两个机场: a count of airports, not one's name.
    if (/^[\d一二两三四五六七八九十几多数]+[个座处家]?$/u.test(m[1]!)) continue;
    const end = m.index! + m[0].length;
    let city = 0;
    for (let len = Math.min(4, m.index!); len >= 2 && city === 0; len--) {
      if (PLACE_TRIE.matchesAt(text, m.index! - len).includes(len)) city = len;
    }
    if (city === 0) {
      bare.push(m);
      continue;
    }
    named.add(m[1]!);
    out.push({ text: text.slice(m.index! - city, end), start: m.index! - city, end });
  }
  for (const m of bare) {
    if (named.has(m[1]!)) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  }
}

/** A national or provincial road by its number (207国道, 国道207线, S308省道). */
const NUMBERED_ROAD = /(?<![\dA-Za-z])(?:[GS]?\d{3}(?:国道|省道)|(?:国道|省道)[GS]?\d{3}线?)/gu;
const NAMED_VENUE = /(?:国际)?(?:会议中心|会展中心|博览中心)/gu;
const VOLTAGE_STATION = /±?\d{2,4}千伏(?:变电站|换流站|开关站)/gu;
const METRO_LINE = /([\u4e00-\u9fff]{2,3}?)(?:地铁|轨道交通)(?:\d{1,2}|[一二三四五六七八九十]{1,3})号线/gu;

const NO_LINKS: readonly number[] = [];

/** A 、-list closed by 等 and a kind of site (…、黄龙洞、宝峰湖等景区; …、玉华洞等7大名胜风景区). */
const SITE_LIST = /((?:[\u4e00-\u9fff·]{2,8}、)+[\u4e00-\u9fff·]{2,8})等(?:\d+|[一二三四五六七八九十]+)?[个大处]?(?:名胜)?(?:旅游景区|风景区|景区|景点|乡村旅游点|旅游点)/gu;
const SITE_LIST_HINT = /、[^，。、]{2,8}等[^，。]{0,6}(?:景区|景点|旅游点)/u;
/** The last character of a scenic site's name (洞, 湖, 山, 园, 泉 …): a show or a brand has none. */
const SITE_TAIL = /[洞湖山谷园泉岭坪关寨峰岛湾街馆洲塘桥寺庙楼阁亭潭峡河江溪]$/u;

/** Every item of such a list that ends like a site is a place. */
function listedSites(text: string, out: Found[]): void {
  // Most texts have no such list: one cheap look before the list pattern's scan.
  if (!(text.includes('景区') || text.includes('景点') || text.includes('旅游点')) || !SITE_LIST_HINT.test(text)) return;
  for (const m of text.matchAll(SITE_LIST)) {
    let at = m.index;
    m[1]!.split('、').forEach((item, k) => {
      // The first item may carry the words before it (途经武夷山): it counts only after a break, and
      // not when a shorter place found already ends it.
      const end = at + item.length;
      const clean = k > 0 || (breakAt(text, m.index - 1) && !out.some((p) => p.end === end && p.start > at));
      if (clean && SITE_TAIL.test(item) && item.length <= 6) out.push({ text: item, start: at, end });
      at += item.length + 1;
    });
  }
}

/** A list of streets and the count that closes it: 观音井巷、东茅街巷、苏家巷5条老街 (N条 + a kind of street). */
const STREET_LIST = /((?:[\u4e00-\u9fff]{2,6}、)+[\u4e00-\u9fff]{2,6})等?(?:\d+|[一二三四五六七八九十两]+)条[^，。；、]{0,8}?(?:街|巷|路|道)/gu;
const STREET_TAIL = /(?<!道)[巷街路]$/u;

/** Every item of such a list that ends like a street is a place. */
function listedStreets(text: string, out: Found[]): void {
  for (const m of text.matchAll(STREET_LIST)) {
    let at = m.index;
    const items = m[1]!.split('、');
    if (!items.every((item) => STREET_TAIL.test(item))) continue;
    items.forEach((item, k) => {
      if (k > 0 || breakAt(text, m.index - 1)) out.push({ text: item, start: at, end: at + item.length });
      at += item.length + 1;
    });
  }
}

/** What an airport does when it acts as a body: reckons, says, announces (黄花机场预计…). */
export const AIRPORT_ACT_WORDS = ['预计', '表示', '介绍', '称', '发布', '公布', '方面', '负责人', '相关负责人'];
const AIRPORT_ACTS = new RegExp(`^(?:${AIRPORT_ACT_WORDS.join('|')})`, 'u');

const COUNTRY_SET: ReadonlySet<string> = new Set(COUNTRIES);

/**
 * A city whose name is also a word (万象, 凤凰城) is left out of the lexicon, but printed right after
 * its country (老挝万象) it is the city.
 */
function citiesAfterCountries(idx: TokenIndex, out: Found[]): void {
  const text = idx.text;
  for (const p of [...out]) {
    if (!COUNTRY_SET.has(p.text)) continue;
    foreignCities(idx, p.end, out);
    for (const city of AMBIGUOUS_CITIES) {
      if (text.startsWith(city, p.end) && idx.isEnd(p.end + city.length)) out.push({ text: city, start: p.end, end: p.end + city.length });
    }
  }
}

/**
 * A foreign city by its transcribed name and 市 (安格市, 谢斯得罗列茨克市), or a prefecture or state
 * (滋贺县), then 和/与/、 and more of them.
 */
const FOREIGN_CITY = /^[\u4e00-\u9fff]{2,8}?[市县州省](?![场民委长区级县里内外容政值])/u;
const AND = /^[和与及、]/u;

/** The cities printed right after a foreign country (法国安格市和希农市): jieba knows none of them. */
function foreignCities(idx: TokenIndex, at: number, out: Found[]): void {
  const text = idx.text;
  for (let n = 0; n < 4; n++) {
    // (…、南非赞扎巴尼市: a place the lexicon knows opens an item of its own.)
    if (n > 0 && PLACE_TRIE.matchesAt(text, at).length > 0) return;
    const m = FOREIGN_CITY.exec(text.slice(at, at + 10));
    if (!m || !idx.isEnd(at + m[0].length) || KIND_OF_CITY.test(m[0]) || clauseWordIn(idx, at, at + m[0].length)) return;
    out.push({ text: m[0], start: at, end: at + m[0].length });
    at += m[0].length;
    if (!AND.test(text[at] ?? '')) return;
    at++;
  }
}

/**
 * Whether [from, to) holds a function word or pronoun, or a common noun or adverb of two characters
 * or more (日本 政府 在…市): a transcribed name is cut into odd pieces, verbs among them (滋贺/v 县),
 * but not into those.
 */
function clauseWordIn(idx: TokenIndex, from: number, to: number): boolean {
  for (let o = from; o < to; ) {
    const t = idx.at(o);
    if (!t) return false;
    if (/^(?:p|c|r|u\w*)$/.test(t.tag) || (t.word.length >= 2 && /^(?:n|vn|d|ad|a|t|m)$/.test(t.tag))) return true;
    o = t.end;
  }
  return false;
}

/** Words that end the name of an event, a programme, a project or a release (…年会, …成就展, …工程, …数据). */
const EVENT_END = /(?:活动|工程|成就展|展览|展览会|年会|大会|会议|论坛|博览会|运动会|行动|发布会|仪式|数据|评选|竞赛|大赛|初赛|复赛|决赛|选拔赛|锦标赛|联赛|[^\s]{1,3}节|示范区|调查)$|^(?:展|节)$/u;
/** Words that end in 展 or 节 and are no show or festival (发展, 开展, 环节). */
const GAMES = /^(?:奥运会|冬奥会|残奥会|亚运会|亚冬会|世博会|园博会|大运会|青奥会)$/u;
const NOT_EVENT = /(?:发展|开展|进展|拓展|扩展|伸展|施展|环节|季节|细节|关节|节节|时节|章节|情节|调节|礼节)$/u;
/** Tags of the words an event's name is made of after its place. */
const EVENT_NAME_TAGS = /^(?:n|nz|vn|j|ns|l|m|t|b|an|x|nt|ng)$/;

/**
 * Whether the place ending at `at` opens the name of an event or a programme: nouns up to a word
 * that ends such a name, before any verb, particle or break (湖南省 脱贫攻坚 大型 成就展, 湖南省
 * 2022年 “春风行动”).
 */
function opensEventName(idx: TokenIndex, at: number): boolean {
  const text = idx.text;
  for (let o = at, n = 0; o < text.length && o - at <= 24 && n < 8; n++) {
    const ch = text[o]!;
    if (ch === '“' || ch === '”') {
      o++;
      continue;
    }
    const t = idx.at(o);
    if (!t || t.start !== o || breakAt(text, o) || !EVENT_NAME_TAGS.test(t.tag)) return false;
    if (EVENT_END.test(t.word) && !NOT_EVENT.test(t.word) && o > at) return true;
    // 东京奥运会, 2008年北京奥运会: the games are named by their city alone.
    if (o === at && GAMES.test(t.word)) return true;
    o = t.end;
  }
  return false;
}

/** The end of a road's name: 路, 街, 大道 (翠荷路, 解放西路, 芙蓉中路). */
const ROAD_TAIL = /(?:[东西南北中]?路|大道|大街)$/u;
/**
 * Words ending like a road that name none: railways (read as lines), ways in a figure of speech
 * (逐梦之路, 致富路, 求学路), kinds of rural road (通组路, 产业路), a preposition and a road (对|主路),
 * and the street in general (清扫马路, 过马路).
 */
const NOT_A_ROAD = /(?:铁路|公路|之路|马路)$|^(?:通组|通村|通户|通乡|产业|旅游|致富|求学|小康|幸福|扶贫|脱贫|回家|上学|发展|振兴|复兴|创业|成长|奋斗|改革)路$|^[对在向从往沿朝]/u;

/** Verbs of going, gathering or being that jieba glues to the place they name (途经/n 茅草街, 齐聚北塔公园). */
const GOING_LEAD = /^(?:途经|途径|经过|路过|前往|来到|走进|抵达|进入|直达|回到|赶赴|奔赴|直奔|齐聚|汇聚|相聚|聚集|游览|参观|打卡|走访|位于|地处|来自|落户|入驻)/u;
/** Former and present names of a unit (原排碧乡, 现双龙镇): the name starts after 原 or 现. */
const TIME_LEAD = /^[原现](?=\p{Script=Han}{2,}(?:乡|镇|县|市|区|村|街道|社区)$)/u;

/** How many characters at the start of a find are a glued verb of going or 原/现, not the name. */
function gluedLead(idx: TokenIndex, p: Found): number {
  const going = GOING_LEAD.exec(p.text);
  if (going && p.text.length - going[0].length >= 2) return going[0].length;
  if (TIME_LEAD.test(p.text)) return 1;
  // 至三一/x 大道, 经东塘/x: a preposition jieba glued into a new word with the name's head.
  if (/^[至经沿从往向在到自]/u.test(p.text) && !/^经(?:开|济)/u.test(p.text) && p.text.length >= 4) {
    const t = idx.at(p.start);
    if (t && t.start === p.start && t.tag === 'x' && t.word.length >= 3) return 1;
  }
  // 去逛/v 坡子街: a one-character verb that ends a verb jieba read before the name (a verb standing
  // alone may open the name: 走/v 马街/ns 镇 is 走马街镇).
  if (/^[逛走去到游]/u.test(p.text) && p.text.length >= 4) {
    const t = idx.at(p.start);
    if (t && t.end === p.start + 1 && t.start < p.start && /^v/.test(t.tag)) return 1;
  }
  return 0;
}

export function findPlaces(idx: TokenIndex): Found[] {
  const text = idx.text;
  const out: Found[] = [];
  let from = 0; // where the next find may start
  const pushLinks = (at: number, links: readonly number[]) => {
    for (const l of links) {
      out.push({ text: text.slice(at, at + l), start: at, end: at + l });
      at += l;
    }
    return at;
  };
  for (const t of idx.tokens) {
    // Names start where words start (the tags cover the text: one look-up per word, not per character).
    const i = t.start;
    if (i < from) continue;
    // (Loops, not find(): no closure or empty array made per word.)
    let place = 0;
    const lens = PLACE_TRIE.matchesAt(text, i);
    for (let k = 0; k < lens.length; k++) if (idx.isEnd(i + lens[k]!)) { place = lens[k]!; break; }
    // One of Hunan's towns or villages printed with its unit, or several in a row, when longer.
    const links = localityChain(idx, i, false) ?? NO_LINKS;
    if (!place && links.length === 0) continue;
    let end: number;
    if ((links[0] ?? 0) > place) end = pushLinks(i, links);
    else {
      let len = place;
      const park = PARK.exec(text.slice(i + len, i + len + 9));
      if (park && idx.isEnd(i + len + park[0].length)) len += park[0].length;
      out.push({ text: text.slice(i, i + len), start: i, end: i + len });
      // The towns and villages printed right after a county (麻阳苗族自治县 隆家堡乡 步云坪村).
      const after = localityChain(idx, i + len, true);
      end = after ? pushLinks(i + len, after) : i + len;
    }
    // Villages are the last level: what follows one is no village of it (沙洲村|和菖蒲塘村).
    if (!/(?:村|社区)$/u.test(text.slice(Math.max(0, end - 2), end))) chainAfter(idx, end, out);
    from = end;
  }
  villages(idx, out);
  // Words the dictionary lacks, one pass over the tokens:
  // - places jieba knows (萍乡市, 汨罗江/ns): an admin unit, or a river, lake or mountain, at its end;
  // - sites named after a new word (犬木塘|水库);
  // - rivers and lakes jieba does not know: a new word of three or four characters ending in 江/河/湖
  //   (two are mostly a verb and its object: 巡河, 过江), or one odd character + 江/河/湖.
  const tokens = idx.tokens;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    const len = t.word.length;
    if (len >= 3 && t.tag === 'ns' && (ADMIN_TAIL.test(t.word) || NATURE_TAIL.test(t.word)) && isHan(t.word) && !NOT_A_PLACE_NS.test(t.word) && !(KIND_OF_CITY.test(t.word) && !PLACE_TRIE.matchesAt(text, t.start).includes(len))) {
      // jieba may glue the end of a site's name to its kind (宝峰|湖景区): the new word before it is the name's head.
      const prev = tokens[k - 1];
      const head = prev && prev.end === t.start && /^(?:x|nz|nr)$/.test(prev.tag) && prev.word.length >= 2 && isHan(prev.word) && /景区$/u.test(t.word);
      out.push(head ? { text: prev.word + t.word, start: prev.start, end: t.end } : { text: t.word, start: t.start, end: t.end });
    }
    // A site jieba knows whole under a place's name (长沙火车站/ns, 长沙南站/ns): the place and the kind of site.
    if (len >= 4 && t.tag === 'ns' && siteOfPlace(t.word) && PLACE_TRIE.matchesAt(text, t.start).length > 0) out.push({ text: t.word, start: t.start, end: t.end });
    // A road jieba made one new word of (翠荷路/x, 韶山路/ns), or two (瓦官/x 口路/x): a named road.
    if (len >= 2 && len <= 4 && /^(?:x|ns|nz)$/.test(t.tag) && ROAD_TAIL.test(t.word) && isHan(t.word) && !NOT_A_ROAD.test(t.word)) {
      const prev = tokens[k - 1];
      const joined = len === 2 && prev && prev.end === t.start && prev.tag === 'x' && prev.word.length >= 2 && isHan(prev.word);
      if (joined) out.push({ text: prev.word + t.word, start: prev.start, end: t.end });
      else if (len >= 3) out.push({ text: t.word, start: t.start, end: t.end });
    }
    // A city of another province by its short name (莆田, 赣州), where jieba reads it as a place.
    if (t.tag === 'ns' && CHINA_CITY_SHORT.has(t.word)) out.push({ text: t.word, start: t.start, end: t.end });
    if (len >= 3 && len <= 4 && t.tag === 'x' && WATER.test(t.word) && isHan(t.word)) {
      out.push({ text: t.word, start: t.start, end: t.end });
    }
    if (len === 1 && next && next.word.length === 1 && WATER_CHARS.includes(next.word) && ODD_TAGS.has(t.tag) && isHan(t.word)) {
      out.push({ text: t.word + next.word, start: t.start, end: next.end });
    }
    // 宝峰|湖, 跃进|湖, 华容|河: a name of two jieba cut from the lake or river it names (a lone 湖/河/江
    // jieba reads as a place), where no measure or number comes before it (两个|湖 is no name).
    if (len === 2 && next && next.start === t.end && next.word.length === 1 && WATER_CHARS.includes(next.word) && next.tag === 'ns' && NAMING_TAGS.test(t.tag) && isHan(t.word) && !/[江河湖海]/u.test(t.word) && !/^[mq]/.test(tokens[k - 1]?.tag ?? '')) {
      out.push({ text: t.word + next.word, start: t.start, end: next.end });
    }
  }
  citiesAfterCountries(idx, out);
  sites(idx, out);
  if (text.includes('公园') || text.includes('保护区') || text.includes('名胜区')) parks(idx, out);
  // A city's ring roads by their side (东二环, 西二环线), before the sites that may follow them.
  if (text.includes('环')) {
    for (const m of text.matchAll(RING_ROAD)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  if (text.includes('景区') || text.includes('立交') || text.includes('高架')) scenicAreas(idx, out);
  airports(text, out);
  if (text.includes('寨')) ethnicVillages(idx, out);
  if (text.includes('小区')) namedCompounds(idx, out);
  lines(idx, out);
  listedSites(text, out);
  if (text.includes('条')) listedStreets(text, out);
  if (text.includes('收费站') || text.includes('服务区')) roadsideStations(idx, out);
  if (text.includes('站、')) stationLists(idx, out);
  placeLists(idx, [...out], out);
  // 雪峰山脉, 武陵山区, 长株潭地区: a range or a region named by its mountain or area is one place.
  for (let k = 0; k < out.length; k++) {
    const p = out[k]!;
    const tail = REGION_TAIL.exec(text.slice(p.end, p.end + 2));
    if (!tail || !(p.text.endsWith('山') || !/[省市县区州国]$/u.test(p.text)) || !idx.isEnd(p.end + tail[0].length)) continue;
    if (!p.text.endsWith('山') && (tail[0] !== '地区' || p.text === '湖南' || COUNTRY_SET.has(p.text))) continue;
    out[k] = { text: p.text + tail[0], start: p.start, end: p.end + tail[0].length };
  }
  // 途经茅草街, 逛坡子街, 现双龙镇: a verb of going or a word of time jieba glued to the name.
  for (let k = 0; k < out.length; k++) {
    const cut = gluedLead(idx, out[k]!);
    if (cut > 0) out[k] = { text: out[k]!.text.slice(cut), start: out[k]!.start + cut, end: out[k]!.end };
    // (…leaving only the kind of a site, 齐聚|园区: no name.)
    if (cut > 0 && SITE_WORDS.has(out[k]!.text)) out.splice(k--, 1);
  }
  // 长沙市民, 衡阳市民: a city's people (市民), not the city by its level; the place is its name.
  for (let k = 0; k < out.length; k++) {
    const p = out[k]!;
    if (p.text.length >= 3 && p.text.endsWith('市') && text[p.end] === '民' && !/^民[政族营办间警]/u.test(text.slice(p.end, p.end + 2))) {
      out[k] = { text: p.text.slice(0, -1), start: p.start, end: p.end - 1 };
    }
  }
  // In order of appearance, one find per span, and not the place of an event's name (湖南省第八届…).
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  let keptEnd = 0; // where the last find kept ends (a find dropped for overlapping blocks nothing)
  return out.filter((p) => {
    if (p.start < keptEnd) return false;
    const after = text.slice(p.end, p.end + 6);
    // 2024年中国汨罗江国际龙舟节: a place after a year opens the name of an edition of an event.
    if (/\d{4}年$/.test(text.slice(Math.max(0, p.start - 5), p.start)) && EVENT_NAME_TAIL.test(text.slice(p.end, p.end + 24))) return false;
    if (ORDINAL_EVENT.test(after) || SET_PHRASE.test(after)) return false;
    // 黄花机场预计…: an airport acting as a body (entities/orgs.ts).
    if (p.text.endsWith('机场') && AIRPORT_ACTS.test(after)) return false;
    // 湖南省软件产业年会, 湖南省2022年“春风行动”: a place opening an event's name names the event.
    if (opensEventName(idx, p.end)) return false;
    // “中国柑橘之乡”, “中国最美铁路”: a place opening a quoted title names the title, not the place.
    if (text[p.start - 1] === '“' && text[p.end] !== '”' && /^[^“”\n]{1,16}”/u.test(text.slice(p.end, p.end + 18))) return false;
    // 现代化新湖南, 新湖南客户端: the slogan and the app, not the province.
    if (text[p.start - 1] === '新' && (p.text === '湖南' || p.text === '中国')) return false;
    // 湘西北, 湘西南: a compass part of the province, like 湘中 (no place).
    if (p.text === '湘西' && /^[北南]/u.test(after)) return false;
    if (SLOGAN_LEAD.test(text.slice(Math.max(0, p.start - 3), p.start)) && (p.text === '湖南' || p.text === '中国' || p.text.length === 2)) return false;
    const team = TEAM_AFTER.exec(text.slice(p.end, p.end + 10));
    if (team && idx.isEnd(p.end + team[0].length)) return false;
    keptEnd = p.end;
    return true;
  });
}
