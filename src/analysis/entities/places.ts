/**
 * Places as printed: dictionary names on word boundaries, the villages and towns chained after a
 * county (吉首市 河溪镇 张排村), and rivers that jieba does not know (… 河, … 江).
 */
import { PLACE_TRIE } from './lexicon';
import type { Found } from './orgs';
import { isHan, type TokenIndex } from './token-index';

const SUB_UNIT = /^\p{Script=Han}{1,5}?(?:镇|乡|街道|村|社区)/u;
const ORDINAL_EVENT = /^第[一二三四五六七八九十百零〇\d]+(?:届|次|期)/u;
const WATER = /[江河湖]$/u;

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
    const len = PLACE_TRIE.matchesAt(text, i).find((l) => idx.isEnd(i + l));
    if (!len) continue;
    if (ORDINAL_EVENT.test(text.slice(i + len, i + len + 6))) continue;
    out.push({ text: text.slice(i, i + len), start: i, end: i + len });
    chainAfter(idx, i + len, out);
    i += len - 1;
  }
  // Rivers and lakes jieba does not know: a new word ending in 江/河/湖, or one odd character + 河.
  idx.tokens.forEach((t, k) => {
    if (t.tag === 'x' && t.word.length >= 2 && t.word.length <= 4 && WATER.test(t.word) && isHan(t.word)) {
      out.push({ text: t.word, start: t.start, end: t.end });
    }
    const next = idx.tokens[k + 1];
    if (next && /^(?:g|x|ng|zg)$/.test(t.tag) && t.word.length === 1 && isHan(t.word) && /^[江河湖]$/u.test(next.word)) {
      out.push({ text: t.word + next.word, start: t.start, end: next.end });
    }
  });
  return out;
}
