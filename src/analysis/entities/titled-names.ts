/**
 * Names found through titles: a title right before a name (省委书记 X), a name right before a title
 * (习近平总书记), and 、-lists of names under one title (省领导 X、Y、Z 出席; X、Y 等省领导).
 */
import { COLLECTIVE_TITLES, LIST_TAIL_OFFICES, NATIONAL_LEADERS } from '../dict';
import { modifierEndingAt, orgSuffixOf, positionKind, positionStartingAt } from './lexicon';
import { Trie } from './trie';
import { followerAt, nameAt, nameBefore, plausibleName, surnameAt, type NameSpan } from './names';
import { titleChainBefore, titleEndingAt, type Title } from './titles';
import { breakAt, isHan, type TokenIndex } from './token-index';
import { KNOWN_WORDS } from './lexicon';
import { findAppointments } from './appointments';
import { numeralValue } from '../numbers';

export interface TitledName extends NameSpan {
  name: string;
  titles: Title[];
  /** An office holder known by name (a national leader), whatever the titles printed. */
  office?: boolean;
}

/** Positions that may follow a name directly (习近平总书记, 沈晓明书记, 宋君强院士). */
const AFTER_NAME = new Set([
  '总书记', '书记', '副书记', '省长', '副省长', '市长', '副市长', '县长', '主席', '副主席', '总理', '副总理', '委员长',
  '部长', '厅长', '局长', '主任', '副主任', '院士', '教授', '同志', '董事长', '总经理', '秘书长', '政委', '司令员',
  // deputies and members, in the report of a session (刘集贵代表, 刘丹军委员): see SESSION
  '代表', '委员',
]);

/**
 * A report of a people's congress or a CPPCC session, where a name followed by 代表 or 委员 is a
 * deputy or a member, an office; elsewhere 企业代表 or 评审委员 are not.
 */
export const SESSION = /人民代表大会|人大(?:[一二三四五六七八九十]+次)?会议|代表团|政协[^。]{0,12}会议|两会|人大代表|政协委员|代表们|委员们|政府工作报告/u;
const SESSION_ROLES = new Set(['代表', '委员']);
/** 代表 before the body someone speaks for (代表省委、省政府对…表示欢迎): the verb, not a deputy. */
const ON_BEHALF_OF = /^(?:省|市|县|区|州|全|党|国|中央|湖南|学校|公司|集团|组委会|主办|家乡|大会|政府|单位|我们?|本|各|广大)/u;
/** What joins the names of a list (张三、李四和王五). */
const LIST_JOIN = /^[、和与及]$/u;

/**
 * Words that make the office before 的 the person's own (当选 / 新任 / 担任 …主席的 X); an office
 * opening the text (nothing before it) is read the same way.
 */
const ELECTED_BEFORE = /(?:当选|新任|担任|出任|现任|时任|履新)(?:为|了)?$|^$/u;

/** Cheap filter for the scan below: does any of AFTER_NAME start here? */
const AFTER_NAME_TRIE = new Trie(AFTER_NAME);

/**
 * An item of a 、-list of names, bounded by 、 on both sides (…、喻名团、…): a surname and one or two
 * characters, read whole even where the name checks would balk at how jieba cut it (喻|名团).
 */
function boundedItem(idx: TokenIndex, at: number, exclude: ReadonlySet<string>): NameSpan | null {
  const text = idx.text;
  const sl = surnameAt(text, at);
  if (!sl) return null;
  for (let len = sl + 1; len <= sl + 2; len++) {
    const name = text.slice(at, at + len);
    if ((text[at + len] === '、' || text[at + len] === '等') && isHan(name) && !KNOWN_WORDS.has(name) && !exclude.has(name) && !positionStartingAt(text, at)) return { start: at, end: at + len };
  }
  return null;
}

/** The item of a 、-list that ends at `end`, bounded by 、 or a break before it (…、乌兰、…): see boundedItem. */
function boundedItemBefore(idx: TokenIndex, end: number, exclude: ReadonlySet<string>): NameSpan | null {
  for (let len = 2; len <= 3; len++) {
    const start = end - len;
    // (…or opens the list after a break: 。周朝|辉、张炬…)
    if (start < 0 || !breakAt(idx.text, start - 1)) continue;
    const item = boundedItem(idx, start, exclude);
    if (item && item.end === end) return item;
  }
  return null;
}

