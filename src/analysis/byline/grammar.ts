/**
 * The grammar of a credit: who wrote or photographed a piece, in every form the paper and the
 * sites that repost it print. A credit is a run of parts:
 *
 *   [outlet] role name…  [role name…]  [verb]        湖南日报全媒体记者 彭可心 通讯员 苏立
 *   label name… label name…                            作者:刘燕娟 摄影 唐俊
 *   name… verb                                         梁永鸿 摄 / 李健 龚子杰 摄影报道
 *   [outlet] role name… [place] 报道                   湖南日报·新湖南客户端记者 张三 报道 / … 长沙报道
 *
 * Each part comes from a table below. A role or label applies to the names after it; 摄 and 摄影
 * after names make them photographers (the seed's convention: 李健 摄 → 摄影). A verb is never a
 * name, and a name starts with a surname.
 */
import { codeSet, lastIndexOfAny } from '../clean/chars';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../dict';
import type { Journalist } from '../types';

/** Outlets printed before a role (longest first). */
export const OUTLETS = [
  '湖南日报·新湖南客户端', '湖南日报全媒体', '湖南日报社', '湖南日报', '新湖南客户端', '新湖南', '华声在线', '红网时刻新闻',
  '红网时刻', '红网', '时刻新闻', '本报', '新华社', '人民日报', '中新社', '潇湘晨报', '三湘都市报', '大众卫生报', '湖南卫视', '湖南广电',
  // the group's other papers
  '科教新报', '快乐老人报', '文萃报',
];

/** The dot that chains outlets (湖南日报·新湖南客户端); sites print it as a bullet or a katakana dot too. */
export const OUTLET_DOT = '·•・‧∙';

/** Marks that join two outlets in a dateline (华声在线-湖南日报1月24日讯, 三湘都市报、华声在线…讯). */
export const OUTLET_JOIN = '\\-－–—、';

/**
 * A reporter's role is built of parts: [medium] [rank] 记者 (全媒体见习记者, 融媒体首席记者,
 * 摄影记者), [medium|特约] 评论员; the other roles are printed whole.
 */
// (融媒: a county's media centre credits its reporters 石门融媒记者.)
const MEDIA = ['全媒体', '融媒体', '融媒', ''];
const RANKS = ['首席', '特约', '见习', '实习', '摄影', '特派', '驻站', '主任', ''];
const REPORTERS = MEDIA.flatMap((m) => RANKS.map((r) => `${m}${r}记者`));
const COMMENTATORS = [...MEDIA, '特约'].map((m) => `${m}评论员`);

/** Roles as printed, longest first so that 全媒体记者 wins over 记者. */
export const ROLES: readonly string[] = [
  ...REPORTERS, ...COMMENTATORS, '特约摄影', '采访人员', '特约通讯员', '通讯员', '实习生', '摄影', '作者', '摄像',
].sort((a, b) => b.length - a.length);

/**
 * Labels that credit a part of the work, printed before the names with / or ：(文/王晴, 制图/张杨,
 * 点评：娄辉); the role is the label. 图 credits the photographs.
 */
const LABELS: Record<string, string> = {
  文: '文', 图: '摄影', 文图: '文', 制图: '制图', 点评: '点评', 绘图: '制图', 漫画: '制图', 口述: '口述',
  // a video's credits block (记者 胡盼盼 / 拍摄 徐嵩 / 通讯员 熊瑛; 编导:X / 摄像:Y / 后期:Z)
  拍摄: '摄影', 摄像: '摄影', 编导: '编导', 后期: '后期',
  // 文/视频 全媒体记者 李致远: the label before a role is overruled by it.
  视频: '视频',
  // a feature's or a video's staff, credited under the label as printed (设计/李真明, 视频制作：鲁融冰)
  剪辑: '剪辑', 设计: '设计', 统筹: '统筹', 策划: '策划', 视频制作: '视频制作', 素材提供: '素材提供', 文字: '文',
  // a short video's script, animation and voice (文案 X / 动画 Y / 配音 Z)
  文案: '文案', 动画: '动画', 配音: '配音',
  // a column's advisers and coordinators (智库/李婷婷 雷波勇 综合协调/张慧)
  智库: '智库', 综合协调: '综合协调', 协调: '协调', 监制: '监制',
};

