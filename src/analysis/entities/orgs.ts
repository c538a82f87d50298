/**
 * Organisations named on their own: dictionary names (长沙海关, 财政部), names ending in an
 * organisation word (… 有限公司, … 研究中心, 省 … 办公室) whose words before it make it a proper
 * name, quoted names (“… 创新中心”揭牌) and the picture library after a photo credit (摄（…）).
 */
import { OUTLETS } from '../byline/grammar';
import { DEMOCRATIC_PARTIES } from '../dict';
import { localityNamesAt, localityMayStartAt, ORGS, ORG_TRIE, PLACE_TRIE, orgSuffixOf, positionEndingAt, positionStartingAt } from './lexicon';
import { AIRPORT_ACT_WORDS } from './places';
import { orgLists } from './org-lists';
import { registeredCompanies } from './registered-companies';
import { BODY_VERBS, titleStart } from './titles';
import { surnameAt } from './names';
import { isBreak, isHan as isHanWord, type TokenIndex } from './token-index';

export interface Found {
  text: string;
  start: number;
  end: number;
  /** A railway or road named by its ends' short names (常益长高铁, 张吉怀): never a person's name. */
  line?: true;
}

const LEVEL_MARKS = /^(?:省|市(?!州)|县|区|州|全省|全市|全县|全国|国家|中央|中共|中国|湖南|湖南省|国务院|团省委|团市委)/u;
/** Words inside a name that make it one body (人类干细胞 国家 工程研究中心). */
const INNER_MARKS = new Set(['国家', '中国', '全国', '国际', '湖南', '湖南省', '省', '市', '县']);
/** Venues are places, not bodies (长沙国际会展中心, 内罗毕埃奇会议中心, 岳阳市体育中心). */
const VENUE = /(?:会展中心|会议中心|体育中心|体育馆|体育场|音乐厅|大剧院|剧场)$/u;
/** An airport followed by what a body does: reckons, says, announces. */
const SPEAKING_AIRPORT = new RegExp(`机场(?=${AIRPORT_ACT_WORDS.join('|')})`, 'gu');
const BARE_LEVEL_BODY = /、(?:市|县|区|州)(?:委|政府|人大常委会|人大|政协|纪委监委|纪委)/gu;
/** Words ending in 局 that name a layout or a situation, not a bureau (产业布局, 新格局). */
const NOT_A_BUREAU = /(?:布局|格局|大局|全局|结局|开局|变局|棋局|骗局|僵局|残局|时局|战局)$/u;
/** A person's title, then a surname and a name of one or two: 院士邹学校 ends in 学校 but names a man. */
const TITLE_THEN_NAME = /(?:院士|教授|研究员|工程师|医师|博士)([\u4e00-\u9fff]{2,3})$/u;
const endsInTitledName = (text: string): boolean => {
  const name = TITLE_THEN_NAME.exec(text)?.[1];
  const surname = name ? surnameAt(name, 0) : 0;
  return surname > 0 && surname < name!.length;
};
/** Words after 中心 that make it an adjective (中心工作, 中心任务). */
const NOT_A_CENTRE = new Set(['工作', '任务', '环节', '议题', '城区', '城市', '地带', '位置']);
/** Tags of a name's last word: nouns, never a verb (部署, 布局). */
const NOUN_TAGS = /^(?:n\w*|j|x|eng|l)$/;
/** One-character suffixes end a body's name only in words of three or more (财政部, 商务厅; not 干部, 格局). */
const SHORT_SUFFIX = /^[部厅局署委办]$/u;
const PROPER_TAGS = new Set(['ns', 'nt', 'nz']);
/** Bodies a new word (a brand, a village's name jieba did not know) may name: 春晨 蔬菜种植专业合作社. */
const COMPANY = /(?:公司|集团|合作社)$/u;
/** A company's whole name ends so (…有限公司, 唐人神集团). */
const COMPANY_END = /(?:公司|集团)$/u;


/** What follows a short form jieba knows when it names one body (中粮 集团, 工商 银行). */
const SHORT_FORM_BODY = /^(?:集团|银行|集团公司|发改委|委)$/u;
/** Kinds of area that make a body a kind (山区学校, 基层卫生院), not one body. */
const AREA_KINDS = new Set(['山区', '城区', '农村', '乡村', '郊区', '库区', '老区', '边远', '偏远', '基层', '乡镇', '城乡']);

/** Whether [start, end) names one body rather than a kind of body (各地财政局, 公共图书馆). */
function proper(idx: TokenIndex, start: number, end: number): boolean {
  const text = idx.text.slice(start, end);
  if (LEVEL_MARKS.test(text)) return true;
  for (let o = start; o < end; ) {
    const t = idx.at(o);
    if (!t) break;
    // The kind word itself (卫生院/nt) and a kind of area (山区/ns, 基层) name no one body.
    if ((t.end === end && orgSuffixOf(t.word) === t.word) || AREA_KINDS.has(t.word)) {
      o = t.end;
      continue;
    }
    if (INNER_MARKS.has(t.word) || PROPER_TAGS.has(t.tag) || (t.tag === 'x' && COMPANY.test(text) && t.word.length >= 2)) return true;
    // A school or a hospital jieba took whole for a person's name (长郡中学/nr) is a proper name.
    if (t.tag.startsWith('nr') && t.start === start && t.end === end && (orgSuffixOf(t.word)?.length ?? 0) >= 2 && t.word.length >= 4) return true;
    // A short form jieba knows (中粮/j, 中旅/j) names a group, a bank or a commission right after it.
    if (t.tag === 'j' && t.word.length >= 2 && (SHORT_FORM_BODY.test(idx.text.slice(t.end, end)) || (t.end === end && /(?:集团|银行|发改委)$/u.test(t.word)))) return true;
    if (PLACE_TRIE.matchesAt(idx.text, o).length > 0 && idx.isStart(o)) return true;
    o = t.end;
  }
  return false;
}

/** The token is a place the lexicon knows, whole (怀化, whatever jieba tagged it). */
const isKnownPlace = (idx: TokenIndex, t: { start: number; word: string }): boolean =>
  PLACE_TRIE.matchesAt(idx.text, t.start).includes(t.word.length);

