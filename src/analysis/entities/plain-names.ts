/**
 * Names with no title next to them: before a verb of speech (杨西炜说, 唐奕琨回忆道), in 、-lists of
 * names (焦夕芮、郑熙湲、易延芳团队), and names jieba's new-word finder proposes (雷军) where the
 * words around them fit a person.
 */
import { followerAt, nameAt, nameBefore, plausibleName, type NameSpan } from './names';
import { orgSuffixOf, PLACE_TRIE } from './lexicon';
import { codeSet } from '../clean/chars';
import { breakAt, type TokenIndex } from './token-index';

const SPEECH = [
  '说', '表示', '指出', '强调', '介绍', '笑道', '说道', '回忆道', '回忆说', '坦言', '感慨', '感慨道', '告诉记者',
  '认为', '谈到', '透露', '直言', '笑着说', '自豪地说', '激动地说', '动情地说', '深有感触地说', '补充道', '解释',
  '建议', '呼吁', '提出', '称',
];

const SPEECH_STARTS = codeSet(SPEECH.map((s) => s[0]!));
const SPEECH_SET = new Set(SPEECH);

/** Words before a name that leave it standing alone in its clause (是雷军，; 和 X). */
const LEAD_INS = new Set([
  '是', '为', '叫', '名叫', '就是', '正是', '像', '和', '与', '及', '同', '跟', '给', '向', '对', '被', '让', '请', '找', '如', '有',
]);

/** A numeral and measure word before a word counts it as a thing (一颗颗, 两箱, 3吨, 几株). */
const COUNTED = /^(?:[\d.一二两三四五六七八九十百千万几数]+|[一每])[个颗粒株棵只头条块片斤吨箱件筐担亩批]+$|^([颗粒株棵箱筐])\1$/u;
/** Nouns that make the word before them a product or crop, never a person (黄桃产量, 茶叶品质). */
const THING_AFTER = new Set([
  '产量', '产值', '产业', '品种', '品质', '价格', '销量', '面积', '基地', '种植', '种苗', '果园', '罐头', '加工', '市场',
  '订单', '收购', '深加工', '产品', '口感', '树', '苗', '园',
  // …and abstract nouns that follow a trade or a field, never a person (文旅融合, 文旅消费).
  '消费', '融合', '项目', '活动', '部门', '企业', '品牌', '资源', '服务', '模式', '经济', '行业', '领域', '业态',
]);

/** Characters that make a name-like word a place instead (张排村, 万溶江). */
const PLACE_TAILS = /^[村镇乡江河湖山县市区路街桥港岛湾洲寨坪冲垸圩岭峰]/u;

/**
 * Whether one of `words` starts at `at` (a loop of its own: a closure over the loop's variable
 * in the scans below would make a context for every word or character scanned).
 */
function startsOneOf(text: string, at: number, words: readonly string[]): boolean {
  for (const w of words) if (text.startsWith(w, at)) return true;
  return false;
}

/** Names before a speech verb. */
function beforeSpeech(idx: TokenIndex, exclude: ReadonlySet<string>): NameSpan[] {
  const out: NameSpan[] = [];
  for (const t of idx.tokens) {
    if (!SPEECH_STARTS.has(t.word.charCodeAt(0))) continue;
    if (!startsOneOf(idx.text, t.start, SPEECH)) continue;
    const n = nameBefore(idx, t.start, exclude);
    if (n && breakAt(idx.text, n.start - 1)) out.push(n);
  }
  return out;
}

/** The whole clause before `end` when it is one name (。朱龙波，…; ，胡锦文和…). */
function clauseName(idx: TokenIndex, end: number, exclude: ReadonlySet<string>): NameSpan | null {
  for (let len = 2; len <= 4; len++) {
    const start = end - len;
    if (start < 0) break;
    if (breakAt(idx.text, start - 1) && plausibleName(idx, start, end, exclude)) return { start, end };
  }
  return null;
}

/** A "name" whose given name is one ordinary word of two characters (展|未来, 谈|合作). */
function verbAndWord(idx: TokenIndex, n: NameSpan): boolean {
  const rest = idx.at(n.start + 1);
  return n.end - n.start === 3 && rest !== undefined && rest.start === n.start + 1 && rest.end === n.end && /^(?:v|vn|n|t|a)$/.test(rest.tag);
}

