/**
 * Elections, appointments and removals: the forms where the title follows the names.
 *
 *   选举  沈晓明 为 省人大常委会主任，王一鸥、李微微（女）为 副主任      trigger · names · link · titles
 *   决定任命 张三 为 省科学技术厅厅长；提名 李四 为 …
 *   免去 李志坚 的 省财政厅厅长、党组书记 职务                          removal · names · 的 · titles · 职务
 *   毛伟明 同志 任 省委委员、常委、副书记；王五 当选为 …              names · link · titles
 *   担任 大会执行主席 的还有：刘一、陈二                                担任 · titles · 的有 · names
 *   李某、王某 等12人 任 副团长；团长 由 郭某 担任                         names · size · link · titles; title · 由 · name · 担任
 *
 * Each part is a small table below; a name list is names joined by 、/和/及, each name may carry a
 * note in brackets (（女）, （土家族）). Titles run to the clause's end and each ends in a role.
 */
import type { Title } from './titles';
import { titleEndingAt } from './titles';
import { nameAt, nameBefore, type NameSpan } from './names';
import { breakAt, type TokenIndex } from './token-index';

export interface Appointed extends NameSpan {
  name: string;
  titles: Title[];
}

/** Words that open a list of people given a post (longest first where one holds another). */
const TRIGGERS = [
  '决定任命', '任命', '选举', '补选', '增补', '推选', '推举', '提名', '聘任', '聘请', '批准', '同意', '拟任', '推荐', '决定',
];
/** Words between the names and their post. */
const LINKS = ['当选为', '担任', '出任', '兼任', '当选', '为', '任'];
/** Words that open a list of people removed from a post: 免去 … 的 … 职务. */
const REMOVALS = ['免去', '撤销', '罢免', '辞去'];
/** What may close a post after its role and is not part of it. */
const POST_TAIL = /^(?:职务|职|的职务)/u;
/** A note printed in brackets after a listed name: （女）, （土家族）, （女，苗族）, （特邀）. */
const NAME_NOTE = /^[（(][\p{Script=Han}，,、]{1,8}[）)]/u;
/** Joiners inside a name list. */
const LIST_JOINERS = ['、', '和', '及'];

const MAX_POST = 30;

const startsWithAny = (text: string, at: number, words: readonly string[]) => words.find((w) => text.startsWith(w, at));

/** Names from `at`: A、B（女）和C … Returns the names and where the list ends. */
function nameList(idx: TokenIndex, at: number, exclude: ReadonlySet<string>): { names: NameSpan[]; end: number } {
  const text = idx.text;
  const names: NameSpan[] = [];
  let end = at;
  for (;;) {
    const n = nameAt(idx, end, exclude, true);
    if (!n) break;
    names.push(n);
    end = n.end;
    const note = NAME_NOTE.exec(text.slice(end, end + 12));
    if (note) end += note[0].length;
    if (text.startsWith('同志', end)) end += 2;
    const joiner = startsWithAny(text, end, LIST_JOINERS);
    if (!joiner || !nameAt(idx, end + joiner.length, exclude, true)) break;
    end += joiner.length;
  }
  return { names, end };
}

/** The posts from `at` to the clause's end, joined by 、: 省人大常委会副主任、党组副书记. */
function posts(idx: TokenIndex, at: number): { titles: Title[]; end: number } {
  const text = idx.text;
  const titles: Title[] = [];
  let from = at;
  for (;;) {
    let end = from;
    while (end < text.length && !breakAt(text, end) && end - from <= MAX_POST) {
      if (POST_TAIL.test(text.slice(end, end + 4)) && titleEndingAt(idx, end)) break;
      end++;
    }
    const t = end > from ? titleEndingAt(idx, end) : null;
    if (!t || end - from > MAX_POST) break;
    titles.push({ ...t, start: from, text: text.slice(from, end) });
    from = end;
    const tail = POST_TAIL.exec(text.slice(from, from + 4));
    if (tail) from += tail[0].length;
    if (text[from] !== '、') break;
    from++;
  }
  return { titles, end: from };
}

function give(names: readonly NameSpan[], titles: Title[], text: string, out: Appointed[]): void {
  for (const n of names) out.push({ ...n, name: text.slice(n.start, n.end), titles });
}

/** trigger · names · link · posts, and further 「，names 为 posts」 clauses under the same trigger. */
function appointments(idx: TokenIndex, exclude: ReadonlySet<string>, out: Appointed[]): void {
  const text = idx.text;
  for (const trigger of TRIGGERS) {
    for (let i = text.indexOf(trigger); i >= 0; i = text.indexOf(trigger, i + 1)) {
      let at = i + trigger.length;
      // 增补了 A、B 为…: an aspect particle between the verb and the names.
      if (text[at] === '了') at++;
      for (;;) {
        const list = nameList(idx, at, exclude);
        if (!list.names.length) break;
        const link = startsWithAny(text, list.end, LINKS);
        if (!link) break;
        const p = posts(idx, list.end + link.length);
        if (!p.titles.length) break;
        give(list.names, p.titles, text, out);
        // 选举A为主任，B、C为副主任: the trigger covers the next clause when it has the same shape.
        if (text[p.end] !== '，' && text[p.end] !== '；') break;
        at = p.end + 1;
      }
    }
  }
}