function listAfter(idx: TokenIndex, head: TitledName, exclude: ReadonlySet<string>, out: TitledName[]): void {
  let at = head.end;
  while (idx.text[at] === '、') {
    // An item bounded by 、 on both sides is read whole (谢湘|和/c、: not 谢湘 and a conjunction).
    const next = boundedItem(idx, at + 1, exclude) ?? nameAt(idx, at + 1, exclude);
    // The next item is a title of its own (、省长 Y): leave it to the title scan.
    if (!next || titleEndingAt(idx, next.end) || positionStartingAt(idx.text, at + 1)) break;
    out.push({ ...next, name: idx.text.slice(next.start, next.end), titles: head.titles });
    at = next.end;
  }
}

const COLLECTIVES = [...COLLECTIVE_TITLES, ...LIST_TAIL_OFFICES];
/**
 * …、X、Y 等领导和老同志出席: leaders, sitting and retired, whose posts the list does not print. They
 * hold or held office, with no title to show.
 */
const UNTITLED_COLLECTIVES = ['领导和老同志', '领导同志', '老同志', '老领导'];

const ALL_COLLECTIVES = [...COLLECTIVES, ...UNTITLED_COLLECTIVES];

/** The size of a list printed after its 等: 6名, 十余位. */
const LIST_SIZE = /^[\d一二三四五六七八九十两]+[余多]?[名位]/u;

/** X、Y 等省领导: names before 等 + a collective title; X、Y、Z 3位政协委员: a list as long as its count. */
function listBeforeCollective(idx: TokenIndex, exclude: ReadonlySet<string>, out: TitledName[]): void {
  const text = idx.text;
  // Every 等 of the text once, rather than one scan of the whole text per title; and every count
  // glued to the name before it (…、朱江6位政协委员), which must then match the list's length.
  const marks: Array<{ end: number; after: number; count?: number }> = [];
  for (let at = text.indexOf('等'); at >= 0; at = text.indexOf('等', at + 1)) marks.push({ end: at, after: at + 1 });
  for (const m of text.matchAll(GLUED_COUNT)) {
    if (text[m.index - 1] === '等' || !isHan(text[m.index - 1] ?? '')) continue;
    marks.push({ end: m.index, after: m.index, count: numeralValue(m[1]!) ?? -1 });
  }
  if (marks.length === 0) return;
  // X、Y 等6名省人大代表: the list's size may sit between 等 and the title (read once per mark,
  // not once per mark and collective).
  const froms = marks.map((mark) => mark.after + (LIST_SIZE.exec(text.slice(mark.after, mark.after + 5))?.[0].length ?? 0));
  for (const collective of ALL_COLLECTIVES) {
    const untitled = UNTITLED_COLLECTIVES.includes(collective);
    for (let k = 0; k < marks.length; k++) {
      const mark = marks[k]!;
      const from = froms[k]!;
      if (!text.startsWith(collective, from)) continue;
      const title: Title = { text: collective, start: from, end: from + collective.length, office: true, collective: true };
      const names: NameSpan[] = [];
      let end = mark.end;
      for (;;) {
        const n = nameBefore(idx, end, exclude) ?? boundedItemBefore(idx, end, exclude);
        if (!n) break;
        names.push(n);
        if (text[n.start - 1] !== '、') break;
        end = n.start - 1;
      }
      if (mark.count !== undefined && (names.length < 2 || names.length !== mark.count)) continue;
      for (const n of names) out.push(untitled ? { ...n, name: text.slice(n.start, n.end), titles: [], office: true } : { ...n, name: text.slice(n.start, n.end), titles: [title] });
    }
  }
}

/** A count of people right after a list (朱江6位, 王五三名). */
const GLUED_COUNT = /([\d一二三四五六七八九十两]{1,3})[名位]/gu;

/** A delegation's heads, printed bare in the report of its session or its games (副团长 X、Y): offices. */
const DELEGATION_HEADS = new Set(['团长', '副团长']);

