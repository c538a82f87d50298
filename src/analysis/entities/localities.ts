/**
 * Hunan's towns and villages by their registered names with the unit (十八洞村, 千山红镇): tens of
 * thousands of names, looked up here rather than taught to jieba, and only where words start and end.
 *
 * No trie: a name ends with its unit (村, 社区, 镇, 乡, 街道), so the few slices starting at an
 * offset and ending on a unit's last character are looked up in the register's sets. Those sets
 * are made on the first look-up, in a few milliseconds, where a trie over the names took some
 * 100 ms before the first analysis could go on (and the content script, which carries the
 * analyser for its fallback path, never needs them when the shared engine serves it).
 */
import { CodeSet } from '../clean/chars';
import { isLocality, LONGEST_LOCALITY_NAME } from '../dict';

/** The last code units of the names (村, 区 of 社区, 镇, 乡, 道 of 街道). */
const UNIT_ENDS = new CodeSet(['村', '区', '镇', '乡', '道']);
/** No name is shorter (see isLocalityName). */
const SHORTEST = 3;
const NONE: readonly number[] = Object.freeze([]) as readonly number[];

const [QU, DAO, SHE, JIE] = [...'区道社街'].map((c) => c.charCodeAt(0));
/** Whether a unit (村, 社区, 镇, 乡, 街道) ends at `end`: no slice is made for the other offsets. */
function endsWithUnit(text: string, end: number): boolean {
  const c = text.charCodeAt(end - 1);
  if (!UNIT_ENDS.has(c)) return false;
  if (c === QU) return text.charCodeAt(end - 2) === SHE;
  if (c === DAO) return text.charCodeAt(end - 2) === JIE;
  return true;
}

export const localityNamesAt = {
  /** Lengths of every town or village name starting at `at`, longest first (as Trie.matchesAt). */
  matchesAt(text: string, at: number): readonly number[] {
    let out: number[] | null = null;
    const longest = Math.min(LONGEST_LOCALITY_NAME, text.length - at);
    for (let len = longest; len >= SHORTEST; len--) {
      if (endsWithUnit(text, at + len) && isLocality(text.slice(at, at + len))) (out ??= []).push(len);
    }
    return out ?? NONE;
  },
};

/**
 * Whether a town or village name could start at `at`: one of the units' last characters stands
 * within the longest name's reach. Most word starts fail this, and no name is looked up.
 */
export function localityMayStartAt(text: string, at: number): boolean {
  if (text !== scanned) {
    // Per text, once: where the next of those characters stands from each offset.
    if (nextLast.length < text.length + 1) nextLast = new Int32Array(Math.max(text.length + 1, 2 * nextLast.length));
    nextLast[text.length] = 0x7fffffff;
    for (let p = text.length - 1; p >= 0; p--) nextLast[p] = UNIT_ENDS.has(text.charCodeAt(p)) ? p : nextLast[p + 1]!;
    scanned = text;
  }
  return at <= text.length && nextLast[at]! < at + LONGEST_LOCALITY_NAME;
}
let scanned: string | undefined;
let nextLast = new Int32Array(0);
