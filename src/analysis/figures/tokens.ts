import { coverOf } from '../segmenter/cover';
import type { TaggedToken } from '../segmenter/types';

/** Position → token look-ups over the segmenter's words of one text. */
export class TokenIndex {
  /** For each UTF-16 position, the index of the token covering it, or -1. */
  private readonly cover: Int32Array;

  constructor(
    readonly tokens: readonly TaggedToken[],
    length: number,
  ) {
    this.cover = coverOf(tokens, length);
  }

  /** Token index covering `pos`, or -1. */
  at(pos: number): number {
    return pos >= 0 && pos < this.cover.length ? this.cover[pos]! : -1;
  }

  /** True when a word starts at `pos` (also when there are no tags for it: nothing to contradict). */
  startsWord(pos: number): boolean {
    const i = this.at(pos);
    return i < 0 || this.tokens[i]!.start === pos;
  }

  /** Tokens lying entirely inside [from, to). */
  inside(from: number, to: number): TaggedToken[] {
    const out: TaggedToken[] = [];
    if (from >= to) return out;
    let i = this.at(from);
    if (i < 0) return out;
    if (this.tokens[i]!.start < from) i++;
    for (; i < this.tokens.length; i++) {
      const t = this.tokens[i]!;
      if (t.end > to) break;
      out.push(t);
    }
    return out;
  }

  /** The token starting at or after `pos`. */
  after(pos: number): TaggedToken | null {
    let i = this.at(pos);
    if (i < 0) return null;
    if (this.tokens[i]!.start < pos) i++;
    return this.tokens[i] ?? null;
  }

  /** The token ending at or before `pos`. */
  before(pos: number): TaggedToken | null {
    let i = this.at(pos - 1);
    if (i < 0) return null;
    if (this.tokens[i]!.end > pos) i--;
    return i >= 0 ? this.tokens[i]! : null;
  }

  /**
   * The words of [from, to), cutting the tokens that straddle either end (jieba may glue a
   * hedge or a measure word to its neighbour: 已有近, 个分); a cut piece keeps its tag when it
   * is most of the word, else it is tagged x.
   */
  wordsIn(text: string, from: number, to: number): TaggedToken[] {
    const out: TaggedToken[] = [];
    if (from >= to) return out;
    let i = this.at(from);
    if (i < 0) return out;
    for (; i < this.tokens.length; i++) {
      const t = this.tokens[i]!;
      if (t.start >= to) break;
      const start = Math.max(t.start, from);
      const end = Math.min(t.end, to);
      if (start === t.start && end === t.end) out.push(t);
      else out.push({ word: text.slice(start, end), start, end, tag: end - start >= t.end - t.start - 1 && end - start > 1 ? t.tag : 'x' });
    }
    return out;
  }
}
