/**
 * Deciding whether a few characters are a person's name: a surname, two to four Han characters,
 * not a known word, and a plausible word after it. jieba tags unknown names `x` and often splits
 * them (秦国文 → 秦国/文), so its cuts are only a hint.
 */
import { COMPOUND, KNOWN_WORDS, SURNAMES } from './lexicon';
import { Trie } from './trie';
import { breakAt, isHan, type TokenIndex } from './token-index';
import { codeSet } from '../clean/chars';

export interface NameSpan {
  start: number;
  end: number;
}

/** Words that commonly follow a name in news reporting (verbs of office, speech, lists). */
const FOLLOWERS = [
  '出席', '参加', '主持', '讲话', '致辞', '强调', '指出', '表示', '说', '介绍', '要求', '调研', '率队', '率', '带队',
  '一行', '同志', '在', '到', '赴', '来', '前往', '深入', '会见', '会同', '陪同', '等', '和', '与', '及', '以及', '为',
  '作', '宣布', '看望', '慰问', '检查', '考察', '走访', '听取', '对', '的', '也', '还', '先后', '分别', '一同', '共同',
  '同', '向', '代表', '就', '当选', '任', '出任', '召开', '从', '是', '将', '已', '曾', '则', '又', '都', '均', '亲自',
  '专程', '一起', '随后', '接受', '签署', '见证', '揭牌', '颁奖', '点评', '回答', '答', '笑道', '说道', '回忆', '告诉',
  '认为', '称', '提出', '希望', '通报', '报告', '汇报', '部署', '传达', '带领', '领衔', '牵头', '主讲', '授课', '批示', '寄语', '提醒',
  '坦言', '感慨', '透露', '直言', '谈到', '主动', '现场', '立即', '迅速', '第一时间', '带头', '率先', '始终', '一直',
  '组织', '会议', '座谈', '视频', '连线', '出发', '抵达', '来到', '走进', '登上', '察看', '详细', '仔细', '认真',
  '充分', '高度', '肯定', '感谢', '欢迎', '祝贺', '宣读', '作出', '发表', '解读', '作了', '进行', '开展', '关于',
  '所', '被', '把', '让', '给', '跟', '从事', '担任', '兼任', '获得', '荣获', '获', '团队', '夫妇', '家', '一家',
  '老人', '先生', '女士', '同学', '老师', '书记', '主任', '指挥', '部署', '督导', '督促', '强化', '带', '跟随',
  '联合', '又', '十分', '直接', '自豪', '笑', '却', '便', '才', '正', '早已', '如今', '当时', '今年', '去年',
  '表态', '宣讲', '分析', '点赞', '一行人', '同学们', '刚', '刚刚', '神采飞扬', '立马', '马上', '随即', '赶紧',
  '连忙', '当即', '笑着', '早早',
  // A handing over: 从省委书记X手中接过, 交到Y手里.
  '手中', '手里',
  // News puts the time between the name and the verb: 省长X昨天在长沙会见…, 书记Y日前到…调研.
  '日前', '近日', '近期', '此前', '今天', '昨天', '今日', '昨日', '当天', '当日', '上午', '下午', '晚上', '连日',
].sort((a, b) => b.length - a.length);

const ADVERBIAL_SPEECH = /^\p{Script=Han}{1,4}?地(?:说|表示|介绍|告诉|回忆|感慨|笑|发现|看到|指出|讲述|回答|谈到|问)/u;

const FOLLOWER_SET = new Set(FOLLOWERS);
/** followerAt runs for every candidate name: one trie walk rather than a startsWith per follower. */
const FOLLOWER_TRIE = new Trie(FOLLOWERS);

/** Forms of address, not names (王师傅, 李女士, 张老师). */
const HONORIFIC = /(?:师傅|先生|女士|老师|同志|阿姨|大爷|奶奶|爷爷|大姐|大哥|老板|师父|书记|主任)$/u;

/** Characters that end a given name only rarely but often follow one (王伟说 → 王伟). */
const FUNCTION_CHARS = new Set('说在等和与及为率到向对同是也还就将又均都则称的被把让给跟带率任获作以');

const CONJUNCTIONS = new Set('和与及同跟');

// Code-unit sets: surnameAt runs at nearly every position, and text[i] would allocate a string.
const COMPOUND_FIRST = codeSet([...COMPOUND].map((c) => c[0]!));
const COMPOUND_SECOND = codeSet([...COMPOUND].map((c) => c[1]!));
const SURNAME_CODES = codeSet(SURNAMES);