/** [start, end) is only words that describe (超级, 十佳) before the kind word of a body. */
function describedKind(idx: TokenIndex, start: number, end: number): boolean {
  const last = idx.at(end - 1);
  if (!last || last.end !== end || last.start < start) return false;
  for (let o = start; o < last.start; ) {
    const t = idx.at(o);
    if (!t || t.start !== o || !/^(?:a|ad|an|b|d|m|mq)$/.test(t.tag)) return false;
    o = t.end;
  }
  return true;
}

/** A word that makes the found name generic: 各地 财政局, 14个 市州人大财经委, 相关 部门. */
const GENERIC_LEAD = new Set(['有关', '相关', '所在', '当地', '各', '该', '本', '其', '这', '那', '此', '多个', '部分']);
/** The name's last character joined with a one-character word after it (应急管理部|门 → 部门). */
const SPLIT_WORDS = new Set(['部门', '部队', '部分', '部位', '局面', '院校', '院落', '会议', '委员', '办法', '厅堂', '署名', '中心城区']);

/**
 * 该校 新能源材料与器件实验室, 该公司 研发中心: a unit of the body the text has just named is one
 * body, not a kind of body.
 */
const NAMED_PARENT = new Set(['该校', '本校', '该院', '本院', '该所', '该公司', '该集团', '该厂', '该行', '该局', '该中心']);
const ESTABLISH = new Set(['共建', '组建', '成立', '设立', '建立', '共同组建', '联合组建', '挂牌成立', '创办', '牵头组建']);
const ofNamedParent = (idx: TokenIndex, start: number): boolean => {
  const prev = idx.before(start);
  if (!prev) return false;
  if (NAMED_PARENT.has(prev.word)) return true;
  // 公司与中南大学共建的 电驱动系统联合实验室: a body that named bodies set up.
  return prev.word === '的' && ESTABLISH.has(idx.before(prev.start)?.word ?? '');
};

/** Stems of the villages, towns and communities a text names (雾溪坪 of 雾溪坪村), with where they start. */
export function localityStems(text: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const m of text.matchAll(/[村镇乡]|社区/gu)) {
    for (let len = 2; len <= 4; len++) {
      const at = m.index - len;
      if (at < 0) break;
      const stem = text.slice(at, m.index);
      if (!/^[\u4e00-\u9fff]+$/u.test(stem)) break;
      const list = out.get(stem);
      if (list) list.push(at);
      else out.set(stem, [at]);
    }
  }
  return out;
}

/**
 * 雾溪坪 黄金茶专业合作社: a body named after a village or town the text names (雾溪坪村). Returns
 * where its name starts (jieba may have glued the verb before it on: 成|立雾溪|坪), or -1.
 */
export function localityStart(stems: Map<string, number[]>, text: string, start: number, end: number): number {
  if (stems.size === 0) return -1;
  for (let p = start; p <= start + 6 && p < end - 2; p++) {
    for (let len = 2; len <= 4 && p + len < end; len++) {
      const found = stems.get(text.slice(p, p + len));
      if (found?.some((at) => at < start || at >= end)) return p;
    }
  }
  return -1;
}

/** 全省法院, 全市各级医院: all the bodies of a kind in an area, not one body. */
const ALL_OF_KIND = /^(?:全省|全市|全县|全国|各级|各地|湖南)(?:各级|各大|广大)?(?:法院|检察院|检察机关|公安机关|公安|医院|学校|高校|中小学|银行|税务部门|监狱)$/u;
/** 全省国有林场, 全市中学: every body of a kind in the province or city (the one-body names, 全国人大, are in the lexicon). */
const ALL_IN_AREA = /^全(?:省|市|县|区|州)(?!人民|政协|人大)/u;
/** A body's system or cause (全省政协 系统, 湖南政协 事业): all its bodies, not one. */
const SYSTEM_AFTER = new Set(['系统', '事业', '战线']);

function generic(idx: TokenIndex, start: number, end: number): boolean {
  const prev = idx.before(start);
  if (prev && NAMED_PARENT.has(prev.word)) return false;
  // (A body the lexicon names, 湖南银行, is one body, whatever its words look like.)
  const name = idx.text.slice(start, end);
  if (!ORGS.has(name) && (ALL_OF_KIND.test(name) || KIND_OF_COMPANY.test(name) || ALL_IN_AREA.test(name))) return true;
  const after = idx.at(end);
  if (after && after.start === end && SYSTEM_AFTER.has(after.word)) return true;
  // A quantity before it makes it a kind (14个 市州人大); a date does not (2015年 省政协研究室).
  // (…nor a term before a level's body: 十三届 省政协.)
  const date = prev !== undefined && (/[年月日]$/u.test(prev.word) || (/届$/u.test(prev.word) && /^(?:省|市|县|全国)/u.test(name)));
  if (prev && ((/^(?:r|m|q|mq)$/.test(prev.tag) && !date) || GENERIC_LEAD.has(prev.word))) return true;
  const next = idx.at(end);
  return next !== undefined && next.start === end && next.word.length === 1 && SPLIT_WORDS.has(idx.text[end - 1] + next.word);
}

/** A school's number after its place (一中, 三中, 二小), not 中学 or 中心 spelt out. */
const NUMBERED_SCHOOL = /[一二三四五六七八九十]{1,3}[中小](?![学心国间央部共华])/gu;

/**
 * A fire station named by its road, street or town (书堂路消防救援站, 光辉街特勤消防站), which jieba
 * cuts into 消防|救援|站: the name runs back over the words of a name and of places to a break, a
 * verb or a preposition, and holds a proper name or a place.
 */
const FIRE_STATION = /(?:特勤)?消防(?:救援)?站/gu;
const STATION_NAME_TAGS = /^(?:ns|nz|nr|nrt|x|j|n|nt)$/;

function fireStations(idx: TokenIndex, push: (start: number, end: number) => void): void {
  for (const m of idx.text.matchAll(FIRE_STATION)) {
    const end = m.index + m[0].length;
    if (!idx.isStart(m.index) || !idx.isEnd(end)) continue;
    let start = m.index;
    let named = false;
    for (let t = idx.before(start); t && STATION_NAME_TAGS.test(t.tag) && isHanWord(t.word) && end - t.start <= 16; t = idx.before(start)) {
      if (t.tag !== 'n' || PLACE_TRIE.matchesAt(idx.text, t.start).includes(t.word.length)) named = true;
      start = t.start;
    }
    if (named && m.index - start >= 2) push(start, end);
  }
}

