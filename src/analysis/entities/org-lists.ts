/**
 * A 、-list names things of one kind. A list closed by 等 and a kind of body (…、中联工起、铁建重工和
 * 五新隧装等龙头企业; 淘宝、京东、拼多多等电商; 南航、厦航、成都航空等航空公司), or one whose items are
 * mostly bodies found already, names bodies in every item: brands and short names of companies that
 * no suffix marks (京东, 中联工起), and airlines, banks and schools by their short names.
 */
import type { Found } from './orgs';
import { holdsDeng, listClauses } from './list-clauses';
import { PLACE_TRIE } from './lexicon';
import { breakAt, type TokenIndex } from './token-index';

/**
 * 等 [N家] [大型, 龙头 …] kind of body: what closes a list of bodies (not 企业家, a kind of person);
 * …and 以A、B等为代表的 + a trade (网络资讯服务, 电子商务, 数字教育出版): the firms that stand for it;
 * companies may be described at length first (等12家新能源汽车整车生产企业), not industries (…等动力产业规模企业).
 */
const BODY_CLOSER = /^等为代表的[^\s，。、；]{0,10}?(?:产业|行业|企业|品牌|平台|服务|商务|出版|休闲|媒体|业态)|^等(?:\d+|[一二两三四五六七八九十多]+)?[家个所]?(?:大型|重点|龙头|骨干|知名|主要|国内|国际)?(?:(?:(?!产业|行业|领域)[^\s，。、；的]){0,12}?(?:企业(?![家主员])|车企|药企|房企)|公司|集团|电商(?:平台|企业)?|航空公司|银行|高校|院校|科研院所|机构|单位|媒体(?!人))/u;
/** Words no body's name holds: prepositions, conjunctions, pronouns, particles, adverbs. */
const NOT_IN_NAME = /^(?:p|c|r|u\w*|d|ad|vd)$/;
/** 是|松下: a copula before the first item is the clause's. */
const COPULA = /^[是为有]$/u;
/** What joins the last two items (铁建重工和五新隧装). */
const JOINER = /^[和与及]$/u;

export function orgLists(idx: TokenIndex, found: readonly Found[], out: Found[]): void {
  const text = idx.text;
  if (!text.includes('、')) return;
  const ends = new Map<number, number>(); // end → start of each body found
  for (const f of found) ends.set(f.end, f.start);
  for (const { from, to } of listClauses(text)) {
    // Only a clause closing with 等 or holding a body found already can be a list of bodies.
    if (!holdsDeng(text, from, to) && !found.some((f) => f.start >= from && f.end <= to)) continue;
    const items = listItems(idx, from, to, ends);
    if (items.length < 2) continue;
    const last = items[items.length - 1]!;
    const closed = BODY_CLOSER.test(text.slice(last.end, last.end + 24));
    const known = items.filter((it) => ends.get(it.end) === it.start).length;
    if (!closed && (known === 0 || known * 3 < items.length * 2)) continue;
    for (const it of items) {
      if (found.some((f) => f.start < it.end && it.start < f.end) || !plainName(idx, it)) continue;
      out.push(it);
    }
  }
}

