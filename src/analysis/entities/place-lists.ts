/**
 * A 、-list names things of one kind. When most of its items are places the text names already
 * (慈利、新邵、保靖等74个县; 长沙高新区、经开区), the rest are places too: short county names the
 * lexicon holds back because they are also words (保靖, 石门), zones and polders it lacks (经开区,
 * 育乐). A list closed by 等 and a kind of area (等5个重点垸, 等74个县), or by their count (新寨坪、楠木冲、
 * 小能溪3个村), says so outright.
 */
import type { Found } from './orgs';
import { holdsDeng, listClauses } from './list-clauses';
import { lowerBound } from '../sorted';
import { breakAt, isHan, type TokenIndex } from './token-index';

/**
 * 等 [N个] [重点, 贫困, 高海拔 …] kind: what closes a list of areas (等4个贫困村, 等高海拔地区), of roads (等5条高速), of
 * countries and cities (等国家, 等航点) or of places at large (长沙、株洲等地); not the people or
 * bodies of an area (等村民理事会, 等市委), nor what a city runs (等市政设施, 等市场主体).
 */
const AREA_CLOSER = /^(?:等(?:\d+|[一二两三四五六七八九十]+)?|\d+|[一二两三四五六七八九十]+)个?(?:重点|主要|贫困|深度贫困|偏远|边远|高海拔|沿线|周边|少数民族)?(?:条(?:高速公路|高速|铁路|公路|国道|省道)|县(?:（市、?区）|\(市、?区\)|市区)?|县市区|市州|市|区|乡镇|镇|乡|村|垸|堤垸|湖泊|地区|山区|园区|片区|国家|城市|省份|省市|航点|地(?![位方点址步]))(?![民委级干政场长])/u;
/** A count of areas closing a list with no 等 (…小能溪3个村). */
const COUNTED_AREAS = /[\d一二两三四五六七八九十]个?(?:村|县|乡镇|镇|乡|市|区|垸)/u;
const SITE_END = /[园区馆城港站场湖山洞谷]$|中心$/u;
/** Tags of a word that is never part of a place's name in a list item. */
const NOT_IN_NAME = /^(?:v|vd|d|p|c|r|m|q|u\w*|ad|a|t)$/;

export function placeLists(idx: TokenIndex, found: readonly Found[], out: Found[]): void {
  const text = idx.text;
  if (!text.includes('、')) return;
  const starts = new Map<number, number>(); // start → end of each place found
  for (const f of found) starts.set(f.start, Math.max(f.end, starts.get(f.start) ?? 0));
  const sortedStarts = [...starts.keys()].sort((a, b) => a - b);
  for (const { from, to } of listClauses(text)) {
    // Only a clause naming a place already, or closing a list with 等 or a count of areas, can be a list of areas.
    if (!anyIn(sortedStarts, from, to) && !holdsDeng(text, from, to) && !COUNTED_AREAS.test(text.slice(from, to))) continue;
    const items = listItems(idx, from, to, starts);
    if (items.length < 2) continue;
    const known = items.filter((it) => starts.get(it.start) === it.end).length;
    const last = items[items.length - 1]!;
    const closed = AREA_CLOSER.test(text.slice(last.end, last.end + 12));
    if (!closed && known * 3 < items.length * 2) continue; // two thirds known, or a closer
    if (known === 0 && !closed) continue;
    for (const it of items) {
      // An item holding a place found already is that place and more (株洲三地, 北美南美): not one name.
      if (found.some((f) => f.start < it.end && it.start < f.end) || !plainItem(idx, it)) continue;
      out.push(it);
    }
  }
}

/** Whether a sorted list holds a value in [from, to). */
function anyIn(sorted: readonly number[], from: number, to: number): boolean {
  const at = lowerBound(sorted, from);
  return at < sorted.length && sorted[at]! < to;
}