/** removal · names · 的 · posts · 职务. */
function removals(idx: TokenIndex, exclude: ReadonlySet<string>, out: Appointed[]): void {
  const text = idx.text;
  for (const removal of REMOVALS) {
    for (let i = text.indexOf(removal); i >= 0; i = text.indexOf(removal, i + 1)) {
      const list = nameList(idx, i + removal.length, exclude);
      if (!list.names.length || text[list.end] !== '的') continue;
      const p = posts(idx, list.end + 1);
      if (p.titles.length) give(list.names, p.titles, text, out);
    }
  }
}

/** Joiners a name list is read back over, from the verb after it. */
const JOINED_BEFORE = /[、和及]$/u;

/** The names of a list that ends at `end`, read back over its joiners (A、B和C). */
function namesBefore(idx: TokenIndex, end: number, exclude: ReadonlySet<string>): NameSpan[] {
  const text = idx.text;
  const names: NameSpan[] = [];
  for (let at = end; ; ) {
    const name = nameBefore(idx, at, exclude);
    if (!name) break;
    names.unshift(name);
    if (!JOINED_BEFORE.test(text.slice(Math.max(0, name.start - 1), name.start))) break;
    at = name.start - 1;
  }
  return names;
}

/**
 * names · 辞去 · posts · 职务: 会议接受了胡某、李某辞去市人大代表职务. The people who resign are the names
 * before the verb (辞去 after a trigger's 免去-like slot is read by removals above).
 */
function resignations(idx: TokenIndex, exclude: ReadonlySet<string>, out: Appointed[]): void {
  const text = idx.text;
  for (let i = text.indexOf('辞去'); i >= 0; i = text.indexOf('辞去', i + 1)) {
    const names = namesBefore(idx, i, exclude);
    if (!names.length) continue;
    const p = posts(idx, i + 2);
    // (Only a post closed by 职务: 辞去了朝九晚五的银行工作 is no office.)
    if (p.titles.length && /职务/u.test(text.slice(p.end - 3, p.end))) give(names, p.titles, text, out);
  }
}

/** The size of a list before its post: 李某、王某等12人 任副团长. */
const LIST_SIZE = /等(?:\d+|[一二三四五六七八九十两]+)?(?:人|名|位)?$/u;


/**
 * names · link · posts at a clause start: 毛伟明同志任湖南省委委员、常委、副书记; a list with its
 * size (李某、王某等12人任副团长).
 */
function takesOffice(idx: TokenIndex, exclude: ReadonlySet<string>, out: Appointed[]): void {
  const text = idx.text;
  for (const m of text.matchAll(/(?:同志)?(?:当选为|当选|出任|担任|兼任|任)(?=\p{Script=Han})/gu)) {
    const size = LIST_SIZE.exec(text.slice(Math.max(0, m.index - 6), m.index));
    // The list must open its clause: names after a title (常务主席A、B、C担任执行主席) hold that title.
    // Without its size, only the name nearest the verb takes the post.
    const list = namesBefore(idx, m.index - (size?.[0].length ?? 0), exclude);
    if (!list.length || !breakAt(text, list[0]!.start - 1)) continue;
    const names = size ? list : list.slice(-1);
    const p = posts(idx, m.index + m[0].length);
    if (p.titles.length) give(names, p.titles, text, out);
  }
}

/** post · 由 · name · 担任: 代表团团长由郭某担任. */
function postFilledBy(idx: TokenIndex, exclude: ReadonlySet<string>, out: Appointed[]): void {
  const text = idx.text;
  for (let i = text.indexOf('由'); i >= 0; i = text.indexOf('由', i + 1)) {
    const t = titleEndingAt(idx, i);
    if (!t) continue;
    const name = nameAt(idx, i + 1, exclude, true);
    if (!name || !/^(?:担任|出任|兼任)/u.test(text.slice(name.end, name.end + 2))) continue;
    give([name], [t], text, out);
  }
}

/** 担任X的还有 · a note · ：: the label before a list of the people who hold post X. */
const HOLDERS_LABEL = /^的(?:还|分别)?(?:有|是|为)(?:[（(][^）)\n]{1,12}[）)])?[：:]?/u;

/** 担任 · posts · 的(还)有 · names: 担任大会执行主席的还有（按姓氏笔画排序）：A、B、C. */
function postHolders(idx: TokenIndex, exclude: ReadonlySet<string>, out: Appointed[]): void {
  const text = idx.text;
  for (let i = text.indexOf('担任'); i >= 0; i = text.indexOf('担任', i + 1)) {
    const from = i + 2;
    const de = text.indexOf('的', from);
    if (de <= from || de - from > MAX_POST) continue;
    let open = true; // no break inside the post
    for (let k = from; k < de && open; k++) open = !breakAt(text, k);
    if (!open) continue;
    const t = titleEndingAt(idx, de);
    const label = t && HOLDERS_LABEL.exec(text.slice(de, de + 20));
    if (!t || !label) continue;
    const list = nameList(idx, de + label[0].length, exclude);
    if (list.names.length) give(list.names, [{ ...t, start: from, text: text.slice(from, de) }], text, out);
  }
}

/** Every person given or relieved of a post in the text, with the posts as printed. */
export function findAppointments(idx: TokenIndex, exclude: ReadonlySet<string>): Appointed[] {
  const out: Appointed[] = [];
  appointments(idx, exclude, out);
  removals(idx, exclude, out);
  resignations(idx, exclude, out);
  takesOffice(idx, exclude, out);
  postHolders(idx, exclude, out);
  postFilledBy(idx, exclude, out);
  return out;
}
