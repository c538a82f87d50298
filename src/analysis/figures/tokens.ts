import type { TaggedToken } from '../segmenter/types';

/** Position → token look-ups over the segmenter's words of one text. */
export class TokenIndex {
  /** For each UTF-16 position, the index of the token covering it, or -1. */
  private readonly cover: Int32Array;

  constructor(
    readonly tokens: readonly TaggedToken[],
    length: number,
  ) {
    this.cover = new Int32Array(length + 1).fill(-1);
    tokens.forEach((t, i) => {
      for (let p = Math.max(0, t.start); p < Math.min(t.end, length); p++) this.cover[p] = i;
    });
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
}
