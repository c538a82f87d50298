/**
 * Titles printed before a name: a position word (书记, 副省长, 院士 …) with the bodies and places
 * before it (省委宣传部 + 部长), back to punctuation or a word that cannot be part of a title
 * (由 省委书记 X 主持; 出席会议的 省委常委 X). Chains joined by 、 are read back one by one.
 */
import { FIRM_MARKS, MINISTRIES, PRIVATE_BODY_MARKS, PUBLIC_BODY_MARKS, SMALL_PLACE_TAIL } from '../dict';
import { localityNamesAt, orgSuffixOf, PLACE_TRIE, positionEndingAt, positionKind, type PositionKind } from './lexicon';
import { surnameAt } from './names';
import { breakAt, type TokenIndex } from './token-index';

export interface Title {
  text: string;
  start: number;
  end: number;
  /** office / person role, after weighing the bodies before a 主任 or 主席. */
  office: boolean;
  collective: boolean;
}

const MAX_TITLE = 24;

/** Words that end a title's reach to the left. */
const STOP_WORDS = new Set([
  '的', '在', '由', '受', '和', '与', '同', '向', '对', '请', '经', '将', '把', '为', '是', '及', '以及', '等', '了', '着',
  '过', '陪同', '会见', '看望', '会同', '邀请', '出席', '参加', '主持', '率', '率领', '带领', '称', '原', '时任', '曾任',
  '任', '担任', '兼任', '当选', '任命', '免去', '提名', '决定', '选举', '致信', '祝贺', '慰问', '会上', '会后', '随后',
  '其中', '包括', '有', '还有', '以', '从', '跟随', '听取', '认为', '介绍', '表示', '说', '图为', '据', '系', '即',
  // 委员 代表 省政协…委员会 发言: jieba tags the verb 代表 a noun (人大代表 and 代表团 are words of their own)
  '代表',
  // words that place one thing next to another (省人民医院 斜对面 …金融中心)
  '对面', '斜对面', '旁边', '隔壁', '对岸', '附近', '周边', '门口', '楼下', '楼上',
]);

/** Tags of words that are never inside a title (prepositions, particles, adverbs, pronouns, time). */
const STOP_TAGS = /^(?:p|c|u\w*|d|r|t|f|m|q|y|e|o|l|i|ad|v|vd|z)$/;

/** Verbs that do occur inside the names of bodies (省发展改革委, 省应急管理厅). */
export const BODY_VERBS = new Set([
  '发展', '改革', '管理', '应急', '监督', '建设', '保障', '服务', '规划', '研究', '治理', '安全', '投资', '监管', '促进',
  '改造', '检察', '审判', '执法', '巡视', '统战', '宣传', '组织', '信息化', '开发', '振兴', '联合', '防控', '救援',
  '储备', '指挥', '协调', '推进', '教育', '合作', '创新', '生产', '出版', '运输', '控股', '开放', '融合', '培训',
  '保护', '传承', '防御', '监测', '救助', '交流', '促进会', '采矿', '勘探', '勘察', '设计', '检测', '科研',
  // bodies sent somewhere (省委驻怀化督导组, 华天集团驻双龙村扶贫工作队)
  '驻', '扶贫', '帮扶', '督导', '督查', '援建',
  // statistics and surveys (调查统计处, 国家统计局湖南调查总队)
  '调查', '统计',
  // the fields of standing committees and offices (省禁毒委, 省防汛抗旱指挥部, 扫黑办)
  '禁毒', '防汛', '抗旱', '扫黑', '除恶', '反诈',
  // disease control and prevention (疾病预防控制中心), quarantine, rescue
  '预防', '控制', '检疫', '急救', '调度',
  // poverty relief (市脱贫攻坚指挥部, 县脱贫办)
  '脱贫',
]);

const isHanChar = (w: string) => /^[\u4e00-\u9fff]$/u.test(w);

/** Words that join two parts of one body's name (工业和信息化厅, 生物医药及医疗器械产业链, 材料与器件实验室). */
const JOINERS = new Set(['和', '及', '与']);

/** Whether a list of names separated by 、 ends at `at` (…、袁新华|和). */
function namesListBefore(text: string, at: number): boolean {
  const m = /、(\p{Script=Han}{2,4})$/u.exec(text.slice(Math.max(0, at - 6), at));
  return m !== null && surnameAt(text, at - m[1]!.length) > 0;
}