/**
 * 毛竹、水竹、桂竹、雷竹: a list of three or more items that all end in the same character names
 * kinds of one thing (bamboos, teas, oranges), not people.
 */
function kindsOfOneThing(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && !/[，。；：！？\n（“]/u.test(text[from - 1]!) && at - from < 60) from--;
  let to = at;
  while (to < text.length && !/[，。；：！？\n）”等]/u.test(text[to]!) && to - at < 60) to++;
  const items = text.slice(from, to).split('、').map((w) => w.trim()).filter(Boolean);
  if (items.length < 3) return false;
  const tail = items[0]!.at(-1)!;
  // (The last item may run on into the clause: 研学游持续走红.)
  const last = items.at(-1)!;
  return items.slice(0, -1).every((w) => w.at(-1) === tail && w.length <= 4) && last.slice(1, 4).includes(tail);
}

/**
 * …富士康、欧姆龙、特变电工等19家企业, …隧道口、古战壕、雷劈岩等地: a list its 等 closes with a kind of
 * thing (firms, places, products) lists no people.
 */
const THINGS_AFTER_LIST = /^等(?:[\d一二三四五六七八九十百千余多几]+[家个处座])?(?:地|处|企业|公司|单位|品种|乡镇|村|景区|景点|项目|产品|品牌|基地|园区|县|市|区|省|国)/u;
function listOfThings(text: string, at: number): boolean {
  const m = /^[^，。；！？：\n]{0,40}?等/u.exec(text.slice(at));
  return m !== null && THINGS_AFTER_LIST.test(text.slice(at + m[0].length - 1, at + m[0].length + 8));
}

/** 、-lists whose neighbouring items are both names. */
function inLists(idx: TokenIndex, exclude: ReadonlySet<string>): NameSpan[] {
  const text = idx.text;
  const out: NameSpan[] = [];
  for (let i = text.indexOf('、'); i >= 0; i = text.indexOf('、', i + 1)) {
    const right = nameAt(idx, i + 1, exclude);
    const left = nameBefore(idx, i, exclude);
    if (!left || !right) continue;
    // 谈合作、展未来: a verb and a word on both sides is a slogan, not two names.
    if (verbAndWord(idx, left) && verbAndWord(idx, right)) continue;
    if (PLACE_TAILS.test(text[right.end] ?? '')) continue;
    if (kindsOfOneThing(text, i) || listOfThings(text, i)) continue;
    out.push(left, right);
    // The list's head may be joined by 和 or a comma to one more name standing alone.
    let head = left;
    while (head) {
      const joint = text[head.start - 1];
      const lead = joint === '和' || joint === '与' || joint === '及' ? head.start - 1 : joint === '，' ? head.start - 1 : -1;
      if (lead < 0) break;
      const before = clauseName(idx, lead, exclude);
      if (!before) break;
      out.push(before);
      head = before;
    }
  }
  return out;
}

/** Words ending like a place or counting a thing (苗寨, 那颗星), never a person described before 的. */
const NOT_A_PERSON_TAIL = /[寨村镇乡街路桥江河湖山岭坡洞园厂店链]$|^.[颗个只条位种件块]/u;