/** The items of the list in [from, to): the parts between 、 marks, the last split at 和/与/及 and cut at 等. */
function listItems(idx: TokenIndex, from: number, to: number, ends: ReadonlyMap<number, number>): Found[] {
  const text = idx.text;
  const parts = text.slice(from, to).split('、');
  const items: Found[] = [];
  let at = from;
  parts.forEach((part, k) => {
    let start = at;
    let end = at + part.length;
    at = end + 1;
    if (k === 0) {
      // The first part carries the words before the list (来自南航): a body found there, else the name's words before the mark.
      const known = ends.get(end);
      start = known !== undefined && known >= start ? known : nameStartBefore(idx, start, end);
      // 评选|出 东信烟花, 是|松下: a one-character verb before a proper name, or a copula, is the clause's.
      const first = idx.at(start);
      const next = first && idx.at(first.end);
      if (first && first.word.length === 1 && first.tag === 'v' && next && (/^(?:nz|nt|ns|nr|j)$/.test(next.tag) || COPULA.test(first.word))) start = first.end;
      // A preposition jieba glued to the name (由区/x 产业发展局) is no part of it.
      else if (first && first.start === start && first.tag === 'x' && /^[对在向从由将把据经以]/u.test(first.word)) start++;
      // 株洲 制造 名城展示中心: a name that a verb cut after a place is cut short.
      if (cutByVerb(idx, start)) return;
    }
    if (k === parts.length - 1) {
      end = nameEndAfter(idx, start, end);
      // 益阳市全民 健身 服务中心: a name that a verb cut before a noun is cut short.
      const after = idx.at(end);
      if (after && after.start === end && after.tag.startsWith('v') && after.word.length >= 2 && /^n/.test(idx.at(after.end)?.tag ?? '')) return;
      // 铁建重工 和 五新隧装: two items joined.
      const join = idx.at(end);
      if (join && join.start === end && JOINER.test(join.word)) {
        items.push({ text: text.slice(start, end), start, end });
        start = join.end;
        end = nameEndAfter(idx, start, to);
      }
    }
    if (end - start >= 2) items.push({ text: text.slice(start, end), start, end });
  });
  return items;
}

/** Whether the word before `start` is a verb that itself follows a place or noun with no break (株洲 制造 |名城…). */
function cutByVerb(idx: TokenIndex, start: number): boolean {
  const verb = idx.before(start);
  if (!verb || !verb.tag.startsWith('v') || verb.word.length < 2) return false;
  const before = idx.before(verb.start);
  return before !== undefined && /^(?:ns|n|nz|nt|j)$/.test(before.tag);
}

/** Back from `end` over the words a name is made of, to `from` at most. */
function nameStartBefore(idx: TokenIndex, from: number, end: number): number {
  let at = end;
  for (let t = idx.before(at); t && t.start >= from && !NOT_IN_NAME.test(t.tag) && !(t.tag.startsWith('v') && (t.word.length >= 2 || COPULA.test(t.word))) && !breakAt(idx.text, t.start) && end - t.start <= 8; t = idx.before(at)) at = t.start;
  return at;
}

/** On from `start` over the words a name is made of, to `to` at most; stops at 等 and 和. */
function nameEndAfter(idx: TokenIndex, start: number, to: number): number {
  let at = start;
  while (at < to) {
    const t = idx.at(at);
    if (!t || t.start !== at || t.end > to || breakAt(idx.text, at) || t.end - start > 8) break;
    // (…江声实验学校 三个 考点: a count after the last item is the list's size.)
    if (t.word === '等' || JOINER.test(t.word) || NOT_IN_NAME.test(t.tag) || /^(?:m|q|mq)$/.test(t.tag) || (t.tag.startsWith('v') && t.word.length >= 2)) break;
    at = t.end;
  }
  return at;
}

/** Two to eight characters, no function word or verb of two characters inside, and no place the lexicon knows. */
function plainName(idx: TokenIndex, it: Found): boolean {
  if (it.end - it.start < 2 || it.end - it.start > 8 || PLACE_TRIE.matchesAt(idx.text, it.start).includes(it.end - it.start)) return false;
  // A common noun of two characters is a kind of body (部门、机关、高校等单位), not one body's name.
  const whole = idx.at(it.start);
  if (whole && whole.start === it.start && whole.end === it.end && it.end - it.start === 2 && /^(?:n|vn|s)$/.test(whole.tag)) return false;
  for (let o = it.start; o < it.end; ) {
    const t = idx.at(o);
    if (!t) return false;
    if (t.start >= it.start && t.end <= it.end && (NOT_IN_NAME.test(t.tag) || (t.tag.startsWith('v') && t.word.length >= 2) || /^(?:m|q)$/.test(t.tag) && /\d/u.test(t.word))) return false;
    if (breakAt(idx.text, o)) return false;
    o = t.end;
  }
  return true;
}
