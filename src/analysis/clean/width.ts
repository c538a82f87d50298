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

/** Normalise a whole string (same length as the input). */
export function normalizeWidth(s: string): string {
  if (!/[\uff01-\uff5e\u00a0]/.test(s)) return s; // nothing to normalise: the common case
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    // A full-width point or comma between two digits is a decimal point / thousands mark.
    if ((ch === '．' || ch === '。') && /[0-9０-９]/.test(s[i - 1] ?? '') && /[0-9０-９]/.test(s[i + 1] ?? '') && ch === '．') {
      out += '.';
      continue;
    }
    out += normalizeChar(ch);
  }
  return out;
}