function stopsTitle(idx: TokenIndex, tokStart: number, tokEnd: number, tag: string, personal: boolean): boolean {
  const text = idx.text;
  const word = text.slice(tokStart, tokEnd);
  if (breakAt(text, tokStart) || breakAt(text, tokEnd - 1)) return true;
  if (JOINERS.has(word)) {
    // A joiner is inside a body's name only between two plain nouns, never after a name or title,
    // nor before a level of government (国家 和 省政府: two bodies).
    const prev = idx.before(tokStart);
    if (!prev || breakAt(text, prev.start) || /^(?:省|市|县|区|州)/u.test(text.slice(tokEnd, tokEnd + 1))) return true;
    // …nor after a place (湖南 与 香港政府: two parties, not one body's name).
    if (/^(?:x|nr\w*|ns)$/.test(prev.tag) || PLACE_TRIE.matchesAt(text, prev.start).includes(prev.word.length)) return true;
    // A list of names before it (张灼华、袁新华 和 秘书长…), however jieba cut the last one (袁/新华).
    if (namesListBefore(text, tokStart)) return true;
    // A whole body before it (省政府 和 …) is a list of bodies, not one name.
    if (orgSuffixOf(prev.word)) return true;
    return positionEndingAt(text, prev.end) !== null;
  }
  // A verb and its preposition in one word (隶属于/n, 位于, 致力于), whatever jieba tagged it, is the sentence's.
  if (word.length >= 2 && word.endsWith('于')) return true;
  if (STOP_WORDS.has(word)) {
    // …委员会 原 主任: "former" between a body and its post belongs to the title.
    if (word === '原' || word === '时任') {
      const prev = idx.before(tokStart);
      return !(prev && prev.word.length >= 2 && orgSuffixOf(prev.word));
    }
    return true;
  }
  // A place jieba tagged as something else (怀化/v) or a body's whole word (专科学校/l, 支行/v,
  // 县委|办/v) is part of a title, whatever its tag.
  if (word.length >= 2 && /^v/.test(tag) && PLACE_TRIE.matchesAt(text, tokStart).includes(word.length)) return false;
  // …or the last character of a place's name, cut off as a verb after a new word (夏铎|铺/v 派出所).
  if (word.length === 1 && /^v/.test(tag) && SMALL_PLACE_TAIL.test(word) && /^(?:x|ns|nr\w*)$/.test(idx.before(tokStart)?.tag ?? '')) return false;
  const suffix = orgSuffixOf(word);
  if (suffix !== undefined && (suffix.length >= 2 || word.length >= 3 || /^[办局部厅委]$/u.test(word)) && !STOP_WORDS.has(word)) return false;
  // A session in a person's title (十三届全国人大 五次 会议 湖南代表团团长).
  if (personal && tag === 'm' && /^[一二三四五六七八九十\d]+次$/u.test(word) && /^(?:会议|全会|全体会议)/u.test(text.slice(tokEnd, tokEnd + 4))) return false;
  // Ordinals inside a body's name: 第五工程局, 第一人民医院.
  if (tag === 'm' && /^第[一二三四五六七八九十\d]+$/u.test(word)) return false;
  // …and, in a person's title, a body's term (十一届 省政协主席会议成员); a body's name with a term is a session's.
  if (personal && tag === 'm' && /^第?[一二三四五六七八九十百\d]+届$/u.test(word)) return false;
  if (/^v/.test(tag) && BODY_VERBS.has(word)) {
    // …工作室 联合 永州市…医院: 联合 before a place joins two bodies; a body's name has no place after it.
    return word === '联合' && (PLACE_TRIE.matchesAt(text, tokEnd).length > 0 || /^[省市县区]/u.test(text[tokEnd] ?? ''));
  }
  if (/^(?:vn|an)$/.test(tag)) return false;
  // A word jieba tagged a numeral that holds no numeral (整顿/m in 教育整顿领导小组组长) is a noun of the name.
  if (tag === 'm' && word.length >= 2 && !NUMERAL_CHARS.test(word)) return false;
  // One character jieba left between a place and the rest of a body's name is the name's (湖南省 直/d
  // 团工委, 汨罗市 爱/v 行天下志愿者协会).
  if (word.length === 1 && /^(?:d|v|a)$/.test(tag) && isHanChar(word)) {
    const prev = idx.before(tokStart);
    // (…not the head of a place jieba cut, 洪江市 托/v 口镇: that is a place of its own.)
    const headOfPlace = localityNamesAt.matchesAt(text, tokStart).length > 0 || PLACE_TRIE.matchesAt(text, tokStart).some((len) => len > 1);
    if (prev && !headOfPlace && prev.word.length >= 2 && (prev.tag === 'ns' || PLACE_TRIE.matchesAt(text, prev.start).includes(prev.word.length)) && /[省市县区州]$/u.test(prev.word)) return false;
  }
  // A field between a body and one of its parts (全国政协 提案/v 委员会, 长沙海关 统计分析/l 处处长) names the part.
  if (/^(?:v|l)$/.test(tag) && word.length >= 2 && isBodyWord(idx.before(tokStart)) && BODY_PART_AFTER.test(text.slice(tokEnd, tokEnd + 3))) return false;
  return STOP_TAGS.test(tag);
}