/**
 * A place's fire, traffic or police force by its short name, acting as a body (娄底消防接警后…,
 * 怀化高速交警提醒…, 长沙公安深入开展…): a place the lexicons know (with 高速 for the expressway
 * police), the force, then a verb, an adverb or a break; not 消防安全, 公安力量 or 交警部门 (a noun after
 * it), nor the start of a longer name (湖南消防救援队伍).
 */
const SHORT_FORCE = /(?:高速)?(?:消防|交警|公安)/gu;
const FORCE_ACTS = /^(?:v|vd|d|ad|p|i|l|c|x)/;

function shortForces(idx: TokenIndex, push: (start: number, end: number) => void): void {
  for (const m of idx.text.matchAll(SHORT_FORCE)) {
    const end = m.index + m[0].length;
    if (!idx.isStart(m.index) || !idx.isEnd(end)) continue;
    const place = idx.before(m.index);
    if (!place || place.end !== m.index || !PLACE_TRIE.matchesAt(idx.text, place.start).includes(place.word.length)) continue;
    const next = idx.at(end);
    if (next && next.start === end && !isBreak(next.word[0]!) && (!FORCE_ACTS.test(next.tag) || /^(?:救援|队|总队|支队|大队)/u.test(next.word))) continue;
    push(place.start, end);
  }
}

