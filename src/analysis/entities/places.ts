/**
 * Places as printed: dictionary names on word boundaries, the villages and towns chained after a
 * county (吉首市 河溪镇 张排村), and rivers that jieba does not know (… 河, … 江).
 */
import { PLACE_TRIE } from './lexicon';
import type { Found } from './orgs';
import { isHan, type TokenIndex } from './token-index';

/** Protected areas and parks named after a place: 东洞庭湖国家级自然保护区, 舜皇山国家森林公园. */
const PARK = /^(?:国家级|省级|市级|国家)?(?:自然保护区|湿地公园|森林公园|地质公园|风景名胜区|国家公园|湿地保护区)/u;

const SUB_UNIT = /^(?:(?![省市县区州镇乡村])\p{Script=Han}){1,5}?(?:镇|乡|街道|村|社区)/u;
const ORDINAL_EVENT = /^第[一二三四五六七八九十百零〇\d]+(?:届|次|期)/u;
const WATER = /[江河湖]$/u;
const WATER_CHARS = '江河湖';
/** Tags of a lone character jieba could not place in a word (资|水 → 资水). */
const ODD_TAGS = new Set(['g', 'x', 'ng', 'zg']);
/** Set phrases built on a country's name, not mentions of the place (中国特色, 中国式现代化, 中国梦). */
const SET_PHRASE = /^(?:特色|式|梦|方案|智慧|故事|声音)/u;
const ADMIN_TAIL = /(?:省|市|县|区|州|盟|旗|镇|乡|村)$/u;

function chainAfter(idx: TokenIndex, end: number, out: Found[]): void {
  const text = idx.text;
  for (let at = end; ; ) {
    const m = SUB_UNIT.exec(text.slice(at, at + 8));
    if (!m || m[0].length < 2 || !idx.isEnd(at + m[0].length)) return;
    out.push({ text: m[0], start: at, end: at + m[0].length });
    at += m[0].length;
  }
}

export function findPlaces(idx: TokenIndex): Found[] {
  const text = idx.text;
  const out: Found[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!idx.isStart(i)) continue;
    let len = PLACE_TRIE.matchesAt(text, i).find((l) => idx.isEnd(i + l));
    if (!len) continue;
    const park = PARK.exec(text.slice(i + len, i + len + 9));
    if (park && idx.isEnd(i + len + park[0].length)) len += park[0].length;
    out.push({ text: text.slice(i, i + len), start: i, end: i + len });
    chainAfter(idx, i + len, out);
    i += len - 1;
  }
  // Places jieba knows but the dictionary does not (萍乡市, 黄冈市): an ns word with an admin unit at its end.
  for (const t of idx.tokens) {
    if (t.tag === 'ns' && t.word.length >= 3 && ADMIN_TAIL.test(t.word) && isHan(t.word)) {
      out.push({ text: t.word, start: t.start, end: t.end });
    }
  }
  // Rivers and lakes jieba does not know: a new word ending in 江/河/湖, or one odd character + 河.
  const tokens = idx.tokens;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const len = t.word.length;
    if (len >= 2 && len <= 4 && t.tag === 'x' && WATER.test(t.word) && isHan(t.word)) {
      out.push({ text: t.word, start: t.start, end: t.end });
    }
    const next = tokens[k + 1];
    if (len === 1 && next && next.word.length === 1 && WATER_CHARS.includes(next.word) && ODD_TAGS.has(t.tag) && isHan(t.word)) {
      out.push({ text: t.word + next.word, start: t.start, end: next.end });
    }
  }
  // In order of appearance, one find per span, and not the place of an event's name (湖南省第八届…).
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out.filter((p, k) => {
    const prev = out[k - 1];
    if (prev && p.start < prev.end) return false;
    const after = text.slice(p.end, p.end + 6);
    return !ORDINAL_EVENT.test(after) && !SET_PHRASE.test(after);
  });
}
