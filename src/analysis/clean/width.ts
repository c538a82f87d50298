/**
 * Full-width → ASCII for digits, letters, % and the decimal point between digits; Chinese
 * punctuation (，。：；（）“”…) stays. One UTF-16 unit in, one out, so offsets are unchanged.
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

/** What normalizeWidth changes: full-width digits, letters, %, +, no-break spaces, and ． between digits. */
const CHANGED = /[０-９Ａ-Ｚａ-ｚ％＋\u00a0]|(?<=[0-9０-９])．(?=[0-9０-９])/g;

/** Normalise a whole string (same length as the input). */
export function normalizeWidth(s: string): string {
  // A full-width point between two digits is a decimal point; everything else maps one to one.
  return s.replace(CHANGED, (ch) => (ch === '．' ? '.' : normalizeChar(ch)));
}
