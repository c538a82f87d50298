/** Character classes shared by the cleaner, the splitter and the summariser. */

/**
 * A set of UTF-16 code units as a dense table: one array read per test, and no one-character
 * string made by text[i] (V8 allocates one for every ideograph). For scans over whole articles.
 */
export function codeSet(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
}

/** The offset of the last unit of `text` in `table` (a codeSet), or -1: one scan from the end. */
export function lastIndexOfAny(text: string, table: Uint8Array): number {
  let i = text.length - 1;
  while (i >= 0 && table[text.charCodeAt(i)] !== 1) i--;
  return i;
}

/** Han ideographs (BMP and the astral extensions via surrogates) and CJK symbols. */
export function isCjk(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3005 || c === 0x3007 || (c >= 0xd840 && c <= 0xd87f) || (c >= 0xdc00 && c <= 0xdfff);
}

/** Chinese punctuation as printed (full-width forms and CJK brackets/quotes). */
const CJK_PUNCT = (() => {
  const table = new Uint8Array(0x10000);
  const ranges: Array<[number, number]> = [[0x3000, 0x303f], [0xff01, 0xff0f], [0xff1a, 0xff20], [0xff3b, 0xff40], [0xff5b, 0xff65]];
  for (const [a, b] of ranges) table.fill(1, a, b + 1);
  for (const c of [0x2014, 0x2026, 0x201c, 0x201d, 0x2018, 0x2019, 0x00b7]) table[c] = 1;
  return table;
})();
export const isCjkPunct = (ch: string): boolean => ch.length > 0 && CJK_PUNCT[ch.charCodeAt(0)] === 1;

export function isLatinOrDigit(ch: string): boolean {
  const c = ch.charCodeAt(0) | 0x20; // fold case
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a);
}

/** Ends a sentence: 。！？… and ！？ in ASCII. */
export const SENTENCE_END = /[。！？!?…]/;

/** Closing marks that may follow a sentence end: ”’」』）》. */
export const CLOSERS = /[”’」』）)》]/;

/** SENTENCE_END and CLOSERS by code unit (endsSentence runs on every line of a page). */
const SENTENCE_END_CODES = codeSet('。！？!?…');
const CLOSER_CODES = codeSet('”’」』）)》');

/** Whether a line (whitespace removed) ends a sentence, allowing closers after the stop. */
export function endsSentence(compact: string): boolean {
  let i = compact.length - 1;
  while (i >= 0 && CLOSER_CODES[compact.charCodeAt(i)] === 1) i--;
  return i >= 0 && SENTENCE_END_CODES[compact.charCodeAt(i)] === 1;
}

/**
 * Printed width in ems: ideographs and full-width punctuation 1, ASCII 0.5, whitespace 0.
 * Column-width reasoning (is this line short?) needs it because digits are half-width.
 */
export function printedWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3000 || c === 0xa0) continue;
    if (c >= 0xdc00 && c <= 0xdfff) continue; // second half of an astral character
    w += c < 0x2000 ? 0.5 : 1;
  }
  return w;
}