export function findOrgs(idx: TokenIndex): Found[] {
  const text = idx.text;
  const out: Found[] = [];
  const push = (start: number, end: number) => out.push({ text: text.slice(start, end), start, end });
  for (const t of idx.tokens) {
    const i = t.start; // names start where words start
    const lens = ORG_TRIE.matchesAt(text, i);
    for (let k = 0; k < lens.length; k++) {
      if (!idx.isEnd(i + lens[k]!)) continue;
      push(i, i + lens[k]!);
      break;
    }
  }
  let stems: Map<string, number[]> | undefined;
  for (const t of idx.tokens) {
    const suffix = orgSuffixOf(t.word);
    // (jieba tags a few offices an idiom: 扶贫办/i.)
    if (!suffix || !(NOUN_TAGS.test(t.tag) || (t.tag === 'i' && t.word.length === 3)) || VENUE.test(t.word) || NOT_A_BUREAU.test(t.word)) continue;
    // 省政府 中心 工作: "central" work, not a centre.
    if (t.word === '中心' && NOT_A_CENTRE.has(idx.at(t.end)?.word ?? '')) continue;
    // (…but a level glued before a two-character office is its short name: 省|农委, 市|卫计委, 省|优化办.)
    const level = idx.before(t.start);
    const levelled = t.word.length === 2 && /[委办]$/u.test(t.word) && !/^[党村团工]/u.test(t.word) && level?.end === t.start && /^[省市县区州]$/u.test(level.word);
    if (SHORT_SUFFIX.test(suffix) && !levelled && (t.word.length === 2 || /^[东西南北中]+部$/u.test(t.word))) continue;
    let start = titleStart(idx, t.start, t.end);
    // 据省|旅游发展委员会, 记者 从省|卫生厅: jieba glued a preposition to the level that opens the
    // name; the name starts after the preposition, whatever the reading back took in before it.
    for (let o = start; o < t.start; ) {
      const w = idx.at(o);
      if (!w) break;
      if (w.start === o && w.word.length === 2 && LEVEL_WORD.test(w.word) && /^[由据从在向对经]/u.test(w.word)) start = o + 1;
      o = w.end;
    }
    // A name with a verb inside (岳阳市 江豚 保护 协会): read back over the words of a name.
    if (start === t.start) start = nameStartBefore(idx, t.start, COMPANY.test(t.word), ASSOCIATION.test(t.word));
    // A lone word is a name only when it is more than the suffix (浙江大学, not 公司).
    if (start === t.start && t.word.length === suffix.length) continue;
    // …有限公司 开慧 粮库: a company's site with a name of its own starts after the company.
    start = afterCompany(idx, start, t.end);
    // A body named after a locality starts at the locality's name, whatever jieba glued before it.
    const local = localityStart((stems ??= localityStems(text)), text, start, t.end);
    if (local < 0 && !proper(idx, start, t.end) && !ofNamedParent(idx, start) && !namedAfterLocality(text, start, t.start)) continue;
    const from = local >= 0 ? local : start;
    // 市委常委 is a post, not a body (the body would be 市委常委会).
    if ((positionEndingAt(text, t.end)?.length ?? 0) >= 2) continue;
    push(from, t.end);
  }
  for (const m of text.matchAll(/“([^“”]{2,30})”/gu)) {
    const inner = m[1]!;
    // (A slogan ending in a one-character body word is none: “一带一部”, “会客厅”.)
    const suffix = orgSuffixOf(inner);
    const slogan = suffix !== undefined && suffix.length === 1 && (inner.length < 4 || /[一二三四五六七八九十两]/u.test(inner));
    // (…nor a kind of body in quotes, “超级中学”, “十佳林场”: a describing word and the kind.)
    if (suffix && !slogan && !/[，。、；]/u.test(inner) && !describedKind(idx, m.index + 1, m.index + 1 + inner.length)) push(m.index + 1, m.index + 1 + inner.length);
  }
  for (const m of text.matchAll(/摄\s*[（(]([^（）()]{2,20})[）)]/gu)) {
    const at = m.index + m[0].indexOf(m[1]!);
    push(at, at + m[1]!.length);
  }
  // A unit of a body just named: 人民日报社 湖南分社, 湖南省水利厅 水旱灾害防御中心.
  for (const f of [...out]) {
    const end = unitAfter(idx, f.end);
    if (end <= f.end) continue;
    // A company's site with a name of its own (…有限公司 开慧粮库) is a body of its own;
    // a branch named by place and kind (…集团 长沙分公司) belongs to the company.
    if (COMPANY.test(f.text) && hasOwnName(idx, f.end, end)) push(f.end, end);
    else push(f.start, end);
  }
  // A mission sent by a country or a body: 马拉维 驻 长沙总领事馆, 香港特别行政区政府 驻 湖南联络处.
  for (const f of [...out]) {
    if (text[f.start - 1] !== '驻') continue;
    const sender = idx.before(f.start - 1);
    const isSender = sender && sender.end === f.start - 1 && (/^(?:ns|nt|nr|j)$/.test(sender.tag) || PLACE_TRIE.matchesAt(text, sender.start).includes(sender.word.length));
    if (isSender) push(out.find((o) => o.end === f.start - 1)?.start ?? sender.start, f.end);
  }
  // 湘西州|委、州政府, 华容县|委、县政府: jieba leaves a place's party committee as the place and a lone 委.
  if (text.includes('委')) {
    for (let k = 0; k + 1 < idx.tokens.length; k++) {
      const place = idx.tokens[k]!;
      const wei = idx.tokens[k + 1]!;
      if (wei.word !== '委' || wei.start !== place.end || !/[省市县区州]$/u.test(place.word)) continue;
      // jieba may tag the place a person (华容县/nr 委): a place the lexicons know is a place all the same.
      if (place.tag !== 'ns' && !PLACE_TRIE.matchesAt(text, place.start).includes(place.word.length)) continue;
      if (/^(?:[、，,。；和与及]|$)/u.test(text.slice(wei.end, wei.end + 1))) push(place.start, wei.end);
    }
  }
  // 岳阳市委、市政府: a level's body printed bare after another body of a list is that place's body.
  if (text.includes('、')) {
    for (const m of text.matchAll(BARE_LEVEL_BODY)) {
      const start = m.index + 1;
      const end = start + m[0].length - 1;
      if (out.some((o) => o.end === m.index) && idx.isEnd(end) && !positionStartingAt(text, end)) push(start, end);
    }
  }
  // An airport is a place (entities/places.ts), but one that speaks or reckons acts as a body (黄花机场预计…).
  if (text.includes('机场')) {
    for (const m of text.matchAll(SPEAKING_AIRPORT)) {
      const end = m.index + 2;
      let start = m.index;
      for (let t = idx.before(start); t && /^(?:ns|nz|nr|x|n|j)$/.test(t.tag) && !isBreak(t.word[0]!) && end - t.start <= 10; t = idx.before(start)) start = t.start;
      if (start < m.index) push(start, end);
    }
  }
  if (text.includes('消防')) fireStations(idx, push);
  if (/消防|交警|公安/u.test(text)) shortForces(idx, push);
  // 长沙市一中, 怀化三中, 东郡二小: a school by its place and number.
  for (const m of text.matchAll(NUMBERED_SCHOOL)) {
    const end = m.index + m[0].length;
    if (!idx.isEnd(end) && !/^[学校]/u.test(text[end] ?? '')) continue;
    const place = idx.before(m.index);
    const known = place && (PLACE_TRIE.matchesAt(text, place.start).includes(place.word.length) || (/^(?:ns|nz|x|j)$/.test(place.tag) && place.word.length >= 2 && isHanWord(place.word)));
    if (known) push(place.start, end);
  }
  // 省发改委会同省商务厅: the body before a verb of joint work is one of its own, so the verb splits
  // the find before the longest is kept.
  out.splice(0, out.length, ...out.map((f) => afterVisitOrJoint(idx, f)).flatMap((f) => jointVerbCut(text, f)));
  // Keep the longest of overlapping finds.
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  for (const f of out) {
    const last = kept.at(-1);
    if (last && f.start < last.end) continue;
    kept.push(f);
  }
  const found = kept
    .map((f) => nameBefore(text, overPlaceStart(idx, partyOpening(fromLevelOrPlace(idx, withoutLeadingWords(idx, withoutLeadingPreposition(withoutRoleLead(afterVisitOrJoint(idx, f)), text)))))))
    .filter((f) => !isBreak(f.text[0]) && !NO_ONE_BODY.test(f.text) && !opensQuotedTitle(text, f) && !generic(idx, f.start, f.end) && !inCredit(text, f) && !SESSION_AFTER.test(text.slice(f.end, f.end + 8)) && !text.startsWith('工作报告', f.end) && !VENUE.test(f.text) && !roleOfPlace(text, f) && !endsInTitledName(f.text));
  // 市委市政府: the two bodies a level prints together are two (its committee and its government).
  for (let k = found.length - 1; k >= 0; k--) {
    const f = found[k]!;
    const pair = PAIRED_BODIES.exec(f.text);
    if (!pair) continue;
    const cut = f.start + pair[1]!.length;
    found.splice(k, 1, { text: pair[1]!, start: f.start, end: cut }, { text: text.slice(cut, f.end), start: cut, end: f.end });
  }
  // 长沙海关所属星沙海关: a body and the unit it owns are two, each with a name of its own.
  for (let k = found.length - 1; k >= 0; k--) {
    const f = found[k]!;
    const cut = /所属|下属/u.exec(f.text);
    if (!cut || cut.index < 2 || f.text.length - cut.index - 2 < 3 || !orgSuffixOf(f.text.slice(0, cut.index))) continue;
    const unit = f.start + cut.index + 2;
    found.splice(k, 1, { text: f.text.slice(0, cut.index), start: f.start, end: f.start + cut.index }, { text: text.slice(unit, f.end), start: unit, end: f.end });
  }
  // Companies named whole by their list win over what the word scan made of them (新|五丰公司).
  const listed = [...companyLists(idx), ...registeredCompanies(idx)];
  const all = [...listed, ...found.filter((f) => !listed.some((l) => f.start < l.end && l.start < f.end))];
  // Brands and short names in a list of bodies (…、中联工起、铁建重工和五新隧装等龙头企业).
  orgLists(idx, [...all], all);
  brandCompanies(idx, all);
  return all.sort((a, b) => a.start - b.start);
}

/**
 * A body whose reading began inside the name of a place (湖南|省农业农村厅, 安乡县|委宣传部,
 * 月田|镇政府: jieba cut the place's name and its level apart): the body starts with the place.
 */
function overPlaceStart(idx: TokenIndex, f: Found): Found {
  const text = idx.text;
  for (let s = Math.max(0, f.start - 4); s < f.start; s++) {
    if (!idx.isStart(s) || isBreak(text[s]) || /[\s\u3000]/u.test(text.slice(s, f.start))) continue;
    const lens = [...PLACE_TRIE.matchesAt(text, s), ...localityNamesAt.matchesAt(text, s)];
    if (lens.some((len) => s + len > f.start && s + len < f.end - 1)) return { text: text.slice(s, f.end), start: s, end: f.end };
  }
  return f;
}