/** The items of the 、-list in the clause [from, to): every part between two 、, the first and last cut to their names. */
function listItems(idx: TokenIndex, from: number, to: number, starts: ReadonlyMap<number, number>): Found[] {
  const text = idx.text;
  const parts = text.slice(from, to).split('、');
  const items: Found[] = [];
  let at = from;
  parts.forEach((part, k) => {
    let len = part.length;
    if (k === parts.length - 1) {
      // The last item runs on into the clause (保靖等…, 经开区作为…): its words up to the first that is no name's.
      // (…烂泥湖等: jieba may glue 等 to the name, 湖等/x.)
      const mark = /^[\u4e00-\u9fff]{2,6}?(?=等)/u.exec(part);
      len = mark ? mark[0].length : nameWordsFrom(idx, at, at + len) - at;
      // …and then the list ends: at 等, a count of areas, 和, a break or a verb (动力谷 自主创新园 is one name cut short).
      const next = idx.at(at + len);
      const counted = AREA_CLOSER.test(text.slice(at + len, at + len + 12));
      if (len < 2 || !(mark || counted || breakAt(text, at + len) || /^[和与及]$/u.test(next?.word ?? '') || next?.tag.startsWith('v'))) return;
      // A part that ends in a kind of site is one name, whatever jieba made of its middle (动力谷 自主 创新 园).
      if (SITE_END.test(part) && part.length <= 10) return;
    } else if (k === 0) {
      // The first part carries the words before the list (在澧县鸡叫城): its last word-aligned tail.
      const first = firstItemStart(idx, at, at + len, starts);
      if (first < 0) {
        at += part.length + 1;
        return;
      }
      len -= first - at;
      at = first;
    }
    items.push({ text: text.slice(at, at + len), start: at, end: at + len });
    at += len + 1;
  });
  return items;
}

/** A word no place's name holds: a verb or adverb of two characters or more, any function word. */
const outsideName = (t: { word: string; tag: string }): boolean =>
  NOT_IN_NAME.test(t.tag) && (t.word.length >= 2 || /^(?:p|c|u\w*|r|d|m|q)$/.test(t.tag));

/** Where the first item of a list starts inside the first part, or -1: after a break, or at a found place. */
function firstItemStart(idx: TokenIndex, from: number, to: number, starts: ReadonlyMap<number, number>): number {
  for (let at = from; at < to; at++) if (starts.get(at) === to && (at === from || idx.isStart(at))) return at;
  // Back from the 、 over words a name is made of (将对 松澧: the item is 松澧).
  let at = to;
  for (let t = idx.before(at); t && t.start >= from && !outsideName(t) && !breakAt(idx.text, t.start) && to - t.start <= 6; t = idx.before(at)) at = t.start;
  // A preposition jieba glued to the name (对松澧/x) is no part of it.
  if (at < to - 2 && /^[对在向从由将把]$/u.test(idx.text[at]!) && idx.at(at)?.tag === 'x') at++;
  return at < to && (at > from || breakAt(idx.text, from - 1)) ? at : -1;
}

function nameWordsFrom(idx: TokenIndex, from: number, to: number): number {
  let at = from;
  while (at < to) {
    const t = idx.at(at);
    if (!t || t.start !== at || t.end > to || NOT_IN_NAME.test(t.tag) || breakAt(idx.text, at) || t.end - from > 6) break;
    at = t.end;
  }
  return at;
}

/**
 * Two to six ideographs with no word of two characters or more inside that is a verb, an adverb or
 * a function word. The list's marks bound the item, so a single character jieba tagged oddly (松/v
 * 澧, 沅/zg 澧) does not count against it.
 */
function plainItem(idx: TokenIndex, it: Found): boolean {
  if (it.end - it.start < 2 || it.end - it.start > 6 || !isHan(it.text)) return false;
  for (let o = it.start; o < it.end; ) {
    const t = idx.at(o);
    if (!t) return false;
    if (t.start >= it.start && t.end <= it.end && outsideName(t)) return false;
    o = t.end;
  }
  return true;
}
