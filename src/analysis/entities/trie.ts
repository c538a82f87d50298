/**
 * A character trie for longest-match scans of word lists (places, bodies, positions).
 *
 * The scans run at nearly every position of every article, so the trie is laid out flat: a
 * dense 64K table for the first character (one array read, no hashing, no string made by
 * text[i]), and small sorted child lists below it. Built once from the dictionary data.
 */
const NONE: readonly number[] = Object.freeze([]) as readonly number[];

/**
 * One bit per trie for "some word starts with this code unit", shared by all tries: most scanned
 * positions start no word, and this 64 KB table stays in cache where five 128 KB ones did not.
 */
const FIRST_MASK = new Uint8Array(0x10000);
let nextBit = 0;

interface Building {
  children: Map<number, Building>;
  word: boolean;
}

export class Trie {
  /** Node id of the first character's node, per UTF-16 code unit (0: none; the root is 0). */
  private readonly first: Uint16Array | Int32Array;
  /** Per node: where its children start in `codes`/`ids`, how many, and whether a word ends there. */
  private readonly childStart: Int32Array;
  private readonly childCount: Int32Array;
  private readonly isWord: Uint8Array;
  private readonly codes: Uint16Array;
  private readonly ids: Int32Array;
  /** This trie's bit in FIRST_MASK (0 when more than eight tries exist: no filter then). */
  private readonly bit: number;

  constructor(words: Iterable<string>) {
    const root: Building = { children: new Map(), word: false };
    for (const w of words) {
      let node = root;
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        let next = node.children.get(c);
        if (!next) node.children.set(c, (next = { children: new Map(), word: false }));
        node = next;
      }
      node.word = true;
    }
    // Number the nodes breadth-first; each node's children get consecutive slots, sorted by code.
    const order: Building[] = [root];
    for (let k = 0; k < order.length; k++) for (const c of order[k]!.children.values()) order.push(c);
    const id = new Map(order.map((n, k) => [n, k]));
    // 128 KB rather than 256 KB for every list the extension ships (a few thousand nodes each).
    this.first = order.length < 0x10000 ? new Uint16Array(0x10000) : new Int32Array(0x10000);
    this.childStart = new Int32Array(order.length);
    this.childCount = new Int32Array(order.length);
    this.isWord = new Uint8Array(order.length);
    this.codes = new Uint16Array(order.length);
    this.ids = new Int32Array(order.length);
    let slot = 0;
    order.forEach((n, k) => {
      this.isWord[k] = n.word ? 1 : 0;
      const kids = [...n.children].sort((a, b) => a[0] - b[0]);
      this.childStart[k] = slot;
      this.childCount[k] = kids.length;
      for (const [c, child] of kids) {
        this.codes[slot] = c;
        this.ids[slot++] = id.get(child)!;
      }
    });
    for (const [c, child] of root.children) this.first[c] = id.get(child)!;
    this.bit = nextBit < 8 ? 1 << nextBit++ : 0;
    if (this.bit) for (const c of root.children.keys()) FIRST_MASK[c]! |= this.bit;
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
    return this.bit ? (FIRST_MASK[c]! & this.bit) !== 0 : this.first[c] !== 0;
  }

  /** Lengths (UTF-16) of every word starting at `at`, longest first. */
  matchesAt(text: string, at: number): readonly number[] {
    if (at >= text.length) return NONE;
    const c = text.charCodeAt(at);
    if (this.bit && (FIRST_MASK[c]! & this.bit) === 0) return NONE;
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
    if (this.bit && (FIRST_MASK[c]! & this.bit) === 0) return NONE;
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