/**
 * A company by its brand and its trade, the short name the paper prints (艺云 科技, 东亿 电气, 安仁县
 * 仁城 矿业, 宜章 志存 新材料): a word jieba does not know, then trade words ending in a trade; a place
 * printed right before it opens the name.
 */
const TRADE_WORDS: ReadonlySet<string> = new Set([
  '智能', '科技', '农业', '生物', '信息', '技术', '电子', '光电', '电气', '电器', '矿业', '新', '材料', '能源', '新能源',
  '装备', '医药', '药业', '食品', '纺织', '机械', '重工', '化工', '建材', '环保', '软件', '网络', '传媒', '文化', '实业', '光能',
]);
/** The words a trade ends with (…科技, …新材料, …电气): 智能 or 文化 alone names none. */
const TRADE_END = /(?:科技|技术|电子|光电|电气|电器|矿业|材料|能源|装备|医药|药业|食品|纺织|机械|重工|化工|建材|环保|软件|传媒|实业)$/u;

const NOT_A_COMPANY_AFTER = /^(?:等?产业|[\u4e00-\u9fff]{0,2}(?:生产|制造|加工)|项目|[\u4e00-\u9fff]{0,4}(?:产业园|园区)|特种车)/u;

function brandCompanies(idx: TokenIndex, out: Found[]): void {
  const tokens = idx.tokens;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const brand = tokens[k]!;
    if (brand.tag !== 'x' || brand.word.length < 2 || brand.word.length > 3 || !isHanWord(brand.word)) continue;
    let end = brand.end;
    let j = k + 1;
    while (j < tokens.length && tokens[j]!.start === end && TRADE_WORDS.has(tokens[j]!.word) && tokens[j]!.end - brand.end <= 6) end = tokens[j++]!.end;
    if (end === brand.end || !TRADE_END.test(idx.text.slice(brand.end, end))) continue;
    // A trade before a project's or a site's word names the project or an industry (领建科技新材料 生产,
    // 宝悦新能源 特种车产业园, 硅砂新材料 等产业), not a company.
    if (NOT_A_COMPANY_AFTER.test(idx.text.slice(end, end + 6))) continue;
    // The brand may open with a word of direction or a proper noun (东方|天润), a place before it all.
    let first = k;
    const head = tokens[k - 1];
    if (head && head.end === brand.start && /^(?:s|nz)$/.test(head.tag) && head.word.length === 2) first = k - 1;
    const place = tokens[first - 1];
    // jieba may glue a preposition to the brand (到华自 科技).
    const at = tokens[first]!.start + (first === k && brand.word.length === 3 && /^[到在从向对与和及为被把将给如]/u.test(brand.word) ? 1 : 0);
    const start = place && place.end === at && (place.tag === 'ns' || PLACE_TRIE.matchesAt(idx.text, place.start).includes(place.word.length)) ? place.start : at;
    // (A name the word scan read whole, 旗滨光能科技有限公司, is kept as read.)
    if (out.some((o) => o.start < end && start < o.end)) continue;
    out.push({ text: idx.text.slice(start, end), start, end });
  }
}

/** A level of government printed as a word of its own, opening a body's name (jieba may glue a preposition on: 由省). */
const LEVEL_WORD = /^[由据从在向对经]?(省|市|县|区|州|全国|国家)$/u;

/**
 * A paper named in a dateline or a credit (湖南日报12月1日讯, 湖南日报·新湖南客户端记者, 湖南日报社
 * 记者) is the page's furniture, not a body the article is about (湖南日报 as one of three media is).
 */
const CREDIT_AFTER = /^(?:·|\s*(?:(?!的)[\u4e00-\u9fff]){0,4}?(?:记者|评论员|通讯员)|\d{1,2}月\d{1,2}日|讯|客户端)/u;
function inCredit(text: string, f: Found): boolean {
  return /(?:报|报社|卫视|在线)$/u.test(f.text) && CREDIT_AFTER.test(text.slice(f.end, f.end + 8));
}

/**
 * 省政协十一届三次会议, 市人大常委会第十次会议: the body names a session of its own, not itself (as
 * 湖南省高级人民法院工作报告 names a report, filtered beside it).
 */
const SESSION_AFTER = /^(?:第?[一二三四五六七八九十\d]{1,3}届(?:[一二三四五六七八九十\d]{1,3}次)?|第?[一二三四五六七八九十\d]{1,3}次)(?:全体|常务|主任|主席)?(?:会议|全会)/u;

/** A level's committee and government printed as one (市委市政府, 县委县政府, 湘潭市委市政府). */
const PAIRED_BODIES = /^([\u4e00-\u9fff]{0,6}?[省市县区州]委)([省市县区州](?:人民)?政府)$/u;

/** Kinds of company, never one company's name (上市公司, 子公司, 龙头企业集团). */
const KIND_OF_COMPANY = /^(?:上市|子|分|母|国有|民营|外资|合资|龙头|骨干|科技|物流|平台|投资|控股|企业|这家|该|各|多家|一家)(?:公司|集团)$/u;

/**
 * 唐人神集团、新五丰公司、佳和农牧公司: a 、-list of two or more companies names each of them whole,
 * from the list's mark to the suffix, however jieba cut the brand; an item with an adverb, a
 * pronoun or a numeral in it, or a long one with a verb, is a clause, not a name.
 */
function companyLists(idx: TokenIndex): Found[] {
  const text = idx.text;
  const out: Found[] = [];
  if (!text.includes('、') || !/公司|集团/u.test(text)) return out;
  for (const clause of text.matchAll(/[^，。；：！？\n]+/gu)) {
    if (!clause[0].includes('、') || !/公司|集团/u.test(clause[0])) continue; // a cheap look first
    const items: Array<{ start: number; end: number }> = [];
    let at = clause.index;
    for (const part of clause[0].split('、')) {
      items.push({ start: at, end: at + part.length });
      at += part.length + 1;
    }
    if (items.length < 2) continue;
    // The last item runs on into the clause (佳和农牧公司 跻身…): it ends at its suffix.
    const last = items.at(-1)!;
    const tail = /^[\u4e00-\u9fff]{1,10}?(?:公司|集团)/u.exec(text.slice(last.start, last.end));
    if (tail) last.end = last.start + tail[0].length;
    const named = items.filter((it) => {
      const name = text.slice(it.start, it.end);
      if (!/^[\u4e00-\u9fff]{1,10}(?:公司|集团)$/u.test(name) || KIND_OF_COMPANY.test(name)) return false;
      for (let o = it.start; o < it.end; ) {
        const t = idx.at(o);
        // A brand may read as a verb (新希望); a longer item with one is a clause (…推动公司).
        if (!t || /^(?:vd|d|p|r|m|q|u\w*)$/.test(t.tag) || (/^v/.test(t.tag) && name.length > 7)) return false;
        o = t.end;
      }
      return true;
    });
    if (named.length >= 2) for (const it of named) out.push({ text: text.slice(it.start, it.end), start: it.start, end: it.end });
  }
  return out;
}