export function findTitledNames(idx: TokenIndex, exclude: ReadonlySet<string>): TitledName[] {
  const text = idx.text;
  const out: TitledName[] = [];
  const delegation = text.includes('代表团');
  for (let i = 2; i < text.length; i++) {
    if (!surnameAt(text, i) || breakAt(text, i - 1)) continue;
    const chain = titleChainBefore(idx, i);
    if (chain.length === 0) continue;
    if (delegation) for (const t of chain) if (DELEGATION_HEADS.has(t.text)) t.office = true;
    const name = nameAt(idx, i, exclude, true);
    if (!name) continue;
    const found: TitledName = { ...name, name: text.slice(name.start, name.end), titles: chain };
    // Titles printed after the name as well (省长 X 同志 is not a title; 院士 after a name is).
    out.push(found);
    listAfter(idx, found, exclude, out);
    i = name.end - 1;
  }
  // An office, 的, then the name (刚当选省政协主席的李微微): the office is the person's.
  for (let i = text.indexOf('的'); i >= 0; i = text.indexOf('的', i + 1)) {
    if (!surnameAt(text, i + 1)) continue;
    const title = titleEndingAt(idx, i);
    if (!title || !title.office || title.collective || !ELECTED_BEFORE.test(text.slice(Math.max(0, title.start - 4), title.start))) continue;
    const name = nameAt(idx, i + 1, exclude, true);
    if (name) out.push({ ...name, name: text.slice(name.start, name.end), titles: [title] });
  }
  // Name before a title: 习近平总书记, 宋君强院士.
  const session = SESSION.test(text);
  for (let i = 2; i < text.length; i++) {
    if (!AFTER_NAME_TRIE.starts(text.charCodeAt(i)) || !idx.isStart(i)) continue;
    const position = positionStartingAt(text, i);
    if (!position || !AFTER_NAME.has(position) || (SESSION_ROLES.has(position) && !session)) continue;
    if (position === '代表' && ON_BEHALF_OF.test(text.slice(i + 2, i + 4))) continue;
    // A modifier before the position makes it part of a longer one (党组副|书记): no name ends here.
    if (modifierEndingAt(text, i) > 0) continue;
    const end = i + position.length;
    if (!idx.isEnd(end) && !followerAt(text, end)) continue;
    const name = nameBefore(idx, i, exclude);
    // Only a name standing alone before the title (学习 习近平总书记), not the end of a longer word (隆平高科 董事长).
    // …or after the body the person belongs to (该校 … 实验室 陈立言教授).
    if (!name) continue;
    const lead = idx.before(name.start);
    const standsAlone =
      breakAt(text, name.start - 1) || /^(?:v\w*|a|p|c|u\w*|d|r|t|m)$/.test(lead?.tag ?? '') || (lead !== undefined && lead.word.length >= 2 && orgSuffixOf(lead.word) !== undefined);
    if (!standsAlone) continue;
    // The name itself must not be the tail of a title (省委书记 → 省委 is not a name).
    if (titleEndingAt(idx, name.start) && !breakAt(text, name.start - 1)) {
      const before = titleEndingAt(idx, name.start)!;
      if (before.end === name.start) continue;
    }
    if (!plausibleName(idx, name.start, name.end, exclude)) continue;
    if (position === '同志') continue;
    const kind = positionKind(position)!;
    const office = kind === 'office' || (kind === 'context' && position !== '教授') || SESSION_ROLES.has(position);
    const title: Title = { text: position, start: i, end, office, collective: false };
    if (['院士', '教授', '董事长', '总经理'].includes(position)) title.office = false;
    out.push({ ...name, name: text.slice(name.start, name.end), titles: [title] });
    // 张三、李四和王五代表, 袁某、官某院士: the title after a list of names is every name's.
    if (SESSION_ROLES.has(position) || position === '院士') {
      for (let at = name.start; LIST_JOIN.test(text[at - 1] ?? ''); ) {
        const item = nameBefore(idx, at - 1, exclude) ?? boundedItemBefore(idx, at - 1, exclude);
        if (!item) break;
        out.push({ ...item, name: text.slice(item.start, item.end), titles: [title] });
        at = item.start;
      }
    }
  }
  listBeforeCollective(idx, exclude, out);
  listAfterColon(idx, exclude, out);
  out.push(...findAppointments(idx, exclude));
  nationalLeaders(idx, out);
  profiles(idx, exclude, out);
  titleOverName(idx, exclude, out);
  dottedNames(idx, exclude, out);
  bareRolesOfTheBody(text, out);
  return out;
}

/**
 * A line that is a title, a space and a name, and nothing else: the head of an interview or a
 * speech (全国人大代表 刘某某), the title set apart from the name as a caption sets it.
 */
const TITLE_OVER_NAME = /^([^\s，。；：:]{2,24})[ \u3000]+(\p{Script=Han}{2,4})[ \u3000]*$/gmu;
function titleOverName(idx: TokenIndex, exclude: ReadonlySet<string>, out: TitledName[]): void {
  const text = idx.text;
  // (The title and the name are set apart by a space: a text with none has no such line.)
  if (!text.includes(' ') && !text.includes('\u3000')) return;
  for (const m of text.matchAll(TITLE_OVER_NAME)) {
    const title = titleEndingAt(idx, m.index + m[1]!.length);
    if (!title || title.start !== m.index || title.collective) continue;
    const at = m.index + m[0].indexOf(m[2]!, m[1]!.length);
    const name = nameAt(idx, at, exclude, true);
    if (!name || name.end !== at + m[2]!.length) continue;
    out.push({ ...name, name: text.slice(name.start, name.end), titles: [title] });
  }
}

