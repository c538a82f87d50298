/**
 * A character trie for longest-match scans of word lists (places, bodies, positions).
 *
 * The scans run at nearly every position of every article, so the trie is laid out flat: a
 * dense 64K table for the first character (one array read, no hashing, no string made by
 * text[i]), and small sorted child lists below it. Built once from the dictionary data.
 */
import { CodeSet } from '../clean/chars';

const NONE: readonly number[] = Object.freeze([]) as readonly number[];

export class Trie {
  /** Node id of the first character's node, per UTF-16 code unit (0: none; the root is 0). */
  private readonly first: Uint16Array | Int32Array;
  /** Per node: where its children start in `codes`/`ids`, how many, and whether a word ends there. */
  private readonly childStart: Int32Array;
  private readonly childCount: Int32Array;
  private readonly isWord: Uint8Array;
  private readonly codes: Uint16Array;
  private readonly ids: Int32Array;
  /**
   * The code units some word starts with, one bit each: most scanned positions start no word, and
   * this small table stays in cache where the 128 KB `first` does not.
   */
  private readonly firsts: CodeSet;

  constructor(words: Iterable<string>) {
    // Built from the sorted words, breadth-first, without a node object per character (a list
    // of tens of thousands of names builds in a few milliseconds): node k covers the words
    // sorted[lo[k] .. hi[k]) that share its prefix of depth[k] code units, and each node's
    // children get consecutive slots, sorted by code (the sort is by UTF-16 code unit).
    const sorted = [...new Set(words)].filter((w) => w.length > 0).sort();
    const lo: number[] = [0];
    const hi: number[] = [sorted.length];
    const depth: number[] = [0];
    const word: number[] = [];
    const start: number[] = [];
    const count: number[] = [];
    const codes: number[] = [];
    const ids: number[] = [];
    for (let k = 0; k < lo.length; k++) {
      const d = depth[k]!;
      let s = lo[k]!;
      const e = hi[k]!;
      // The prefix itself, if a word, sorts first.
      word.push(s < e && sorted[s]!.length === d ? (s++, 1) : 0);
      start.push(codes.length);
      while (s < e) {
        const c = sorted[s]!.charCodeAt(d);
        let t = s + 1;
        while (t < e && sorted[t]!.charCodeAt(d) === c) t++;
        codes.push(c);
        ids.push(lo.length);
        lo.push(s);
        hi.push(t);
        depth.push(d + 1);
        s = t;
      }
      count.push(codes.length - start[k]!);
    }
    const nodes = lo.length;
    // 128 KB rather than 256 KB for every list the extension ships (a few thousand nodes each).
    this.first = nodes < 0x10000 ? new Uint16Array(0x10000) : new Int32Array(0x10000);
    this.childStart = Int32Array.from(start);
    this.childCount = Int32Array.from(count);
    this.isWord = Uint8Array.from(word);
    this.codes = Uint16Array.from(codes);
    this.ids = Int32Array.from(ids);
    for (let slot = 0; slot < count[0]!; slot++) this.first[codes[slot]!] = ids[slot]!;
    this.firsts = new CodeSet(codes.slice(0, count[0]!).map((c) => String.fromCharCode(c)));
  }

  /** The child of `node` for code unit `c`, or 0. */
  private step(node: number, c: number): number {
    let lo = this.childStart[node]!;
    let hi = lo + this.childCount[node]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = this.codes[mid]!;
      if (m === c) return this.ids[mid]!;
      if (m < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }

  /** Whether any word starts with the code unit `c` (a one-read filter before a scan). */
  starts(c: number): boolean {
    return this.firsts.has(c);
  }

  /** Whether some word starts at `at` (matchesAt(text, at).length > 0, with no array made). */
  hasMatchAt(text: string, at: number): boolean {
    if (at >= text.length) return false;
    const c = text.charCodeAt(at);
    if (!this.firsts.has(c)) return false;
    let node = this.first[c]!;
    for (let i = at + 1; node !== 0; i++) {
      if (this.isWord[node]) return true;
      if (i >= text.length) break;
      node = this.step(node, text.charCodeAt(i));
    }
    return false;
  }

  /** Lengths (UTF-16) of every word starting at `at`, longest first. */
  matchesAt(text: string, at: number): readonly number[] {
    if (at >= text.length) return NONE;
    const c = text.charCodeAt(at);
    if (!this.firsts.has(c)) return NONE;
    let node = this.first[c]!;
    let out: number[] | null = null;
    for (let i = at + 1; node !== 0; i++) {
      if (this.isWord[node]) (out ??= []).unshift(i - at);
      if (i >= text.length) break;
      node = this.step(node, text.charCodeAt(i));
    }
    return out ?? NONE;
  }

  /** Lengths of every word ending at `end` (for a trie built from reversed words), longest first. */
  matchesEndingAt(text: string, end: number): readonly number[] {
    if (end <= 0) return NONE;
    const c = text.charCodeAt(end - 1);
    if (!this.firsts.has(c)) return NONE;
    let node = this.first[c]!;
    let out: number[] | null = null;
    for (let i = end - 2; node !== 0; i--) {
      if (this.isWord[node]) (out ??= []).unshift(end - 1 - i);
      if (i < 0) break;
      node = this.step(node, text.charCodeAt(i));
    }
    return out ?? NONE;
  }
}