function count(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) n++;
  return n;
}

/** Surname length at `i`: 2 for 欧阳…, 1 for 王…, 0 when there is none. */
export function surnameAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (COMPOUND_FIRST.has(code) && COMPOUND_SECOND.has(text.charCodeAt(i + 1)) && COMPOUND.has(text.slice(i, i + 2))) return 2;
  return SURNAME_CODES.has(code) ? 1 : 0;
}

/** A follower word, a punctuation mark, the end of the text or a line starts at `i`. */
export function followerAt(text: string, i: number): boolean {
  if (i >= text.length || breakAt(text, i)) return true;
  if (FOLLOWER_TRIE.hasMatchAt(text, i)) return true;
  // An adverbial before a verb of speech or of finding: 高兴地说, 激动地表示, 惊喜地发现.
  return ADVERBIAL_SPEECH.test(text.slice(i, i + 8));
}

/** The last character of a word for a kind of person (商人, 使者, 工人, 学员, 专家, 医师). */
const PERSON_NOUN_END = /[人者员家商师生民工匠]$/u;

/** Nouns that often follow 向/和/与/对 and would otherwise pass for a given name. */
const COMMON_AFTER_FUNCTION = new Set([
  '记者', '大家', '群众', '企业', '社会', '全省', '全国', '全市', '基层', '学生', '市民', '村民', '游客', '我们', '他们',
  '代表', '会议', '全体', '广大', '各位', '同志', '专家', '干部', '党员', '人民', '国家', '政府', '部门', '单位',
  '学校', '家长', '老师', '孩子', '群体', '行业', '产业', '市场', '项目', '世界', '未来', '发展', '社区', '农民',
  // …and the audiences a report or a greeting is addressed to (向大会作报告, 向观众致意)
  '大会', '观众', '读者', '网友', '公众', '患者', '客人', '嘉宾',
]);

/** One-character verbs and particles that follow a name, which jieba may glue to its last character. */
const GLUED_AFTER_NAME = new Set('送说到来去把给让带在向对将被也都又就还是要会和与下');

/** Tags of a word that may start right after a name (a verb, a preposition, an adverb …). */
const AFTER_NAME_TAGS = /^(?:v|vn|vd|p|c|d|ad|i|l|u\w*)$/;

/** Characters that end the names of bodies and places, hardly ever a given name (宣传部, 调研组). */
// (…and the particle of an adverbial, 安静|地 坐, and the photo verb fused to a credit's name, 罗翀摄.)
const NOT_LAST = new Set('部厅局处办委院所站队组司校社馆台团县区省市乡镇村路街们者的度率性型式房最很更库链厂仓罐柜感地说墓摄');
const NOT_LAST_CODES = codeSet(NOT_LAST);
/** Modal verbs after an ordinary word (单位|要 做好, 任命|有): the words of a sentence, no given name. */
const MODAL_CHARS = new Set('要会应须能可有');
/** Adverbs that stand between a name and 说 (王伟在说, 李明也说). */
const ADVERB_BEFORE_SPEECH = new Set('在也还就又都则将均正再却便才只');
/** Characters of NOT_LAST that a given name may end with all the same. */
const GIVEN_TOO = new Set('团');
const isOwnNewWord = (idx: TokenIndex, start: number, end: number) => {
  const t = idx.at(start);
  return t !== undefined && t.start === start && t.end === end && t.tag === 'x';
};
/** First characters of a title word fused into a name (王省长, 李市长). */
const FUSED_TITLE_CODES = codeSet('省市县区委厅局部办');
/** Particles never inside a name (来了住, 看着办): the span crosses into a sentence. */
const PARTICLE_INSIDE = /[了着的吗呢吧啊]/u;
/** A verb of speech inside the span (边说边叹气): words of the sentence, not a given name. */
const SPEECH_INSIDE = /^.+说./u;

const NAMEY_TAGS = new Set(['x', 'nr', 'nrfg', 'nrt', 'eng']);
const FUNCTION_TAGS = /^(?:c|p|u\w*|d|r|m|q|f|t|y|e|o)$/;

/**
 * Surname first, Han only, not a dictionary word, and not exactly one ordinary jieba word (强调,
 * 干部). `strict` also rejects a name whose first character jieba cut off as a function word (和学生).
 */