/**
 * A profile as a sidebar, a list of nominees or a notice prints it: the name, then 男 or 女, then
 * birth, home and every post (周某某，男，1939年出生于长沙，中国工程院院士，中南大学湘雅医院终身教授，…).
 * Each piece ending in a position is one of the person's titles, whole.
 */
const MEMBERSHIP = /(?:党员|盟员|会员|团员)$/u;
const PROFILE = /(?:^|[。\n；：:])\s*([\u4e00-\u9fff]{2,4})[，,](?:男|女)[，,]/gu;
function profiles(idx: TokenIndex, exclude: ReadonlySet<string>, out: TitledName[]): void {
  const text = idx.text;
  if (!/[，,](?:男|女)[，,]/u.test(text)) return; // most texts hold no profile: one cheap look first
  for (const m of text.matchAll(PROFILE)) {
    const start = m.index + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    if (!surnameAt(text, start) || exclude.has(m[1]!) || KNOWN_WORDS.has(m[1]!)) continue;
    const from = m.index + m[0].length;
    const stop = /[。\n；]/u.exec(text.slice(from));
    const to = from + (stop ? stop.index : text.length - from);
    const titles: Title[] = [];
    let at = from;
    for (const piece of text.slice(from, to).split(/[，,、]/u)) {
      const pieceEnd = at + piece.length;
      // 现任…书记: the post without the word that announces it; a party membership is no post.
      const lead = /^(?:现任|现为|系)/u.exec(piece)?.[0].length ?? 0;
      const title = piece.length - lead >= 2 && !MEMBERSHIP.test(piece) ? titleEndingAt(idx, pieceEnd) : null;
      // The whole piece is the post (中南大学湘雅医院 终身 教授), whatever the title grammar reads back over.
      if (title) titles.push({ ...title, text: piece.slice(lead), start: at + lead });
      at = pieceEnd + 1;
    }
    out.push({ start, end, name: m[1]!, titles });
  }
}

/** A foreign or minority name as the press prints it: two to four parts joined by ·. */
const DOTTED = /[\u4e00-\u9fff]{2,6}(?:·[\u4e00-\u9fff]{2,8}){1,3}/gu;
/** Words after a foreign name that the name finders' followers lack. */
const DOTTED_FOLLOWERS = /^(?:率领|带领|致辞|感触|一行|访问|会见|出席|参加|通过|认为|等|在|与|和|对|向|的)/u;
/** Parts that make a ·-joined run a list of places or an outlet (矮寨·十八洞·德夯大峡谷, 湖南日报·新湖南). */
const NOT_A_NAME_PART = /(?:[山河湖江谷峡洞寨村镇城园区县市省州路街站馆台报]|客户端|日报)$/u;

/**
 * 参议员、埃及联合集团董事长哈齐姆·哈马达, 斯洛文尼亚驻华大使玛丽娅·阿达尼娅: a dotted name after a
 * title takes the title; one with no title before it is still a name (杏德·苏勒坦).
 */
function dottedNames(idx: TokenIndex, exclude: ReadonlySet<string>, out: TitledName[]): void {
  const text = idx.text;
  if (!text.includes('·')) return; // most texts name no one so: one cheap look first
  for (const m of text.matchAll(DOTTED)) {
    const parts = m[0].split('·');
    if (parts.some((p) => NOT_A_NAME_PART.test(p)) || exclude.has(m[0])) continue;
    // The first part may carry the title's tail glued on (…董事长哈齐姆): cut at the last title.
    let start = m.index;
    let titles: Title[] = [];
    for (let k = start + 2; k < start + parts[0]!.length; k++) {
      const chain = titleChainBefore(idx, k);
      if (chain.length && k + 2 <= m.index + parts[0]!.length) {
        titles = chain;
        start = k;
      }
    }
    if (titles.length === 0) titles = titleChainBefore(idx, start);
    // The last part ends where a word that follows names begins (哈马达 率领, 阿达尼娅 等, 弗拉基米罗维奇 致辞).
    const lastDot = m.index + m[0].lastIndexOf('·') + 1;
    let end = -1;
    for (let k = lastDot + 2; k <= m.index + m[0].length; k++) {
      // …or where jieba starts a verb of two characters or more (买买提 查看).
      const verb = idx.at(k);
      if (k === text.length || breakAt(text, k) || followerAt(text, k) || DOTTED_FOLLOWERS.test(text.slice(k, k + 2)) || (verb !== undefined && verb.start === k && verb.end - k >= 2 && /^v/.test(verb.tag))) {
        end = k;
        break;
      }
    }
    if (end < 0) continue;
    // A quotation that is a dotted run and nothing else is a theme (“粽情罗国故都·畅享诗画屈原”), not a name.
    if (titles.length === 0 && /[“"《「]/u.test(text[start - 1] ?? '') && /[”"》」]/u.test(text[end] ?? '')) continue;
    // With no title before it, every part must be a word jieba does not know (杏德·苏勒坦), not a
    // slogan of common words (再见·珍重, 自然·能源, 成就辉煌·喜迎十八大).
    if (titles.length === 0) {
      let at = start;
      const unknown = text.slice(start, end).split('·').every((part) => {
        const t = idx.at(at);
        at += part.length + 1;
        return t !== undefined && /^(?:x|nr\w*)$/.test(t.tag);
      });
      if (!unknown) continue;
    }
    if (out.some((o) => o.start < end && start < o.end && o.name.includes('·'))) continue;
    out.push({ start, end, name: text.slice(start, end), titles, office: titles.some((t) => t.office) });
  }
}

