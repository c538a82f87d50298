/** Character classes shared by the cleaner, the splitter and the summariser. */

/** Han ideographs (BMP and the astral extensions via surrogates) and CJK symbols. */
export const isCjk = (ch: string): boolean => /[\u3400-\u9fff\uf900-\ufaff\u3005\u3007]|[\ud840-\ud87f][\udc00-\udfff]/.test(ch);

/** Chinese punctuation as printed (full-width forms and CJK brackets/quotes). */
export const isCjkPunct = (ch: string): boolean => /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2014\u2026\u201c\u201d\u2018\u2019\u00b7]/.test(ch);

export const isLatinOrDigit = (ch: string): boolean => /[A-Za-z0-9]/.test(ch);

/** Ends a sentence: 。！？… and ！？ in ASCII. */
export const SENTENCE_END = /[。！？!?…]/;

/** Closing marks that may follow a sentence end: ”’」』）》. */
export const CLOSERS = /[”’」』）)》]/;

/** Whether a line (whitespace removed) ends a sentence, allowing closers after the stop. */
export function endsSentence(compact: string): boolean {
  let i = compact.length - 1;
  while (i >= 0 && CLOSERS.test(compact[i]!)) i--;
  return i >= 0 && SENTENCE_END.test(compact[i]!);
}

/**
 * Printed width in ems: ideographs and full-width punctuation 1, ASCII 0.5, whitespace 0.
 * Column-width reasoning (is this line short?) needs it because digits are half-width.
 */
export function printedWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    if (/\s/.test(ch)) continue;
    w += ch.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  }
  return w;
}