const LABEL_KEYS = Object.keys(LABELS).sort((a, b) => b.length - a.length);

/** Verbs closing a credit. 摄 / 摄影 / 摄影报道 make the names before them photographers. */
const PHOTO_VERBS = ['摄影报道', '摄影', '摄'];
const VERBS = ['图文报道', '报道', '采写', '整理', '撰文', '供图', '发自', '执笔', '辑', ...PHOTO_VERBS];

/** Words of a credit line that are neither names nor roles (责编 lines are page furniture). */
const NOT_NAMES = new Set([
  '报道', '摄影', '采写', '整理', '撰文', '供图', '执笔', '编辑', '责编', '出品', '策划', '视频', '文图', '通讯', '全媒体', '融媒体',
  '剪辑', '设计', '统筹', '制作', '文字', '文案', '动画', '配音', '智库', '协调', '综合协调', '监制',
  // the kinds of a reporter's piece, printed as a label (记者追踪：, 记者手记)
  '追踪', '手记', '观察', '调查', '连线', '探访', '走访', '札记', '笔记',
]);

/** A word of a credit that is never a name: a role (通讯员) or a credit word (报道). */
export const isCreditWord = (word: string): boolean => NOT_NAMES.has(word) || (ROLES as readonly string[]).includes(word);

const SURNAMES = new Set(SINGLE_SURNAMES);
const OUTLET_SET = new Set(OUTLETS);
const COMPOUND = new Set(COMPOUND_SURNAMES);
const HAN_NAME = /^[\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}$/u;

/** A person's name as credits print it: two to four characters after a surname (or a ·name). */
export function creditName(part: string): boolean {
  if (!HAN_NAME.test(part) || NOT_NAMES.has(part) || OUTLET_SET.has(part)) return false;
  // A foreign name is dotted (马克·吐温), and so are chained outlets (三湘都市报·华声在线记者): no part of a name is an outlet or a role.
  if (part.includes('·')) return !part.split('·').some((p) => OUTLETS.some((o) => p.startsWith(o)) || ROLES.some((r) => p.endsWith(r)));
  // A verb glued to a name (郭立亮摄) is read as name + verb, not as a four-character name.
  if (VERBS.some((v) => part.endsWith(v) && (part.length - v.length < 2 || creditName(part.slice(0, -v.length))))) return false;
  return SURNAMES.has(part[0]!) || COMPOUND.has(part.slice(0, 2));
}

/**
 * 王 晗, 朱 奥 摄: a two-character name printed with a space between its characters, as the
 * e-paper sets short names to the width of longer ones. Two lone characters, the first a surname
 * and no credit word (文, 图, 摄), the second not 图 or 摄, are one name: a lone surname is no name,
 * so 王 文 is 王文, not 王 and the label 文.
 */
const SPACED_NAME = /(?<![^\s\u3000（(：:/|｜、，,■□●○◆◇▲△★☆◎])([\u4e00-\u9fff])[ \u3000]+([\u4e00-\u9fff])(?![^\s\u3000）)、，,])/gu;
const LONE_CREDIT_CHAR = /^[文图摄]$/u;
const LONE_PHOTO_CHAR = /^[图摄]$/u;
export function joinSpacedNames(text: string): string {
  if (!/[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]/u.test(text)) return text;
  return text.replace(SPACED_NAME, (whole, a: string, b: string) =>
    SURNAMES.has(a) && !LONE_CREDIT_CHAR.test(a) && !LONE_PHOTO_CHAR.test(b) ? a + b : whole,
  );
}