/** The parts a body is divided into (提案委员会, 统计分析处, 综合科), printed after their field. */
const BODY_PART_AFTER = /^(?:委员会|工作委员会|处|科|室|办|中心|组)/u;
const isBodyWord = (t: { word: string; tag: string } | undefined): boolean =>
  t !== undefined && t.word.length >= 2 && (/^(?:nt|j)$/.test(t.tag) || orgSuffixOf(t.word) !== undefined);

const NUMERAL_CHARS = /[\d０-９〇零一二三四五六七八九十百千万亿两几数半第多余首每各]/u;
const GLUED_LEVEL = /^[该本据由受经从向对为请在][省市县区州]$/u;

/** Where the title ending with the position word [posStart, end) begins. */
export function titleStart(idx: TokenIndex, posStart: number, end: number, personal = false): number {
  let start = posStart;
  // The position word may sit inside a longer jieba word (省委秘书长): take the whole word.
  const inside = idx.at(posStart);
  if (inside && inside.start < posStart && !breakAt(idx.text, inside.start)) start = inside.start;
  for (;;) {
    const prev = idx.before(start) ?? (start > 0 ? { start: start - 1, end: start, tag: 'x', word: idx.text[start - 1]! } : undefined);
    if (!prev) break;
    if (end - prev.start > MAX_TITLE) break;
    // 该县|水利局, 选民代表 对县|人大代表: a level jieba glued to the word before it opens the title.
    if (personal && GLUED_LEVEL.test(prev.word) && /^(?:r|x)$/.test(prev.tag)) {
      start = prev.start + 1;
      break;
    }
    if (stopsTitle(idx, prev.start, prev.end, prev.tag, personal)) break;
    // 年轻|民警, 优秀|教师: a word describing the person right before the post is not the post's.
    if (personal && prev.tag === 'a' && prev.end === posStart) break;
    start = prev.start;
  }
  // 据金|鞭溪 景区管委会主任: a preposition jieba glued into a new word with the body's head.
  const head = idx.at(start);
  if (personal && head && head.start === start && head.tag === 'x' && head.word.length >= 2 && /^[据由受经从向对为请在]/u.test(head.word) && !/^经(?:开|济)/u.test(head.word) && start + 1 < posStart) start += 1;
  // jieba may cut a village or town in two (十八|洞村|村民): never start a title inside its name.
  if (start > 0 && !breakAt(idx.text, start - 1)) {
    const cut = /^\p{Script=Han}{1,2}?(?:村|镇|乡)/u.exec(idx.text.slice(start, posStart));
    // …unless the name is a known one that starts a little before (十八|洞|村党支部书记): then from its start.
    const whole = cut ? localityEndingAt(idx.text, start + cut[0].length, start) : -1;
    if (whole >= 0) start = whole;
    else if (cut) start += cut[0].length;
  }
  return start;
}

/** Where a registered town or village ending at `end` and starting before `before` starts, or -1. */
function localityEndingAt(text: string, end: number, before: number): number {
  for (let s = Math.max(0, end - 6); s < before; s++) {
    if (breakAt(text, s)) continue;
    if (localityNamesAt.matchesAt(text, s).includes(end - s)) return s;
  }
  return -1;
}