/** jieba's new words (tag x) that look like names and stand where a person would. */
function newWords(idx: TokenIndex, exclude: ReadonlySet<string>): NameSpan[] {
  const text = idx.text;
  const counts = new Map<string, number>();
  // A recurring new word is a name only if a verb follows it somewhere (杨西炜 说/将/跟随; not 信创 产业).
  const acts = new Set<string>();
  // …and never counted or qualified like a thing somewhere (一颗颗黄桃, 黄桃产量, 黄桃罐头).
  const things = new Set<string>();
  idx.tokens.forEach((t, k) => {
    if (t.tag !== 'x' || t.word.length < 2 || t.word.length > 3) return; // only these are counted below
    counts.set(t.word, (counts.get(t.word) ?? 0) + 1);
    const next = idx.tokens[k + 1];
    if (next && next.start === t.end && (next.tag.charCodeAt(0) === 0x76 /* v */ || SPEECH_SET.has(next.word))) acts.add(t.word);
    const prev = idx.tokens[k - 1];
    if ((prev && prev.end === t.start && COUNTED.test(prev.word)) || (next && next.start === t.end && next.tag === 'n' && THING_AFTER.has(next.word))) {
      things.add(t.word);
    }
  });
  const out: NameSpan[] = [];
  for (const t of idx.tokens) {
    // jieba's own names of three characters (袁隆平/nr) too; its two-character nr words are often not names (张贴).
    const newWord = t.tag === 'x' && t.word.length >= 2 && t.word.length <= 3;
    if (!newWord && !(t.word.length === 3 && t.tag.startsWith('nr'))) continue;
    if (!plausibleName(idx, t.start, t.end, exclude) || PLACE_TAILS.test(text[t.end] ?? '')) continue;
    const prev = idx.before(t.start);
    // Punctuation alone before it is not enough (强链、补链): a word that introduces a person is.
    const aloneBefore = prev !== undefined && LEAD_INS.has(prev.word);
    // 50岁的 邹新军 玩得…, 名不见经传的 李萍，把…: a person described before 的, then acting.
    const described =
      prev !== undefined && prev.word === '的' && !things.has(t.word) && !NOT_A_PERSON_TAIL.test(t.word) &&
      (t.word.length === 3 || (counts.get(t.word) ?? 0) >= 2) &&
      (breakAt(text, t.end) || followerAt(text, t.end) || /^v/.test(idx.at(t.end)?.tag ?? ''));
    const aloneAfter = breakAt(text, t.end);
    const recurring = (counts.get(t.word) ?? 0) >= 3 && acts.has(t.word) && !things.has(t.word);
    if (recurring || (aloneBefore && aloneAfter) || described) out.push({ start: t.start, end: t.end });
  }
  return out;
}

/** What a person does right after a name that opens a clause (商春松在…比赛中, 黄瑰芬率领…). */
const ACTS_AFTER = ['在', '率领', '带领', '领衔', '夺得', '摘得', '荣获', '获得', '正在', '一直', '曾经', '带着', '手捧', '举起'];

const ACTS_AFTER_STARTS = codeSet(ACTS_AFTER.map((w) => w[0]!));

/** Names opening a clause before one of ACTS_AFTER. */
function clauseOpeners(idx: TokenIndex, exclude: ReadonlySet<string>): NameSpan[] {
  const text = idx.text;
  const out: NameSpan[] = [];
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && !breakAt(text, i - 1)) continue;
    // A name is two to four characters: no act word can start after it, so no name is read.
    if (!ACTS_AFTER_STARTS.has(text.charCodeAt(i + 2)) && !ACTS_AFTER_STARTS.has(text.charCodeAt(i + 3)) && !ACTS_AFTER_STARTS.has(text.charCodeAt(i + 4))) continue;
    const n = nameAt(idx, i, exclude);
    if (!n || !startsOneOf(text, n.end, ACTS_AFTER)) continue;
    out.push(n);
  }
  return out;
}

/**
 * Winners as results are printed: 其中曾某获一等奖, 秦某以1小时22分19秒获得冠军, 陈某问鼎大师组冠军
 * (a name opening a clause, or after 其中, then a verb of winning with a prize later in the clause),
 * and 冠军为齐某, 第一名是刘某 (a prize, then the name closing the clause).
 */
const WIN_VERB = /^(?:获得|荣获|夺得|摘得|斩获|问鼎|获|以\d)/u;
const PRIZE = /奖|冠军|亚军|季军|金牌|银牌|铜牌|第[一二三四五六七八九十\d]+名|称号/u;
const PRIZE_IS = /(?:冠军|亚军|季军|第[一二三四五六七八九十\d]+名|金奖|一等奖|二等奖|三等奖)(?:为|是|由|归)$/u;
const IS_CODES = codeSet('为是由归');

function prizeWinners(idx: TokenIndex, exclude: ReadonlySet<string>): NameSpan[] {
  const text = idx.text;
  const out: NameSpan[] = [];
  if (!PRIZE.test(text)) return out;
  for (let i = 0; i < text.length; i++) {
    const opens = breakAt(text, i - 1) || (text.startsWith('其中', i - 2) && breakAt(text, i - 3));
    if (opens) {
      const n = nameAt(idx, i, exclude);
      if (n && WIN_VERB.test(text.slice(n.end, n.end + 3))) {
        const clause = /^[^，。；！？\n]*/u.exec(text.slice(n.end))![0];
        if (PRIZE.test(clause)) out.push(n);
      }
    }
    if (IS_CODES.has(text.charCodeAt(i - 1)) && PRIZE_IS.test(text.slice(Math.max(0, i - 6), i))) {
      const n = nameAt(idx, i, exclude);
      if (n && (breakAt(text, n.end) || /^[、和与]/u.test(text[n.end] ?? ''))) out.push(n);
    }
  }
  return out;
}

