/**
 * Chinese has no spaces, so the index uses overlapping character bigrams (进出口 → 进出, 出口),
 * which find any word of two or more characters without a dictionary; a Han character standing
 * alone is kept as itself. ASCII words and numbers (5121.9, GDP) stay whole, lower-cased.
 * A char-code loop rather than a Unicode-property regex: it runs over every saved title.
 */
const isHan = (c: number): boolean =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
const isWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

export function bigramTokens(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isHan(c)) {
      let j = i + 1;
      while (j < n && isHan(text.charCodeAt(j))) j++;
      if (j - i === 1) out.push(text[i]!);
      else for (let k = i; k + 1 < j; k++) out.push(text.slice(k, k + 2));
      i = j;
    } else if (isWordChar(c)) {
      let j = i + 1;
      // 5121.9 and don't stay one token: a dot or apostrophe between word characters joins.
      while (j < n && (isWordChar(text.charCodeAt(j)) || ((text[j] === '.' || text[j] === "'") && j + 1 < n && isWordChar(text.charCodeAt(j + 1))))) j++;
      out.push(text.slice(i, j).toLowerCase());
      i = j;
    } else i++;
  }
  return out;
}

/** One-character Han query words must still match inside bigrams, so they are searched as prefixes. */
export function isSingleHan(term: string): boolean {
  return term.length === 1 && isHan(term.charCodeAt(0));
}