/** A role fused to the names around it (全媒体记者彭可心通讯员苏立): spaces put back first. */
/** A county's media centre before its reporters' role (石门融媒记者): the outlet, no name. */
const COUNTY_OUTLET = /(^|[\s\u3000（(])[\u4e00-\u9fff]{2,4}?(?=融媒(?:体)?(?:首席|见习|实习)?记者)/gu;
const splitRoles = (text: string) => text.replace(COUNTY_OUTLET, '$1').replace(FUSED_ROLE, ' $1 ');
const FUSED_ROLE = new RegExp(`(${[...ROLES].sort((a, b) => b.length - a.length).join('|')})`, 'gu');

/** `label`: the role came from a label (图/, 文/), not a role word (记者). */
type Part = { t: 'role'; role: string; label?: boolean } | { t: 'outlet' } | { t: 'name'; name: string } | { t: 'verb'; photo: boolean } | { t: 'skip' };

const OUTLET_DOT_START = new RegExp(`^[${OUTLET_DOT}]`, 'u');

const startsWithAny = (s: string, words: readonly string[]) => words.find((w) => s.startsWith(w));
const endsWithAny = (s: string, words: readonly string[]) => words.find((w) => s.endsWith(w));

/**
 * The outlet a piece opens with. Of the outlets that match, the one leaving the longest role
 * wins: 湖南日报全媒体评论员 is 湖南日报 + 全媒体评论员, while 湖南日报全媒体 alone is an outlet.
 */
function outletOf(s: string): string | undefined {
  let best: string | undefined;
  let bestRole = -1;
  for (const o of OUTLETS) {
    if (!s.startsWith(o)) continue;
    const role = startsWithAny(s.slice(o.length), ROLES)?.length ?? 0;
    if (role > bestRole || (role === bestRole && o.length > (best?.length ?? 0))) {
      best = o;
      bestRole = role;
    }
  }
  return best;
}

/**
 * A name printed right after a role or another name of the same credit: any two or three
 * ideographs that are not a credit word (冒蕞, rare surnames the table lacks).
 */
function nameInCredit(part: string, out: readonly Part[]): boolean {
  const prev = out[out.length - 1];
  if (!prev || (prev.t !== 'role' && prev.t !== 'name')) return false;
  if (!/^[\u4e00-\u9fff]{2,3}$/u.test(part) || NOT_NAMES.has(part)) return false;
  return !VERBS.some((v) => part.endsWith(v)) && !ROLES.some((r) => part.includes(r));
}

/**
 * Names a repost printed with their spaces taken out, after a role or label (记者王礼生廖声田沈可心,
 * 文/贺佳周帙恒余蓉): five to fifteen ideographs read as names of two or three characters, each
 * opening with a surname, when exactly one such reading exists (贺佳|周帙恒|余蓉: 帙 and 恒 open no
 * name). A run of four is left alone: 王晗李华 could as well be one four-character name.
 */
function fusedNames(s: string, out: readonly Part[]): string[] | null {
  const prev = out[out.length - 1];
  if (!prev || prev.t !== 'role' || s.length < 5 || s.length > 15 || !/^[\u4e00-\u9fff]+$/u.test(s)) return null;
  const readings = namePartitions(s, 0, 2);
  return readings.length === 1 ? readings[0]! : null;
}

const fusedPart = (name: string) =>
  SURNAMES.has(name[0]!) && !NOT_NAMES.has(name) && !ROLES.some((r) => name.includes(r)) && !VERBS.some((v) => name.includes(v));

/** The ways to cut s from `at` into names of two or three characters (at most `limit` ways). */
function namePartitions(s: string, at: number, limit: number): string[][] {
  if (at === s.length) return [[]];
  const found: string[][] = [];
  for (const len of [2, 3]) {
    const name = s.slice(at, at + len);
    if (name.length < len || !fusedPart(name)) continue;
    for (const rest of namePartitions(s, at + len, limit - found.length)) {
      found.push([name, ...rest]);
      if (found.length >= limit) return found;
    }
  }
  return found;
}

/** One space-separated piece → its parts (记者彭可心 → role + name; 新湖南客户端记者 → role). */
function partsOf(piece: string, out: Part[]): boolean {
  let s = piece;
  const label = LABELS[s];
  if (label) {
    out.push({ t: 'role', role: label, label: true });
    return true;
  }
  // A label glued to the outlet after it (视频三湘都市报全媒体记者): the label, then the rest.
  const glued = LABEL_KEYS.find((k) => s.startsWith(k) && outletOf(s.slice(k.length)));
  if (glued) {
    out.push({ t: 'role', role: LABELS[glued]!, label: true });
    s = s.slice(glued.length);
  }
  // Outlets may be chained with a middle dot (湖南日报·华声在线记者).
  let outlet: string | undefined;
  for (let o = outletOf(s); o; o = outletOf(s)) {
    outlet = o;
    s = s.slice(o.length).replace(OUTLET_DOT_START, '');
  }
  if (!s) {
    // An outlet printed alone before names (华声在线 肖建华) stands where 湖南日报 stands in 湖南日报记者.
    if (outlet !== undefined) out.push({ t: 'outlet' });
    return outlet !== undefined;
  }
  const role = (ROLES as readonly string[]).find((r) => s === r) ?? startsWithAny(s, ROLES);
  if (role) {
    // A cameraman is credited as a photographer (摄像 → 摄影, as 拍摄).
    out.push({ t: 'role', role: role === '摄像' ? '摄影' : role });
    s = s.slice(role.length);
    if (!s) return true;
  } else {
    // A role after a name of an outlet this table lacks (某某频道记者): the role counts.
    const tail = endsWithAny(s, ROLES);
    if (tail && !creditName(s)) {
      out.push({ t: 'role', role: tail });
      return true;
    }
  }
  const verb = VERBS.find((v) => s === v);
  if (verb) {
    out.push({ t: 'verb', photo: PHOTO_VERBS.includes(verb) });
    return true;
  }
  if (creditName(s) || nameInCredit(s, out)) {
    out.push({ t: 'name', name: s });
    return true;
  }
  // Names printed with no space between them after a role (记者王礼生廖声田沈可心).
  const run = fusedNames(s, out);
  if (run) {
    for (const name of run) out.push({ t: 'name', name });
    return true;
  }
  // A name fused to its verb (李健摄) or a place before 报道 (长沙报道).
  const fused = endsWithAny(s, VERBS);
  if (fused) {
    const head = s.slice(0, s.length - fused.length);
    if (creditName(head)) out.push({ t: 'name', name: head });
    else if (!/^[\u4e00-\u9fff]{2,4}$/u.test(head) || fused !== '报道') return false;
    out.push({ t: 'verb', photo: PHOTO_VERBS.includes(fused) });
    return true;
  }
  return false;
}

export interface Credit {
  journalists: Journalist[];
  /** Every piece was a credit part (a line that is a byline and nothing else). */
  whole: boolean;
}

/** The bodies a column thanks, printed after its credits: 特别支持/湖南省林业局, 鸣谢：某某公司. */
const SUPPORTERS = /[\s\u3000]*(?:特别支持|支持单位|合作单位|鸣谢)[/／：:][^\n]*$/u;

/**
 * The parts of a credit string, a skip for each piece that is none; with `wholeOnly`, null at the
 * first such piece (the string is then no whole credit, whatever the rest).
 */
function creditParts(text: string, wholeOnly: boolean): { parts: Part[]; whole: boolean } | null {
  const parts: Part[] = [];
  let whole = true;
  // A mark may open a credit line (■文/视频 全媒体记者 …).
  // (…and a body thanked at its end is no one's credit: 特别支持/湖南省林业局.)
  const spaced = splitRoles(joinSpacedNames(text.replace(/^[■□●○◆◇▲△★☆◎]+|^[（(]|[）)]$/gu, '').replace(SUPPORTERS, '')));
  for (const piece of spaced.split(/[\s\u3000、，,:：/|｜■□]+/u)) {
    if (!piece) continue;
    if (!partsOf(piece, parts)) {
      if (wholeOnly) return null;
      whole = false;
      parts.push({ t: 'skip' });
    }
  }
  return { parts, whole };
}

/** Read a credit string; `whole` says whether nothing else was in it. */
export function readCredit(text: string): Credit {
  return creditOfParts(creditParts(text, false)!);
}

/** Whether a credit string is a credit and nothing else (readCredit(text).whole, stopping at the first piece that is none). */
function wholeCredit(text: string): boolean {
  const read = creditParts(text, true);
  return read !== null && creditOfParts(read).whole;
}

const isLabel = (q: Part | undefined): q is Extract<Part, { t: 'role' }> => q?.t === 'role' && q.label === true;

function creditOfParts({ parts, whole }: { parts: Part[]; whole: boolean }): Credit {
  const out: Journalist[] = [];
  let role: string | null = null;
  let pending: Journalist[] = [];
  // Where the current run of names began: a photo verb (摄影报道) credits every name of its run
  // (湖南日报全媒体记者 郭立亮 通讯员 罗勇 摄影报道 → both photographers).
  let runStart = 0;
  const flush = () => {
    out.push(...pending);
    pending = [];
  };
  parts.forEach((p, k) => {
    if (p.t === 'role') {
      // 图/湖南日报全媒体 记者 辜鹏博: a photo label alone over an outlet and a reporter's role credits
      // the pictures; labels piled up (文/图/视频 全媒体记者 叶竹) give way to the role.
      const at = parts[k - 1]?.t === 'outlet' ? k - 2 : k - 1;
      const before = parts[at];
      if (!p.label && isLabel(before) && before.role === '摄影' && !isLabel(parts[at - 1])) return;
      // 摄影 followed by a name is a label (摄影 唐俊); after names it is the verb (李健 摄影). A label
      // (图/) is never that verb: 通讯员 胡清 图/湖南日报全媒体 leaves 胡清 a correspondent.
      // …and so is 摄影 before a role or an outlet with a name after it (记者 陈潇 摄影 通讯员 候佑杰:
      // 候佑杰 took the pictures), which the label then overrules, as 图/ does.
      const labelsNext = (parts[k + 1]?.t === 'role' || parts[k + 1]?.t === 'outlet') && parts.slice(k + 1, k + 4).some((q) => q.t === 'name');
      if (p.role === '摄影' && !p.label && labelsNext && pending.length > 0) {
        flush();
        role = '摄影';
        p.label = true;
        return;
      }
      if (p.role === '摄影' && !p.label && parts[k + 1]?.t !== 'name') {
        [...out.slice(runStart), ...pending].forEach((j) => (j.role = '摄影'));
        flush();
        role = null;
        runStart = out.length;
        return;
      }
      flush();
      role = p.role;
    } else if (p.t === 'outlet') {
      if (parts[k + 1]?.t !== 'name') return;
      flush();
      role = '记者';
    } else if (p.t === 'name') {
      pending.push({ name: p.name, role: role ?? '' });
    } else if (p.t === 'verb') {
      if (p.photo) [...out.slice(runStart), ...pending].forEach((j) => (j.role = '摄影'));
      flush();
      role = null;
      runStart = out.length;
    } else {
      flush();
      role = null;
      runStart = out.length;
    }
  });
  flush();
  const journalists = out.filter((j) => j.role);
  return { journalists, whole: whole && journalists.length > 0 && journalists.length === out.length };
}

/** Names alone in a dateline's brackets, with no role printed (湖南日报11月23日讯（陶芳芳 鞠文霞）). */
export function bareNames(text: string): Journalist[] {
  const parts = joinSpacedNames(text).split(/[\s\u3000、，,]+/u).filter(Boolean);
  // With no role word to go by, four characters are a name only with a compound surname (欧阳铁强,
  // not 初冬时节 or 农场兄弟, a picture's title over the names).
  const fourOk = (p: string) => p.length < 4 || p.includes('·') || COMPOUND.has(p.slice(0, 2));
  if (parts.length === 0 || parts.length > 4 || !parts.every((p) => creditName(p) && fourOk(p))) return [];
  return parts.map((name) => ({ name, role: '' }));
}

/**
 * The credit closing a caption or a line of photo news (…前来观看。龙恩泽 摄 / （记者 张京明 摄） /
 * 湖南日报·新湖南客户端记者 谢璐 范远志 摄影报道): the longest run of whole space-separated pieces
 * after the last sentence break that reads as a credit.
 */
/** Where the credit closing a line may start after: a sentence break or a closing mark. */
const CREDIT_CUTS = codeSet('。！？”）)；》」');

export function trailingCredit(line: string): Journalist[] {
  let text = line.trim();
  // A note or a whole caption in brackets: its credit closes it (（本版照片除署名外均为湖南日报记者
  // 辜鹏博 摄）, （9月11日，…放水。 刘贵雄 陈祉凝 摄影报道）).
  const open = /[）)]$/u.test(text) ? Math.max(text.lastIndexOf('（'), text.lastIndexOf('(')) : -1;
  if (open >= 0) {
    const inner = text.slice(open + 1, -1);
    if (inner.length <= 40 && wholeCredit(inner)) return readCredit(inner).journalists;
    text = inner;
  }
  // …11000人。湖南日报·新湖南客户端记者 田超 唐俊 报道 / 《橘园采摘忙》 皇甫泽华 摄
  const cut = lastIndexOfAny(text, CREDIT_CUTS);
  text = joinSpacedNames(text.slice(cut + 1).trim());
  // 本版图片均由郭某 徐某 摄: the preposition glued to the first name is the note's, not the name's.
  text = text.replace(/^[^\s]*?由(?=[\u4e00-\u9fff]{2,3}[\s\u3000])/u, '');
  if (!text || text.replace(SUPPORTERS, '').length > creditLimit(text) || !CREDIT_HINT.test(text)) return [];
  const pieces = splitRoles(text).trim().split(/\s+/u);
  for (let k = 0; k < pieces.length; k++) {
    const rest = pieces.slice(k).join(' ');
    if (wholeCredit(rest)) return readCredit(rest).journalists;
  }
  return [];
}

