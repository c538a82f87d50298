/**
 * The place a dispatch was filed from, printed in its dateline between the outlet and the date:
 * 湖南日报北京3月14日电 → 北京; 本报沈阳9月8日电 → 沈阳; 湖南日报肯尼亚内罗毕5月9日电 → 肯尼亚, 内罗毕;
 * a repost's 据湖南日报北京4月9日电 → 北京.
 * The dateline is taken off the article's text, so the place would otherwise be lost; a reader
 * counts it among the places the story is about.
 */
import { OUTLET_JOIN, OUTLETS } from '../byline/grammar';
import { PLACE_TRIE } from './lexicon';

const DATE_END = /\d{1,2}月\d{1,2}日(?:电|讯)$/u;
const HAN_ONLY = /^\p{Script=Han}+$/u;
/** The dot or dash chaining the outlets of a dateline (湖南日报·新湖南客户端, 华声在线-湖南日报). */
const JOIN_START = new RegExp(`^[·\\u00b7${OUTLET_JOIN}]`, 'u');

export function datelinePlaces(dateline: string | null): string[] {
  if (!dateline) return [];
  const dated = dateline.replace(/\s+/gu, '');
  if (!DATE_END.test(dated)) return []; // no date: 本报讯 names no place
  // A repost relaying the paper (某某网消息 据湖南日报北京4月9日电): the paper's dateline is the part after 据.
  let rest = dated.replace(DATE_END, '').replace(/^(?:\S{0,14}消息)?据/u, '');
  // Outlets, one after another (湖南日报·新湖南客户端, 华声在线·湖南日报).
  for (let again = true; again; ) {
    again = false;
    rest = rest.replace(JOIN_START, '');
    for (const o of OUTLETS) {
      if (rest.startsWith(o)) {
        rest = rest.slice(o.length);
        again = true;
        break;
      }
    }
  }
  if (rest.length < 2 || !HAN_ONLY.test(rest)) return [];
  // Known places, longest first, one after another; a name the lexicons lack is taken whole.
  const out: string[] = [];
  let at = 0;
  while (at < rest.length) {
    const lens = PLACE_TRIE.matchesAt(rest, at);
    const len = lens.length ? Math.max(...lens) : 0;
    if (!len) break;
    out.push(rest.slice(at, at + len));
    at += len;
  }
  if (at === rest.length) return out;
  return rest.length <= 6 && at === 0 ? [rest] : out;
}