/** The end of the last of `marks` in `body`, or -1. */
const lastEnd = (body: string, marks: readonly string[]) => Math.max(-1, ...marks.map((m) => { const at = body.lastIndexOf(m); return at < 0 ? -1 : at + m.length; }));

/** Party posts, which are offices except in a firm. */
const PARTY_POST = /(?:书记|党组成员|党委委员)$/u;
/** The province's party paper and its group are public institutions, whatever their names end in. */
const PARTY_PAPER = /(?:报业集团|日报社)/u;

function classify(text: string, position: string, kind: PositionKind): boolean {
  const body = text.slice(0, text.length - position.length);
  // A firm's party secretary is its executive (中国银行党委书记、董事长): no public office.
  if (kind === 'office' && PARTY_POST.test(position) && !PARTY_PAPER.test(body)) {
    const firmEnd = lastEnd(body, FIRM_MARKS);
    if (firmEnd >= 0 && firmEnd > lastEnd(body, PUBLIC_BODY_MARKS.filter((m) => !GENERIC_UNITS.has(m)))) return false;
  }
  if (kind === 'office' || kind === 'collective') return true;
  if (kind === 'person') return false;
  // The person who speaks for a body holds an office only at a public body printed right before
  // (省人民检察院负责人, 国家公园管理局负责人), not at a firm, a market or a project's office.
  if (position === '负责人') return PUBLIC_BODY_BEFORE_SPOKESPERSON.test(body);
  // A post held in a village on assignment (学校驻村队长) is a public one, whoever sent the holder.
  if (position.startsWith('驻村')) return true;
  // The body nearest the role decides: 中南大学驻长山村乡村振兴工作队队长 is a public post,
  // 长沙市第一医院院长 a private one.
  // Units any body has (学术委员会, 办公室) take the status of the body they belong to.
  const privateEnd = lastEnd(body, PRIVATE_BODY_MARKS);
  const publicEnd = lastEnd(body, privateEnd < 0 ? PUBLIC_BODY_MARKS : PUBLIC_BODY_MARKS.filter((m) => !GENERIC_UNITS.has(m)));
  return publicEnd > privateEnd;
}

const GENERIC_UNITS = new Set(['委员会', '常委会', '办公室', '办', '党委', '党组', '大会', '主席团', '工作组', '领导小组', '工作小组']);
const PUBLIC_BODY_BEFORE_SPOKESPERSON = new RegExp(`(?:检察院|法院|局|厅|委|政府|${MINISTRIES.join('|')})$`, 'u');

/** The title ending at `end`, if a position word ends there. */
export function titleEndingAt(idx: TokenIndex, end: number): Title | null {
  const position = positionEndingAt(idx.text, end);
  if (!position) return null;
  const posStart = end - position.length;
  const start = titleStart(idx, posStart, end, true);
  const text = idx.text.slice(start, end);
  const kind = positionKind(position) ?? 'context';
  return { text, start, end, office: classify(text, position, kind), collective: kind === 'collective' };
}

/** The title right before a name, and every title chained to it with 、 (省委常委、省委秘书长). */
export function titleChainBefore(idx: TokenIndex, nameStart: number): Title[] {
  const last = titleEndingAt(idx, nameStart);
  if (!last) return [];
  const chain = [last];
  let head = last;
  while (idx.text[head.start - 1] === '、') {
    const prev = titleEndingAt(idx, head.start - 1);
    if (!prev || prev.collective) break;
    chain.unshift(prev);
    head = prev;
  }
  // A post printed without a body after one printed with it is a post of the same body
  // (国家电网有限公司董事长、党组书记: the firm's party secretary).
  for (let i = 1; i < chain.length; i++) {
    const t = chain[i]!;
    const position = positionEndingAt(idx.text, t.end);
    if (!t.office || t.collective || !position) continue;
    const own = t.text.slice(0, t.text.length - position.length);
    if (own !== '' && !GENERIC_UNITS.has(own)) continue;
    const prevPosition = positionEndingAt(idx.text, chain[i - 1]!.end);
    const body = prevPosition ? chain[i - 1]!.text.slice(0, -prevPosition.length) : '';
    if (body) t.office = classify(body + t.text, position, positionKind(position) ?? 'context');
  }
  return chain;
}