/** The groups that introduce a list of leaders after a colon (出席大会的省党政军领导和老同志有：…). */
const GROUP_BEFORE_COLON = /([\u4e00-\u9fff]{1,12}?(?:领导|老同志|负责同志|领导同志))(?:还?有|是|为)?[：:]$/u;

/** 出席的省领导有：A、B、C: the group before the colon is the title of every name listed. */
function listAfterColon(idx: TokenIndex, exclude: ReadonlySet<string>, out: TitledName[]): void {
  const text = idx.text;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '：' && text[i] !== ':') continue;
    const m = GROUP_BEFORE_COLON.exec(text.slice(Math.max(0, i - 16), i + 1));
    if (!m) continue;
    // The group starts after 的 or a break (出席大会的 | 省党政军领导和老同志).
    let group = m[1]!;
    const de = group.lastIndexOf('的');
    if (de >= 0) group = group.slice(de + 1);
    const gEnd = i + 1 - (m[0].length - m[1]!.length);
    const title: Title = { text: group, start: gEnd - group.length, end: gEnd, office: true, collective: true };
    for (let at = i + 1; ; ) {
      // (…or an item the list bounds, however jieba cut it: 李|微微、乌兰/ns、)
      const n = nameAt(idx, at, exclude, true) ?? boundedItem(idx, at, exclude);
      if (!n) break;
      out.push({ ...n, name: text.slice(n.start, n.end), titles: [title] });
      if (text[n.end] !== '、' && text[n.end] !== '，') break;
      at = n.end + 1;
    }
  }
}

/**
 * 省人大常委会副主任张剑飞主持会议，副主任杨浩东、陈飞: a bare role later in the sentence is a
 * post of the body an office named before it (or a role chained to such an office), and so an office too.
 */
function bareRolesOfTheBody(text: string, out: TitledName[]): void {
  for (const t of out) {
    for (const title of t.titles) {
      if (title.office || title.collective || positionKind(title.text) !== 'context') continue;
      let from = title.start;
      while (from > 0 && !/[。！？\n]/u.test(text[from - 1]!)) from--;
      const head = title.text.replace(/^副/u, '');
      // (…or chained after one: 省人大常委会党组书记、副主任刘莲玉主持会议，副主任黄关春、杨维刚.)
      const before = out.some((o) => o !== t && o.start >= from && o.start < title.start &&
        (o.titles.some((x) => x.office && !x.collective && x.text.length > title.text.length && x.text.endsWith(head)) ||
          (o.titles.some((x) => x.office && !x.collective && x.text.length >= title.text.length + 3) && o.titles.some((x) => x.text.endsWith(head)))));
      if (before) title.office = true;
    }
  }
}

/** The national leaders, by name alone where no title was printed with it. */
function nationalLeaders(idx: TokenIndex, out: TitledName[]): void {
  const text = idx.text;
  for (const name of NATIONAL_LEADERS) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (!idx.isStart(at) || out.some((t) => t.start === at)) continue;
      // The title printed right after the leader's name is theirs, whatever word comes before the
      // name (牢记/n 习近平 总书记 的 嘱托).
      const end = at + name.length;
      const position = positionStartingAt(text, end);
      const titles: Title[] = position && AFTER_NAME.has(position) && !SESSION_ROLES.has(position) && position !== '同志' && idx.isEnd(end + position.length)
        ? [{ text: position, start: end, end: end + position.length, office: true, collective: false }]
        : [];
      out.push({ start: at, end, name, titles, office: true });
    }
  }
}