export function plausibleName(
  idx: TokenIndex,
  start: number,
  end: number,
  exclude: ReadonlySet<string>,
  /** The word after the name is known to be cut wrongly by jieba (李华|为 read as 华为). */
  endMayCrossWord = false,
  /** A title stands right before: jieba's place tag on the whole name is then a mistake (总统 普京/ns). */
  afterTitle = false,
): boolean {
  const text = idx.text;
  // (The checks on code units first: most spans asked about fail them, and need no string.)
  const sl = surnameAt(text, start);
  const length = Math.min(end, text.length) - start;
  if (!sl || length < 2 || length > sl + 2) return false;
  // 王局, 张说: a body's or a verb's character ends no name, unless jieba itself proposed the name
  // right after a title and the character may end a given name (队长 田团/x 说).
  if (NOT_LAST_CODES.has(text.charCodeAt(end - 1)) && !(afterTitle && GIVEN_TOO.has(text[end - 1]!) && isOwnNewWord(idx, start, end))) return false;
  const name = text.slice(start, end);
  if (!isHan(name) || KNOWN_WORDS.has(name) || exclude.has(name)) return false;
  // An adverbial before its verb (安静/nr 地 坐在): a name is never followed by 地 and a verb.
  if (text[end] === '地' && /^v/.test(idx.at(end + 1)?.tag ?? '')) return false;
  const t = idx.at(start);
  if (t && t.start === start && t.end === end && !NAMEY_TAGS.has(t.tag) && !(afterTitle && t.tag === 'ns')) return false;
  // A function word of two characters at the start (关于, 对于, 因为) is never a surname and given name.
  if (t && t.start === start && t.end - t.start >= 2 && /^(?:c|p|u\w*|d|r|m|q|t|f)$/.test(t.tag)) return false;
  // 和/c + 学生/n, 向/p + 记者/n: the "surname" is a function word before an ordinary word
  // (but 向/p + 文波/n is 向文波, so only words that commonly follow a preposition count).
  if (t && t.start === start && t.end === start + 1 && /^(?:c|p|u\w*|d|r)$/.test(t.tag)) {
    const next = idx.at(start + 1);
    if (next && next.end === end && (COMMON_AFTER_FUNCTION.has(next.word) || KNOWN_WORDS.has(next.word) || /^(?:v\w*|a\w*|d|r|m|q|t|f)$/.test(next.tag))) return false;
    // …nor before another function word (尊重 和|对 代表建议): two of them are words of the sentence.
    if (next && next.start === start + 1 && next.end === end && end === start + 2 && /^(?:c|p|u\w*|d|r)$/.test(next.tag)) return false;
    // …nor before a word for a kind of person (和|商人, 与|使者, 向|工人).
    if (next && next.end === end && next.tag === 'n' && PERSON_NOUN_END.test(next.word)) return false;
    // An adverb before a verb that runs past the span (村民 都/d 领到/v), or before a preposition
    // (农户 都/d 在/p): words of the sentence.
    if (t.tag === 'd' && next && next.start === start + 1 && ((next.end > end && /^v/.test(next.tag)) || /^(?:p|c|d|u\w*)$/.test(next.tag))) return false;
  }
  // The name must not start or end inside an ordinary word (党员|干部, 荣获|二等奖).
  if (t && t.start < start && !NAMEY_TAGS.has(t.tag)) return false;
  const last = idx.at(end - 1);
  // A verb of motion and the province or city it goes to (来|湘, 赴|京) is no surname and given name.
  if (t && t.start === start && t.end === start + 1 && t.tag === 'v' && last && last.start === start + 1 && last.end === end && /^(?:ns|j)$/.test(last.tag)) return false;
  // …nor a verb of motion and the verb it leads (游客 来|观看, 去|参观): a clause (谢|开明 is a name).
  if (t && t.start === start && t.end === start + 1 && t.tag === 'v' && /^[来去到]$/u.test(t.word) && last && last.start === start + 1 && last.end === end && end - start === 3 && last.tag === 'v') return false;
  // …nor end in a pronoun of its own (包括|我 在内).
  if (last && last.start === end - 1 && last.end === end && last.tag === 'r' && /[我你他她它]/u.test(last.word)) return false;
  if (!endMayCrossWord && last && last.end > end && last.end - last.start >= 2 && !NAMEY_TAGS.has(last.tag)) {
    // …unless what is left of that word is itself a word that follows names (张|明说 → 张明 说).
    const rest = text.slice(end, last.end);
    if (!(FUNCTION_CHARS.has(rest) || FOLLOWER_SET.has(rest))) return false;
  }
  // An ordinary word and one character more, which is a function word or opens the next word
  // (全体|参与, 干部|在): the "name" is the words of the sentence.
  if (t && t.start === start && t.end - t.start === 2 && end - start === 3 && !NAMEY_TAGS.has(t.tag) && /^(?:n|a|v|vn|d|r|b)$/.test(t.tag)) {
    const tail = idx.at(end - 1);
    if (FUNCTION_CHARS.has(text[end - 1]!) || MODAL_CHARS.has(text[end - 1]!) || (tail && tail.start === end - 1 && tail.end > end && /^(?:v|vn|n|a)$/.test(tail.tag))) return false;
    // …or is a word of its own that no given name ends with (公司|早, 毕业|后, 董事|兼).
    // (After a title, jieba's verb or adjective on the last character is often a given name's: 副局长 高大|立.)
    // (…nor a measure word, which after a verb is the particle of speech: 解释|道.)
    if (tail && tail.start === end - 1 && tail.end === end && (afterTitle ? /^(?:ad|f|d|p|c|u\w*|t)$/ : /^(?:a|ad|f|v|vg|d|p|c|u\w*|t|q)$/).test(tail.tag)) return false;
  }
  // A verb of one character before an adverb (应/v 按时/d) is a modal and its adverb, no name.
  if (t && t.start === start && t.end === start + 1 && /^v/.test(t.tag) && idx.at(start + 1)?.end === end && idx.at(start + 1)?.tag === 'd') return false;
  // A conjunction jieba reads on its own (和/c 老同志) is no surname.
  if (t && t.start === start && t.end === start + 1 && t.tag === 'c' && idx.at(start + 1)?.end !== end) return false;
  if (HONORIFIC.test(name)) return false;
  // A demonstrative and its measure word (但|这位 局长, 而那名 …) are never inside a name.
  if (/[这那该此][位名个]/u.test(name)) return false;
  // A doubled character (殷殷, 常常) is a word, never a surname and a given name.
  if (name.length === 2 && name[0] === name[1]) return false;
  // A word and 化 in a list of such (高端化、智能化、绿色化): aims, not names, however jieba tags them.
  if (name.length === 3 && name[2] === '化' && (text[end] === '、' || text[start - 1] === '、')) return false;
  if (PARTICLE_INSIDE.test(name.slice(1)) || SPEECH_INSIDE.test(name)) return false;
  // A long ordinary word that starts at the name and runs past it (宣传部门 …) means no name here.
  if (t && t.start === start && t.end > end && t.end - t.start >= 3 && !NAMEY_TAGS.has(t.tag)) return false;
  for (let o = start + 1; o < end; o++) if (FUSED_TITLE_CODES.has(text.charCodeAt(o))) {
    // 王省长, 李市长 style: a title word fused into the span.
    if (KNOWN_WORDS.has(text.slice(o, Math.min(end, o + 2)))) return false;
  }
  return true;
}