/** Labels before a slash (文/, 图/, 设计/): a column's credits, which may run long. */
const LABEL_SLASHES = new RegExp(`(?:${LABEL_KEYS.join('|')})[/／]`, 'gu');

/**
 * The longest a credit may be: 48 characters, a cheap guard before its pieces are read; a column's
 * credits by three or more labels (文/… 图/… 设计/… 智库/… 统筹/…) may take 80.
 */
function creditLimit(text: string): number {
  return text.length > 48 && (text.match(LABEL_SLASHES)?.length ?? 0) >= 3 ? 80 : 48;
}

/** Some word every credit holds: a role, a verb or a label (a cheap look before reading the pieces). */
const CREDIT_HINT = new RegExp([...ROLES, ...VERBS, ...Object.keys(LABELS)].join('|'), 'u');

/** A line that is a credit and nothing else (a byline under a title or at the end of a piece). */
export function isCreditLine(line: string): boolean {
  const compact = line.replace(SUPPORTERS, '').replace(/\s+/g, '');
  if (compact.length > creditLimit(compact) || /[。！？；]/u.test(compact)) return false;
  return wholeCredit(line);
}

/**
 * A line made of credit parts only, names or none (文/视频 三湘都市报, 图/湖南日报全媒体, 通讯员 胡清):
 * a credit printed a part to a line, as reposting sites set a story's credits.
 */
export function isCreditPartsLine(line: string): boolean {
  const compact = line.replace(/\s+/g, '');
  if (compact.length === 0 || compact.length > 48 || /[。！？；，,]/u.test(compact)) return false;
  return (creditParts(line, true)?.parts.length ?? 0) > 0;
}

/** A reporters' byline line: a credit line that is not a photo's credit (…李健 摄 closes a caption). */
export function isBylineLine(line: string): boolean {
  return !/摄影?(?:[（(][^（）()]{1,16}[）)])?\s*$/u.test(line) && isCreditLine(line);
}