/** “湖南交通频道一帮一爱心大行动”: a body opening a quoted title names the programme, not itself. */
const opensQuotedTitle = (text: string, f: Found): boolean =>
  text[f.start - 1] === '“' && text[f.end] !== '”' && /^[^“”\n]{1,16}”/u.test(text.slice(f.end, f.end + 18));
/** Associations, whose field may be an activity (围棋, 广场舞). */
const ASSOCIATION = /(?:协会|学会|研究会|促进会|联合会|俱乐部)$/u;
/** Tags of the words a body's name is made of, a verb among them (江豚 保护 协会, 水旱灾害 防御 中心). */
const NAME_WORD_TAGS = /^(?:n|nz|nt|ns|nr|j|x|vn|v|l|b|an)$/;

/**
 * Where a body's name that ends with the word at `at` starts: back over name words, to a place
 * (which it keeps) or to anything else (which it does not); `at` when no place opens it.
 */
function nameStartBefore(idx: TokenIndex, at: number, company: boolean, association = false): number {
  let start = at;
  // An association's field may be an activity jieba tags a verb (省 围棋/v 协会, 长沙市 广场 舞/v
  // 协会): read over it only as far as a level or a place that opens the name.
  let onlyIfOpened = false;
  for (let n = 0; n < 4; n++) {
    const t = idx.before(start);
    // An ordinal numbers bodies of one kind (永州市 第四 人民医院).
    const nameWord = NAME_WORD_TAGS.test(t?.tag ?? '') || (t?.tag === 'm' && ORDINAL.test(t.word));
    if (!t || t.end !== start || !nameWord || isBreak(t.word[0]!) || at - t.start > 12) {
      if (onlyIfOpened) return at;
      // A town or village opens it, though jieba knows neither (张坊 镇 退役军人 服务站).
      return start < at && LOCALITY_OPENING.test(idx.text.slice(start, at)) ? start : at;
    }
    // A place jieba tagged as a verb (怀化/v 市委党校) opens the name.
    if (t.tag === 'v' && isKnownPlace(idx, t)) return t.start;
    // A verb inside a name says what the body does (保护, 监测); any other is the sentence's (机关 推动 …).
    if (t.tag === 'v' && !BODY_VERBS.has(t.word)) {
      if (!association || n > 1 || t.word.length > 2) return at;
      onlyIfOpened = true;
    }
    start = t.start;
    // 省 生态环境 监测中心: the level of government opens the name as a place does.
    const level = LEVEL_WORD.exec(t.word);
    if (level) return t.end - level[1]!.length;
    if (t.tag === 'ns' || isKnownPlace(idx, t)) return start;
    // A company or cooperative opens with its brand, a word jieba did not know (春晨, 长隆).
    if (company && t.tag === 'x' && t.word.length >= 2 && /^[\u4e00-\u9fff]+$/u.test(t.word)) {
      const before = idx.before(start);
      if (!before || before.end !== start || !NAME_WORD_TAGS.test(before.tag) || before.tag.startsWith('v')) return start;
    }
  }
  if (onlyIfOpened) return at;
  return start < at && LOCALITY_OPENING.test(idx.text.slice(start, at)) ? start : at;
}

/** A town or village opening a name, two to four characters and its unit. */
export const LOCALITY_OPENING = /^[\u4e00-\u9fff]{2,4}?(?:镇|乡|村|街道|社区)(?![镇乡村])/u;
/** 张坊镇 退役军人 服务站: a town's body, with words of its own between the town and the kind (镇中心 is a place). */
const namedAfterLocality = (text: string, start: number, suffixAt: number): boolean => {
  const m = LOCALITY_OPENING.exec(text.slice(start, suffixAt));
  return m !== null && start + m[0].length < suffixAt;
};
/** An ordinal inside a body's name (第四 人民医院, 第五 工程局). */
export const ORDINAL = /^第[一二三四五六七八九十\d]{1,3}$/u;

/** Tags of words that never open a body's name: verbs, adverbs, pronouns, prepositions, conjunctions. */
const NOT_NAME_START = /^(?:v|vn|vd|d|b|a|r|p|c|u\w*|ad|m|q)$/;
/** Copulas jieba leaves as one new word (这是, 就是). */
const COPULA = /^[这那就还也都即]是$/u;

/**
 * The words the title reader took in before a name that are not part of it (主动 与 桃江县…公司,
 * 建设 中南大学, 这 是 零陵区政协): dropped while a name of two words or more remains.
 */
/**
 * Words of a visit or of acting together, which no body's name holds (长沙 调研 洞庭实验室, 科技馆 联合
 * 中邮保险湖南分公司, 张先生 与 镇政府): the body named after the last of them starts after it.
 */
const VISIT_OR_JOINT = new Set(['调研', '考察', '走访', '视察', '参观', '来到', '走进', '联合', '携手', '联手', '会同', '协同', '向', '对', '在', '到', '赴']);
/** A conjunction joins two bodies only before a level or a place (张先生 与 镇政府); inside a name it joins its words (人力资源 和 社会保障厅). */
const JOINING = new Set(['与', '同', '和', '及']);

/**
 * 省水利厅与省气象局联合会商: 联合 + 会商 (and 会审, 会签, 会诊) is a verb of joint work, not a
 * 联合会 (a federation): the body is the part before 联合, or there is none.
 */
