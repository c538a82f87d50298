import { codeSet } from '../clean/chars';
import { coverOf } from '../segmenter/cover';
import type { TaggedToken } from '../segmenter/types';

/** O(1) look-ups from a UTF-16 offset to the jieba token around it. */
export class TokenIndex {
  /** Token number covering each offset (-1 where the tags do not cover the text). */
  private readonly cover: Int32Array;

  constructor(
    readonly text: string,
    readonly tokens: readonly TaggedToken[],
  ) {
    this.cover = coverOf(tokens, text.length);
  }

  /** The token covering offset `o`, if any. */
  at(o: number): TaggedToken | undefined {
    const i = o >= 0 && o < this.text.length ? this.cover[o]! : -1;
    return i >= 0 ? this.tokens[i] : undefined;
  }

  /** The token ending exactly at `o`, if any. */
  before(o: number): TaggedToken | undefined {
    const t = this.at(o - 1);
    return t && t.end === o ? t : undefined;
  }

  isStart(o: number): boolean {
    const t = this.at(o);
    return !t || t.start === o;
  }

  isEnd(o: number): boolean {
    if (o >= this.text.length) return true;
    const t = this.at(o - 1);
    return !t || t.end === o;
  }
}

const HAN = /^\p{Script=Han}+$/u;
export function isHan(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // The common ideographs answer at once; rarer ones (extensions, 〇) take the exact test.
    if (c < 0x4e00 || c > 0x9fff) return HAN.test(s);
  }
  return true;
}

const BREAK_CODES = codeSet(' \t\n\r\u3000，。、；：！？“”‘’（）《》〈〉【】「」『』—…·,.;:!?()[]"\'／/');

/** Chinese and ASCII punctuation, spaces and line breaks: nothing a name or title runs across. */
export const isBreak = (ch: string | undefined): boolean => ch === undefined || BREAK_CODES.has(ch.charCodeAt(0));

/** breakAt(text, i) without making a string of text[i]; outside the text is a break. */
export const breakAt = (text: string, i: number): boolean => i < 0 || i >= text.length || BREAK_CODES.has(text.charCodeAt(i));