/**
 * A name after a quoted epithet or honour that names a kind of person (“湖南好人”周某, “鸟博士”陈某,
 * “中国好人”伏某): the quotes set the title apart, the name follows it.
 */
const QUOTED_PERSON = /“[\u4e00-\u9fff]{1,7}[人士者师家奶妈爸哥姐叔婆娘王侠姑嫂伯爹娃生匠手员官长女男兵模]”$/u;

function afterQuotedEpithets(idx: TokenIndex, exclude: ReadonlySet<string>): NameSpan[] {
  const text = idx.text;
  const out: NameSpan[] = [];
  for (let q = text.indexOf('”'); q >= 0; q = text.indexOf('”', q + 1)) {
    if (!QUOTED_PERSON.test(text.slice(Math.max(0, q - 9), q + 1))) continue;
    const n = nameAt(idx, q + 1, exclude, true);
    if (n) out.push(n);
  }
  return out;
}

/** Kinds of person printed right before a name, by their last character (评论家, 名将, 志愿者, 奶奶). */
// (…and households: 搬迁户, 专业户, 贫困户; not 账户 or 门户.)
const ROLE_NOUN_END = /(?:家|员|者|将|匠|师|手|友|妹子|小伙|姑娘|汉子|老乡|奶奶|爷爷|大爷|大妈|阿姨|大姐|老人|干部|书记员|(?<![账门窗])户|(?:村|居|市|农|渔|牧|移|灾)民|(?<![务])农|(?<![地民公业])主|师傅|媳妇|(?:负责|创始|传承|带头|当事|主持|联系|发起|合伙|经纪|代理|候选|继承|掌门|领路|守护|接班|创办|投资)人)$/u;

const LOOSE_ROLE_NOUN = /(?:友|妹子|小伙|姑娘|汉子|老乡)$/u;
/** Tags of a word for a kind of person (a set: asked of every token). */
const ROLE_NOUN_TAGS = new Set(['n', 'nr', 'x', 'l']);

/** Names right after a kind of person (知名财经评论家叶檀, 名将黄瑰芬, “爱心奶奶”周宝莲). */
function afterRoleNouns(idx: TokenIndex, exclude: ReadonlySet<string>): NameSpan[] {
  const out: NameSpan[] = [];
  for (const t of idx.tokens) {
    if (t.word.length < 2 || !ROLE_NOUN_TAGS.has(t.tag) || !ROLE_NOUN_END.test(t.word)) continue;
    let at = t.end;
    if (idx.text[at] === '”') at++;
    const n = nameAt(idx, at, exclude, true);
    // 和朋友 商量后: a verb of two characters opening the "name" is the clause's verb.
    const first = n ? idx.at(n.start) : undefined;
    if (!n || (first && first.start === n.start && first.word.length >= 2 && first.tag === 'v')) continue;
    // 农户 都/d 服气: an adverb or a conjunction of one character opens the clause, not a name (技术员 向/p 某 is).
    if (first && first.start === n.start && first.end === n.start + 1 && /^(?:d|c|u\w*)$/.test(first.tag)) continue;
    // After a loose kind (跑友, 长沙妹子) only a word jieba did not know, or a known name, is a name
    // (朋友 商量后 is no person).
    if (LOOSE_ROLE_NOUN.test(t.word) && first && first.start === n.start && first.word.length >= 2 && !/^(?:x|nr\w*)$/.test(first.tag)) continue;
    out.push(n);
  }
  return out;
}

/**
 * Names right after the body a person works for (国防科技大学 胡德文 在…, 湖南大学 李树涛 在…):
 * a name standing between a body and a word that follows names.
 */
