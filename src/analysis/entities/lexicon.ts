/**
 * Word sets built once from the dictionary data, and a longest-match scanner over them.
 */
import {
  CENTRAL_ORGS, COLLECTIVE_TITLES, COMPOUND_SURNAMES, CONTEXT_POSITIONS, HUNAN_ORGS, OFFICE_POSITIONS,
  PERSON_ROLES, SINGLE_SURNAMES, TITLE_WORDS, allPlaceNames, ORG_SUFFIXES,
} from '../dict';

export type PositionKind = 'office' | 'context' | 'person' | 'collective';

export const POSITIONS = new Map<string, PositionKind>();
for (const w of PERSON_ROLES) POSITIONS.set(w, 'person');
for (const w of CONTEXT_POSITIONS) POSITIONS.set(w, 'context');
for (const w of OFFICE_POSITIONS) POSITIONS.set(w, 'office');
for (const w of COLLECTIVE_TITLES) POSITIONS.set(w, 'collective');

export const SURNAMES = new Set(SINGLE_SURNAMES);
export const COMPOUND = new Set(COMPOUND_SURNAMES);

export const PLACES = new Set(allPlaceNames());
export const ORGS = new Set([...CENTRAL_ORGS, ...HUNAN_ORGS]);
export const ORG_SUFFIX_LIST = [...ORG_SUFFIXES].sort((a, b) => b.length - a.length);

/** Words that are never a person's name even when they start with a surname character. */
export const KNOWN_WORDS = new Set<string>([...PLACES, ...ORGS, ...TITLE_WORDS, ...POSITIONS.keys()]);

/** Shared empty result: most positions match nothing, so they allocate nothing. */
const NONE: readonly number[] = Object.freeze([]) as readonly number[];

/** A character trie for longest-match scans of a word list. */
export class Trie {
  private readonly root = new Map<string, Trie>();
  private word = false;

  constructor(words: Iterable<string> = []) {
    for (const w of words) this.add(w);
  }

  add(word: string): void {
    let node: Trie = this;
    for (const ch of word) {
      let next = node.root.get(ch);
      if (!next) node.root.set(ch, (next = new Trie()));
      node = next;
    }
    node.word = true;
  }

  /** Lengths of every word ending at `end` (for a trie built from reversed words), longest first. */
  matchesEndingAt(text: string, end: number): readonly number[] {
    let out: number[] | null = null;
    let node: Trie | undefined = this;
    for (let i = end - 1; i >= 0 && node; i--) {
      node = node.root.get(text[i]!);
      if (node?.word) (out ??= []).unshift(end - i);
    }
    return out ?? NONE;
  }

  /** Lengths (UTF-16) of every word starting at `at`, longest first. */
  matchesAt(text: string, at: number): readonly number[] {
    let out: number[] | null = null;
    let node: Trie | undefined = this;
    for (let i = at; i < text.length && node; i++) {
      node = node.root.get(text[i]!);
      if (node?.word) (out ??= []).unshift(i + 1 - at);
    }
    return out ?? NONE;
  }
}

export const PLACE_TRIE = new Trie(PLACES);
export const ORG_TRIE = new Trie(ORGS);

const reversed = (words: Iterable<string>) => [...words].map((w) => [...w].reverse().join(''));
const POSITION_TRIE = new Trie(POSITIONS.keys());
const POSITION_TAILS = new Trie(reversed(POSITIONS.keys()));
const ORG_SUFFIX_TAILS = new Trie(reversed(ORG_SUFFIX_LIST));

/** Longest position word ending at `end` (省委秘书长 → 秘书长). */
export function positionEndingAt(text: string, end: number): string | null {
  const len = POSITION_TAILS.matchesEndingAt(text, end)[0];
  return len ? text.slice(end - len, end) : null;
}

/** Longest position word starting at `start` (习近平总书记 → 总书记). */
export function positionStartingAt(text: string, start: number): string | null {
  const len = POSITION_TRIE.matchesAt(text, start)[0];
  return len ? text.slice(start, start + len) : null;
}

/** The longest organisation suffix ending `word` (… 有限公司, … 厅). */
export function orgSuffixOf(word: string): string | undefined {
  const len = ORG_SUFFIX_TAILS.matchesEndingAt(word, word.length)[0];
  return len ? word.slice(word.length - len) : undefined;
}