function jointVerbCut(text: string, f: Found): Found[] {
  if (!f.text.endsWith('联合会') || !/^[商审签诊]/u.test(text[f.end] ?? '')) return [f];
  const end = f.end - 3;
  return end - f.start >= 3 && BODY_END.test(text.slice(f.start, end)) ? [{ text: text.slice(f.start, end), start: f.start, end }] : [];
}
const BODY_END = /(?:局|厅|委|办|院|部|所|站|中心|公司|集团)$/u;

function afterVisitOrJoint(idx: TokenIndex, f: Found): Found {
  let start = f.start;
  for (let o = f.start; o < f.end; ) {
    const t = idx.at(o);
    if (!t) break;
    const joins = JOINING.has(t.word) && (/^[省市县区州镇乡村]/u.test(idx.text[t.end] ?? '') || PLACE_TRIE.matchesAt(idx.text, t.end).length > 0);
    // (…not 联合 before the body's own word: 电驱动系统 联合 实验室 is one name.)
    // (…but 省发改委 会同 省商务厅: a level's body after the verb is a name of its own.)
    const ownName = idx.at(t.end) !== undefined && (idx.at(t.end)!.end < f.end || (VISIT_OR_JOINT.has(t.word) && LEVEL_MARKS.test(idx.text.slice(t.end, f.end))));
    if (t.start > f.start && t.end <= f.end - 3 && ((VISIT_OR_JOINT.has(t.word) && ownName) || joins) && !ORGS.has(f.text)) start = t.end;
    o = t.end;
  }
  return start === f.start ? f : { text: idx.text.slice(start, f.end), start, end: f.end };
}

/**
 * 以罗文村为中心, 打造湖南金融中心: a centre that is a role a place plays, or the middle of
 * something, not a body.
 */
const ROLE_CENTRE = /(?:金融|经济|综合经济|物流|贸易|航运|交通|消费|国际消费|商贸|科创|区域|区域性)中心$/u;

function roleOfPlace(text: string, f: Found): boolean {
  if (!f.text.endsWith('中心')) return false;
  if (text[f.end - 3] === '为' || (text[f.start - 1] === '为' && f.text === '中心')) return true;
  const role = ROLE_CENTRE.exec(f.text);
  if (!role) return false;
  const head = f.text.slice(0, role.index);
  return head === '' || PLACE_TRIE.matchesAt(text, f.start).includes(head.length);
}

/** A parent's branch in a place (长沙分公司, 湖南省分行). */
const BRANCH_END = /(?:分公司|分行|支行|分社|分院|分局|分部|分中心|办事处|代表处|商会|联络处)$/u;
/** The last character of a place's or a site's own name (梅溪湖, 高铁新城). */
const PLACE_END = /[湖山城江河岭洲村镇乡区县市省州岛湾溪塘坪寨港]$/u;

/**
 * 指导|省生态环境厅党组, 制作方|湖南广电新闻中心, 积极响应|国家体育总局: an ordinary word (which
 * jieba may tag a noun) before a body whose name opens with a level or a place is the sentence's.
 * (A parent body's name before a place stays: 交通银行 湖南省分行, 民盟 湖南省委.)
 */
function fromLevelOrPlace(idx: TokenIndex, f: Found): Found {
  // (A parent's branch in a place keeps its parent: 上汽大众 长沙分公司, 中邮保险 湖南分公司.)
  if (BRANCH_END.test(f.text)) return f;
  let cut = -1;
  for (let first = idx.at(f.start); first && first.end < f.end - 2; first = idx.at(first.end)) {
    const next = idx.at(first.end);
    if (!next || next.start !== first.end) break;
    if (first.word.length < 2 || !/^(?:n|v|vn|l|ad|d|a|nr)$/.test(first.tag)) continue;
    // (…nor a place's or a site's own name jieba did not know: 梅溪湖 康复医院, 高铁新城 总监控中心.)
    if (orgSuffixOf(first.word) || isKnownPlace(idx, first) || PLACE_END.test(first.word) || DEMOCRATIC_PARTIES.includes(first.word)) continue;
    // (市场监管局 opens with no level: the level is a word of its own, or opens a body's name jieba knows.)
    // (国家 inside a name stays: 人类干细胞 国家工程研究中心; a ministry or a bureau of the state opens one: 国家体育总局.)
    const national = /^(?:国家|中国|全国|中央)/u.test(next.word);
    if (national ? next.tag === 'nt' && /[局部委厅办署]$/u.test(next.word) : LEVEL_WORD.test(next.word) || (next.tag === 'nt' && LEVEL_MARKS.test(next.word)) || isKnownPlace(idx, next)) cut = next.start;
  }
  // (该县 政务中心: a level after a demonstrative is no name's opening; the find stays generic.)
  if (cut <= f.start || /[该本各其此这那]$/u.test(idx.text.slice(f.start, cut))) return f;
  return { text: idx.text.slice(cut, f.end), start: cut, end: f.end };
}

function withoutLeadingWords(idx: TokenIndex, f: Found): Found {
  // (A registered village's name opens it whatever jieba made of it: 月|形湾村 笋竹合作社.)
  if (localityMayStartAt(idx.text, f.start) && localityNamesAt.matchesAt(idx.text, f.start).length > 0) return f;
  let start = f.start;
  for (;;) {
    const t = idx.at(start);
    if (!t || t.start !== start || t.end >= f.end - 1 || !(NOT_NAME_START.test(t.tag) || COPULA.test(t.word))) break;
    // (A place jieba tagged as a verb, 怀化/v 市委党校, stays.)
    if (t.tag === 'v' && isKnownPlace(idx, t)) break;
    start = t.end;
  }
  return start === f.start ? f : { text: idx.text.slice(start, f.end), start, end: f.end };
}

/**
 * Where a unit of the body ending at `end` ends (湖南分社, 水旱灾害防御中心, 医卫界委员工作室):
 * up to four words (nouns, places, a verb inside: 防御), the last a noun ending in an organisation
 * word of two characters or more; `end` when none.
 */