function afterBodies(idx: TokenIndex, exclude: ReadonlySet<string>): NameSpan[] {
  const out: NameSpan[] = [];
  for (const t of idx.tokens) {
    if (t.word.length < 3 || !(t.tag === 'nt' || (orgSuffixOf(t.word) !== undefined && /^(?:n|nt|nz)$/.test(t.tag)))) continue;
    const n = nameAt(idx, t.end, exclude, true);
    if (n && followerAt(idx.text, n.end)) out.push(n);
  }
  return out;
}

/** An age, 的, a name and a kind of person (88岁的滕某某老人, 72岁的王某某奶奶). */
const AGED = /[\d一二三四五六七八九十]+(?:多|余)?岁的/gu;
const PERSON_AFTER_AGE = /^(?:老人|老党员|老兵|奶奶|爷爷|大爷|大妈|阿姨|老师|师傅|婆婆|老汉)/u;

function agedNames(idx: TokenIndex, exclude: ReadonlySet<string>): NameSpan[] {
  const out: NameSpan[] = [];
  if (!idx.text.includes('岁的')) return out;
  for (const m of idx.text.matchAll(AGED)) {
    const at = m.index + m[0].length;
    for (const len of [3, 2]) {
      if (!PERSON_AFTER_AGE.test(idx.text.slice(at + len, at + len + 3))) continue;
      if (plausibleName(idx, at, at + len, exclude, true)) out.push({ start: at, end: at + len });
      break;
    }
  }
  return out;
}

/** What marks the name before it as a person's: 同志 (唐小健同志), 等N人 (伍国强等10人). */
const PERSON_AFTER = /同志(?!故居|旧居|纪念馆|纪念堂|陵园|广场)|等[\d一二两三四五六七八九十百]+[人名位]/gu;

/** Names before 同志 or 等N人. */
function beforePersonWords(idx: TokenIndex, exclude: ReadonlySet<string>): NameSpan[] {
  const out: NameSpan[] = [];
  if (!idx.text.includes('同志') && !idx.text.includes('等')) return out;
  for (const m of idx.text.matchAll(PERSON_AFTER)) {
    const n = nameBefore(idx, m.index, exclude);
    // (谢某某等12人: an anonymised name is listed as no one.)
    if (n && !verbAndWord(idx, n) && !idx.text.slice(n.start, n.end).includes('某')) out.push(n);
  }
  return out;
}

/**
 * A name with its team or home in brackets, in a list of results (宋惠明（长沙市）、王丽频（湘潭市）和
 * 万浩（省直）获得…): the bracket holds a place or a body, and a list mark or a verb follows it.
 */
function beforeBracketedHome(idx: TokenIndex, exclude: ReadonlySet<string>): NameSpan[] {
  const text = idx.text;
  const out: NameSpan[] = [];
  for (const m of text.matchAll(/[（(]([\u4e00-\u9fff]{2,12})[）)]/gu)) {
    const inside = m[1]!;
    const home = PLACE_TRIE.matchesAt(inside, 0).includes(inside.length) || orgSuffixOf(inside) !== undefined || /^省直|^[\u4e00-\u9fff]{1,4}[省市县区州]$/u.test(inside);
    const after = text[m.index + m[0].length];
    if (!home || !(after === '、' || after === '和' || after === '，' || /^v/.test(idx.at(m.index + m[0].length)?.tag ?? ''))) continue;
    let n = nameBefore(idx, m.index, exclude);
    // …、王丽频（湘潭市）和万浩（省直）: 和 joins the last item; it is no surname there.
    if (n && /^[和与]/u.test(text[n.start]!) && plausibleName(idx, n.start + 1, n.end, exclude)) n = { start: n.start + 1, end: n.end };
    if (n && (breakAt(text, n.start - 1) || /^[和与]$/u.test(text[n.start - 1] ?? ''))) out.push(n);
  }
  return out;
}

export function findPlainNames(idx: TokenIndex, exclude: ReadonlySet<string>): NameSpan[] {
  return [
    ...beforeSpeech(idx, exclude), ...inLists(idx, exclude), ...newWords(idx, exclude), ...clauseOpeners(idx, exclude),
    ...afterRoleNouns(idx, exclude), ...afterBodies(idx, exclude), ...beforePersonWords(idx, exclude),
    ...beforeBracketedHome(idx, exclude), ...agedNames(idx, exclude), ...prizeWinners(idx, exclude), ...afterQuotedEpithets(idx, exclude),
  ];
}
