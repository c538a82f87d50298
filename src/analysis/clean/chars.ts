/** Character classes shared by the cleaner, the splitter and the summariser. */

/**
 * A set of UTF-16 code units as a dense table: one array read per test, and no one-character
 * string made by text[i] (V8 allocates one for every ideograph). For scans over whole articles.
 * One bit per unit (8 KB, not a 64 KB byte table): the entity scans test a score of these sets at
 * nearly every character, and their tables must stay in the processor's cache together.
 */
export class CodeSet {
  private readonly bits = new Int32Array(0x10000 >> 5);

  constructor(chars: Iterable<string>) {
    for (const ch of chars) {
      const c = ch.charCodeAt(0);
      this.bits[c >> 5]! |= 1 << (c & 31);
    }
  }

  /** Whether the code unit `c` is in the set (NaN, charCodeAt past the end, is not). */
  has(c: number): boolean {
    return c >= 0 && (this.bits[c >> 5]! & (1 << (c & 31))) !== 0;
  }
}

export function codeSet(chars: Iterable<string>): CodeSet {
  return new CodeSet(chars);
}

/** The offset of the last unit of `text` in `set`, or -1: one scan from the end. */
export function lastIndexOfAny(text: string, set: CodeSet): number {
  let i = text.length - 1;
  while (i >= 0 && !set.has(text.charCodeAt(i))) i--;
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
  while (i >= 0 && CLOSER_CODES.has(compact.charCodeAt(i))) i--;
  return i >= 0 && SENTENCE_END_CODES.has(compact.charCodeAt(i));
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