function unitAfter(idx: TokenIndex, end: number): number {
  let at = end;
  for (let n = 0; n < 4; n++) {
    const t = idx.at(at);
    // (A unit's own word may carry any tag: 长沙 分行/v, 刑侦局/n.)
    const unitWord = orgSuffixOf(t?.word ?? '');
    const isUnit = t !== undefined && unitWord !== undefined && (unitWord.length >= 2 || t.word.length >= 3);
    if (!t || t.start !== at || !(isUnit || /^(?:n|ns|nt|nz|nr|j|x|l|vn?)$/.test(t.tag)) || isBreak(t.word[0]!)) return end;
    // (…及|省 分行: a conjunction jieba glued to the next body's level joins two bodies.)
    if (n === 0 && t.tag === 'x' && /^[及和与并或]/u.test(t.word)) return end;
    // (…医院 隶属于/n 省供销合作总社: a verb and its preposition, whatever jieba tagged it.)
    if (t.word.length >= 2 && t.word.endsWith('于')) return end;
    // The unit's name opens with a noun or a place, never a verb (…工作队 结合 学校); a verb
    // inside it is one that names what a body does (防御, 监测), not an act (办公厅 复函 …).
    if (!isUnit && t.tag.startsWith('v') && (n === 0 || (t.tag === 'v' && !BODY_VERBS.has(t.word)))) return end;
    const suffix = orgSuffixOf(t.word);
    if (t.word === '中心' && NOT_A_CENTRE.has(idx.at(t.end)?.word ?? '')) return end;
    if (suffix && (suffix.length >= 2 || t.word.length >= 3) && t.word.length > suffix.length - 1) return t.end;
    at = t.end;
  }
  return end;
}

/** Where a body's name starts when a company's whole name precedes a name of its own inside [start, end). */
function afterCompany(idx: TokenIndex, start: number, end: number): number {
  for (let at = start; at < end; ) {
    const t = idx.at(at);
    if (!t) break;
    if (t.start > start && t.end < end && COMPANY_END.test(t.word) && hasOwnName(idx, t.end, end)) return t.end;
    at = t.end;
  }
  return start;
}

/** Whether the words of [start, end) include a name jieba did not know (开慧 粮库), not only places and kinds. */
function hasOwnName(idx: TokenIndex, start: number, end: number): boolean {
  for (let at = start; at < end; ) {
    const t = idx.at(at);
    if (!t) return false;
    if ((t.tag === 'x' || t.tag === 'nz') && t.word.length >= 2) return true;
    at = t.end;
  }
  return false;
}

const PARTY_IN_NAME = new RegExp(`(?:${DEMOCRATIC_PARTIES.join('|')})`, 'u');
/** 媒体 通报 民进湖南省委: a democratic party's body starts at the party's name. */
function partyOpening(f: Found): Found {
  const m = PARTY_IN_NAME.exec(f.text);
  if (!m || m.index === 0 || f.text.length - m.index < 4) return f;
  return { text: f.text.slice(m.index), start: f.start + m.index, end: f.end };
}

/**
 * The head of a name that a reading starting at a level or a place left off: a democratic party's
 * (民盟|省委, 农工党|湖南省委), an outlet's whose name holds the place (新|湖南编辑部, 新湖南 being the
 * app), a national centre's (国家超级计算|天津中心).
 */
const PARTY_BEFORE = new RegExp(`(?:${DEMOCRATIC_PARTIES.join('|')})$`, 'u');
const NATIONAL_BEFORE = /国家[\u4e00-\u9fff]{2,8}$/u;
function nameBefore(text: string, f: Found): Found {
  const extend = (head: string): Found => ({ text: head + f.text, start: f.start - head.length, end: f.end });
  if (/^(?:省|市|县|州|湖南省?|中央)/u.test(f.text)) {
    const m = PARTY_BEFORE.exec(text.slice(Math.max(0, f.start - 4), f.start));
    if (m) return extend(m[0]);
  }
  const lead = outletLead(text, f);
  if (lead) return extend(lead);
  if (/(?:中心|实验室)$/u.test(f.text)) {
    const m = NATIONAL_BEFORE.exec(text.slice(Math.max(0, f.start - 10), f.start));
    if (m) return extend(m[0]);
  }
  return f;
}

/** The part before `f` of an outlet's name that runs into it (新 of 新湖南 before 湖南编辑部), or ''. */
function outletLead(text: string, f: Found): string {
  for (const o of OUTLETS) {
    for (let j = 1; j < o.length && j <= f.start; j++) {
      if (o.length - j < f.text.length && text.startsWith(o, f.start - j)) return o.slice(0, j);
    }
  }
  return '';
}

/**
 * Bodies that are no one body: 党和政府, 党委政府 (the authorities at large), 市中心 (a town's
 * centre), and the government or committee of a town or a township left unnamed (镇政府, 乡党委):
 * a reader cannot tell which.
 */
const NO_ONE_BODY = /^(?:党和政府|党委政府|党委和政府|[省市县区镇乡]中心|[镇乡](?:政府|党委|人民政府|纪委))$/u;

/** 后盾单位 华天集团, 主办单位 湖南日报社: the role a body plays is no part of its name. */
const ROLE_LEAD = /^[\u4e00-\u9fff]{1,4}单位/u;
function withoutRoleLead(f: Found): Found {
  const m = ROLE_LEAD.exec(f.text);
  return m && f.text.length - m[0].length >= 3 ? { text: f.text.slice(m[0].length), start: f.start + m[0].length, end: f.end } : f;
}

/**
 * jieba sometimes glues 据, 从, 由 or 现 ("now", 现湘南学院) to the next character (据东|洞庭湖…管理局, 从湘|电集团); a
 * name never starts with them, so they are dropped from the front.
 */
function withoutLeadingPreposition(f: Found, text: string): Found {
  // A pronoun and the preposition after it, glued to the body by jieba (我受/x 省人民政府委托).
  const pronoun = /^(?:我们|你们|他们|我|你|他|她)(?:受|在|向|对|从|给|为|和|与|跟)/u.exec(f.text);
  if (pronoun && f.text.length - pronoun[0].length >= 2) return { text: f.text.slice(pronoun[0].length), start: f.start + pronoun[0].length, end: f.end };
  // …and 如 ("such as") after a break (…空白，如长高集团生产的…).
  const lead = /^[据从由现]/u.test(f.text) || (/^(?:如|比如|例如)/u.test(f.text) && /[，,：:；、（(]/u.test(text[f.start - 1] ?? ''));
  if (f.text.length <= 4 || !lead) return f;
  const n = /^(?:比如|例如)/u.test(f.text) ? 2 : 1;
  return { text: f.text.slice(n), start: f.start + n, end: f.end };
}
