/**
 * One UTF-16 unit in, one out, so offsets are unchanged:
 * - full-width → ASCII for digits, letters, % and the decimal point between digits;
 * - ASCII punctuation in Chinese text → Chinese punctuation (straight quotes → “ ” in turn), and a
 *   bullet between ideographs → ·. Reposting sites and stored copies
 *   print 增长8.3%,全县… and (记者 张三) where the paper prints ，and（）; every rule downstream
 *   reads the paper's forms, so the two kinds of text become one here. A comma or colon between
 *   digits (1,234 / 10:30), a colon before // (http://) and brackets around Latin text stay.
 */
export function normalizeChar(ch: string): string {
  const c = ch.charCodeAt(0);
  // ０-９ Ａ-Ｚ ａ-ｚ ％ ＋ ．(between digits, handled by the caller) → ASCII
  if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) {
    return String.fromCharCode(c - 0xfee0);
  }
  if (ch === '％') return '%';
  if (ch === '＋') return '+';
  if (ch === '\u00a0') return ' ';
  return ch;
}

/** ASCII , ; : ? ! by code unit → their Chinese forms ('' for none). */
const FULL: string[] = (() => {
  const table: string[] = new Array(0x80).fill('');
  for (const [a, b] of [[',', '，'], [';', '；'], [':', '：'], ['?', '？'], ['!', '！']] as const) table[a.charCodeAt(0)] = b;
  return table;
})();

const isHanCode = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;

/** The nearest character that is not a space, from `i` in direction `step` (0 past either end). */
function neighbour(s: string, i: number, step: 1 | -1): number {
  for (let k = i + step; k >= 0 && k < s.length; k += step) {
    const c = s.charCodeAt(k);
    if (c !== 0x20 && c !== 0x3000 && c !== 0x09) return c;
  }
  return 0;
}

/** Chinese context: an ideograph, Chinese punctuation or a quote mark on either side. */
const chineseSide = (c: number) => isHanCode(c) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2014 || c === 0x2026 || c === 0x25;

/** Whether an ASCII , ; : ? ! at `i` is Chinese punctuation. */
function isChinesePunct(s: string, i: number): boolean {
  const before = neighbour(s, i, -1);
  const after = neighbour(s, i, 1);
  const ch = s[i]!;
  if ((ch === ',' || ch === ':') && isDigitCode(s.charCodeAt(i - 1)) && isDigitCode(s.charCodeAt(i + 1))) return false;
  if (ch === ':' && s[i + 1] === '/') return false;
  return chineseSide(before) || chineseSide(after) || (isDigitCode(before) && after !== 0 && !isDigitCode(after) && after > 0x7f);
}

/** The closing bracket of the ( at `i` on the same line, or -1. */
function closingOf(s: string, i: number): number {
  let depth = 0;
  for (let k = i; k < s.length && k < i + 200; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x0a) return -1;
    if (c === 0x28) depth++;
    else if (c === 0x29 && --depth === 0) return k;
  }
  return -1;
}

function hasHan(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isHanCode(s.charCodeAt(k))) return true;
  return false;
}

/** What normalizeWidth changes: full-width digits, letters, %, +, no-break spaces, ． between digits, ASCII punctuation. */
const CHANGED_CODES = (() => {
  const table = new Uint8Array(0x10000);
  const fill = (from: number, to: number) => table.fill(1, from, to + 1);
  fill(0xff10, 0xff19);
  fill(0xff21, 0xff3a);
  fill(0xff41, 0xff5a);
  for (const ch of '％＋\u00a0,;:?!()•・･"') table[ch.charCodeAt(0)] = 1;
  return table;
})();
const isAnyDigitCode = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);

/** Whether the line around `i` holds ideographs. */
function chineseLine(s: string, i: number): boolean {
  const from = s.lastIndexOf('\n', i) + 1;
  const to = s.indexOf('\n', i);
  return hasHan(s, from, to < 0 ? s.length : to);
}

/** A straight quote at `i` opens when an even number of them stand before it on its line. */
function quoteOpen(s: string, i: number): boolean {
  let n = 0;
  for (let k = i - 1; k >= 0; k--) {
    const c = s.charCodeAt(k);
    if (c === 0x0a) break;
    if (c === 0x22) n++;
  }
  return n % 2 === 0;
}

/**
 * Normalise a whole string (same length as the input). Whole pages go through here twice (page
 * splitting, cleaning), so it reads code units only and copies the unchanged runs between the
 * few changed units as slices: text[i] and split('') make a string per ideograph.
 */
export function normalizeWidth(s: string): string {
  let parts: string[] | null = null; // made at the first change
  let last = 0; // s[last…i) is copied unchanged
  let closes: Set<number> | null = null; // ) already found to close a Chinese (
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (CHANGED_CODES[c] !== 1 && c !== 0xff0e) continue;
    let to = '';
    if (c < 0x80) {
      if (c === 0x22) {
        // Straight quotes in Chinese text open and close in turn on a line: “…”.
        if (chineseLine(s, i)) to = quoteOpen(s, i) ? '“' : '”';
      } else if (c === 0x28) {
        // A bracket pair is Chinese when it holds or touches Chinese text: (记者 张三), 增长(同比).
        const close = closingOf(s, i);
        if (close > 0 && (hasHan(s, i + 1, close) || chineseSide(neighbour(s, i, -1)))) {
          to = '（';
          (closes ??= new Set()).add(close);
        }
      } else if (c === 0x29) {
        // a lone bracket stays
        if (closes?.has(i)) to = '）';
      } else if (isChinesePunct(s, i)) {
        to = FULL[c]!;
      }
    } else if ((c === 0x2022 || c === 0x30fb || c === 0xff65) && isHanCode(s.charCodeAt(i - 1)) && isHanCode(s.charCodeAt(i + 1))) {
      // 湖南日报•新湖南客户端, 尼古拉・…: the paper's middle dot.
      to = '·';
    } else if (c === 0xff0e) {
      // A full-width point between two digits is a decimal point.
      if (isAnyDigitCode(s.charCodeAt(i - 1)) && isAnyDigitCode(s.charCodeAt(i + 1))) to = '.';
    } else if (c >= 0xff00 || c === 0xa0) {
      to = normalizeChar(s[i]!);
    }
    if (to) {
      (parts ??= []).push(s.slice(last, i), to);
      last = i + 1;
    }
  }
  if (parts === null) return s;
  parts.push(s.slice(last));
  return parts.join('');
}