/**
 * The name starting at `start` (after a title or a list mark): 2 to 4 characters, followed by a
 * follower word or punctuation. Prefers the length jieba's cut agrees with.
 */
export function nameAt(idx: TokenIndex, start: number, exclude: ReadonlySet<string>, afterTitle = false): NameSpan | null {
  const text = idx.text;
  const sl = surnameAt(text, start);
  if (!sl) return null;
  const options: number[] = [];
  const weak: number[] = [];
  for (let len = sl + 2; len >= sl + 1; len--) {
    const end = start + len;
    if (end > text.length) continue;
    if (!plausibleName(idx, start, end, exclude, false, afterTitle)) continue;
    const after = idx.at(end);
    // (…or a one-character verb jieba glued to the name's last character as a new word: 熊璋|辉送 吴某.)
    const gluedVerb = after !== undefined && after.start === end - 1 && after.end === end + 1 && after.tag === 'x' && GLUED_AFTER_NAME.has(text[end]!);
    // (…or the 以 of a result jieba read into the name as one new word: 林盈以/x 38分51秒.)
    const gluedBy = after !== undefined && after.start === start && after.end === end + 1 && after.tag === 'x' && text[end] === '以' && /\d/u.test(text[end + 1] ?? '');
    const verbAfter = (after !== undefined && after.start === end && AFTER_NAME_TAGS.test(after.tag)) || gluedVerb || gluedBy;
    // jieba's new-word finder proposed exactly this name (陈博彬/x 调度/n): any word may follow.
    const own = idx.at(start);
    const newWord = own !== undefined && own.tag === 'x' && own.start === start && own.end === end && idx.isStart(end);
    if (followerAt(text, end) || verbAfter) options.push(len);
    else if (newWord) weak.push(len);
  }
  // After a title, jieba may strand a name's last character as a word of its own (杜家/n 毫/m
  // 专题/n, 何录/x 春/tg 多次): a surname, one character more and that lone character, ending where
  // a word starts. (It wins over a new word of two that it follows: 何录 is no name.)
  if (options.length === 0 && afterTitle && sl === 1 && (weak.length === 0 || weak[0] === 2)) {
    const lone = idx.at(start + 2);
    if (lone && lone.start === start + 2 && lone.end === start + 3 && !FUNCTION_CHARS.has(lone.word) && idx.isStart(start + 3) && isHan(lone.word) && plausibleName(idx, start, start + 3, exclude, false, true)) {
      options.push(3);
    }
  }
  // A jieba new word counts only when no length is followed by a known word (张迎/x 龙到/x: 张迎龙 到).
  if (options.length === 0) options.push(...weak);
  if (options.length === 0) return null;
  if (options.length > 1) {
    const [long, short] = options as [number, number];
    // 王伟说 / 王伟在: the extra character is a function word that can follow a name.
    // …but a conjunction right before a verb joins nothing (政委夏志和出席会议: 夏志和 is the name).
    const joinsNothing = CONJUNCTIONS.has(text[start + long - 1]!) && /^(?:v|vn|vd|l)$/.test(idx.at(start + long)?.tag ?? '');
    // …unless the long form is itself followed by the verb of speech (邓有为 高兴地说: 为 is the name's).
    const speaks = /^\p{Script=Han}{1,4}?地(?:说|表示|介绍|告诉)/u.test(text.slice(start + long, start + long + 8));
    // …or by 说 itself, after a character that is no adverb of speaking (杨理带说: 带说 is no phrase; 王伟在说 is).
    const saysAfter = text[start + long] === '说' && !ADVERB_BEFORE_SPEECH.has(text[start + long - 1]!) && !/[\p{Script=Han}]/u.test(text[start + long + 1] ?? '');
    if (FUNCTION_CHARS.has(text[start + long - 1]!) && !joinsNothing && !speaks && !saysAfter) return { start, end: start + short };
    // jieba glued the name's last character to 说 after it (谢德|明说): the long form.
    const glued = idx.at(start + short);
    if (glued && glued.start === start + short && glued.end === start + long + 1 && text[start + long] === '说') return { start, end: start + long };
    // A cut after the short form, but inside the long one, favours the short form.
    if (idx.isEnd(start + short) && !idx.isEnd(start + long)) return { start, end: start + short };
    // The short form stands elsewhere in the text more often than the long one (刘明 … 刘明作总结).
    const shortName = text.slice(start, start + short);
    if (count(text, shortName) > count(text, text.slice(start, start + long))) return { start, end: start + short };
  }
  return { start, end: start + options[0]! };
}

/** The name ending at `end` (before a title: 习近平总书记; before a speech verb: 杨西炜说). */
export function nameBefore(idx: TokenIndex, end: number, exclude: ReadonlySet<string>): NameSpan | null {
  const text = idx.text;
  const found: NameSpan[] = [];
  for (let len = 4; len >= 2; len--) {
    const start = end - len;
    if (start < 0) continue;
    if (len === 4 && surnameAt(text, start) !== 2) continue;
    if (!idx.isStart(start)) continue;
    if (plausibleName(idx, start, end, exclude)) found.push({ start, end });
  }
  if (found.length === 0) return null;
  // The candidate that starts right after punctuation or a function word is the whole name.
  const clean = found.find((n) => breakAt(text, n.start - 1) || FUNCTION_TAGS.test(idx.before(n.start)?.tag ?? 'x') || /^v/.test(idx.before(n.start)?.tag ?? ''));
  return clean ?? (found.length === 1 ? found[0]! : null);
}
